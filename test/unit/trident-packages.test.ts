// Which Trident the ISO gets: install specs read as tdnf (libsolv) reads them,
// Trident pinned to the RPMs given (issue 10, defect 1), trident-selinux by
// trident's own conditional Requires (defect 4), a user's lists checked.
// The RPM sets are real RPMs built by rpmbuild, read by their headers.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_PACKAGES } from '../../src/customizer/config.js';
import { sameBuild, specTargets } from '../../src/trident/install-spec.js';
import type { RpmFile } from '../../src/trident/rpm-set.js';
import { readRpms } from '../../src/trident/rpm-sources.js';
import { checkLists, conditionalRequires, pinInstallList, pinnedSpec, TRIDENT_PACKAGE_NAMES } from '../../src/trident/trident-packages.js';
import { cachedTridentRpms } from '../support/rpmbuild.cjs';

const R = 'dev.2026080799.v95639188c.azl3';
const V = `0.27.0-${R}`;
const names = new Set(TRIDENT_PACKAGE_NAMES);

let all: RpmFile[];
let withoutSelinux: RpmFile[];
let noRule: RpmFile[];
beforeAll(async () => {
  all = await readRpms(cachedTridentRpms());
  withoutSelinux = all.filter((p) => p.name !== 'trident-selinux');
  noRule = await readRpms(cachedTridentRpms({ selinuxRule: false }));
});

describe('specTargets: what a tdnf install spec selects (libsolv selection_make)', () => {
  it.each([
    ['trident', 'trident', { kind: 'any' }],
    ['trident.x86_64', 'trident', { kind: 'any' }],
    ['trident-provisioning', 'trident-provisioning', { kind: 'any' }],
    // name-version: any release of that version — the distro's 0.27.0-1 would beat a dev build.
    ['trident-0.27.0', 'trident', { kind: 'partial', evr: '0.27.0' }],
    [`trident-${V}`, 'trident', { kind: 'exact', evr: V }],
    [`trident-install-service-${V}.x86_64`, 'trident-install-service', { kind: 'exact', evr: V }],
    [`trident-selinux-${V}`, 'trident-selinux', { kind: 'exact', evr: V }],
    [`trident = ${V}`, 'trident', { kind: 'exact', evr: V }],
    ['trident=0.27.0', 'trident', { kind: 'partial', evr: '= 0.27.0' }],
    ['trident>=0.27.0-1', 'trident', { kind: 'partial', evr: '>= 0.27.0-1' }],
  ] as const)('%s', (spec, name, pin) => {
    expect(specTargets(spec, names)).toEqual([{ name, pin }]);
  });

  it('a glob selects every matching name, each unpinned; other packages select nothing', () => {
    expect(specTargets('trident-*service', names).map((t) => t.name)).toEqual(['trident-service', 'trident-install-service']);
    expect(specTargets('vim', names)).toEqual([]);
    expect(specTargets('selinux-policy', names)).toEqual([]);
  });

  it('sameBuild compares version-release, and the epoch only when the pin gives one', () => {
    expect(sameBuild(V, { version: '0.27.0', release: R })).toBe(true);
    expect(sameBuild(`2:${V}`, { epoch: 2, version: '0.27.0', release: R })).toBe(true);
    expect(sameBuild(`1:${V}`, { epoch: 2, version: '0.27.0', release: R })).toBe(false);
    expect(sameBuild('0.27.0-1.azl3', { version: '0.27.0', release: R })).toBe(false);
  });
});

describe("trident's conditional Requires, from its header", () => {
  it('is read from the RPM, not assumed', () => {
    const trident = all.find((p) => p.name === 'trident')!;
    expect(conditionalRequires(trident)).toEqual([
      { package: 'trident-selinux', condition: 'selinux-policy-targeted', text: `(trident-selinux = ${V} if selinux-policy-targeted)` },
    ]);
    expect(conditionalRequires(noRule.find((p) => p.name === 'trident')!)).toEqual([]);
  });
});

describe('pinInstallList: the generated config installs exactly the RPMs given', () => {
  it("pins the procedure's Trident packages, adds trident and (selinux-policy is installed) trident-selinux", () => {
    const { install, lines, problems } = pinInstallList(PROCEDURE_PACKAGES, { packages: all });
    expect(problems).toEqual([]);
    expect(install).toEqual([
      'netplan',
      `trident-install-service-${V}`,
      `trident-provisioning-${V}`,
      'vim',
      'curl',
      'device-mapper',
      'squashfs-tools',
      'tar',
      'selinux-policy',
      `trident-${V}`,
      `trident-selinux-${V}`,
    ]);
    // No spec is left that tdnf could resolve to another repository's Trident.
    for (const spec of install) for (const t of specTargets(spec, names)) expect(t.pin.kind, spec).toBe('exact');
    expect(lines).toContain(
      `trident-install-service → trident-install-service-${V}: pinned to the RPM given, so no other repository's Trident can be taken.`,
    );
    expect(lines.find((l) => l.startsWith(`trident-selinux-${V}: added`))).toMatch(
      /trident requires it when selinux-policy-targeted is installed .* and the ISO installs selinux-policy/,
    );
  });

  it('follows the rule, not the SELinux mode: no selinux-policy installed, no trident-selinux', () => {
    const list = PROCEDURE_PACKAGES.filter((p) => p !== 'selinux-policy');
    expect(pinInstallList(list, { packages: all }).install).not.toContain(`trident-selinux-${V}`);
    // A trident whose header has no such rule needs none either.
    expect(pinInstallList(PROCEDURE_PACKAGES, { packages: noRule }).install.some((s) => s.startsWith('trident-selinux'))).toBe(false);
  });

  it('requires trident-selinux among the RPMs when the rule applies, saying why', () => {
    const { problems } = pinInstallList(PROCEDURE_PACKAGES, { packages: withoutSelinux });
    expect(problems).toEqual([
      {
        about: 'rpms',
        message: expect.stringMatching(
          /^the RPMs lack trident-selinux \(trident requires it when selinux-policy-targeted is installed \(\(trident-selinux = \S+ if selinux-policy-targeted\)\), and the ISO installs selinux-policy\)\. Found: trident, trident-acl-agent/,
        ),
      },
    ]);
  });

  it('refuses a spec that asks for another build; accepts one that pins this build already', () => {
    expect(pinInstallList([...PROCEDURE_PACKAGES, 'trident-service-0.26.0-2.azl3'], { packages: all }).problems).toEqual([
      {
        about: 'lists',
        spec: 'trident-service-0.26.0-2.azl3',
        message: expect.stringMatching(/asks for 'trident-service-0.26.0-2.azl3', but the RPMs given hold trident-service 0.27.0-dev/),
      },
    ]);
    const pinned = pinInstallList([`trident-service-${V}`, 'trident-0.27.0'], { packages: all });
    expect(pinned.problems).toEqual([]);
    expect(pinned.install).toEqual([`trident-service-${V}`, `trident-${V}`]);
  });

  it("checks extra-config's list files, which it cannot rewrite", () => {
    const { problems } = pinInstallList(PROCEDURE_PACKAGES, { packages: all }, [
      { where: "extra-config's installLists file extra.yaml", specs: ['trident-service'] },
    ]);
    expect(problems).toEqual([
      {
        about: 'lists',
        spec: 'trident-service',
        message: `extra-config's installLists file extra.yaml installs 'trident-service', which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident). Write 'trident-service-${V}' to install the RPM given.`,
      },
    ]);
  });
});

describe("checkLists: a user's config must pin Trident itself", () => {
  const list = (...specs: string[]) => [{ where: 'os.packages.install', specs }];

  it('accepts lists that pin every Trident package, trident included', () => {
    expect(checkLists(list(`trident-${V}`, `trident-install-service-${V}`, 'vim'), { packages: all })).toEqual({
      problems: [],
      installed: ['trident', 'trident-install-service'],
    });
  });

  it('names each unpinned or half-pinned package and the exact spec to write', () => {
    const { problems } = checkLists(list('trident', 'trident-install-service-0.27.0', `trident-selinux-${V}`), { packages: all });
    expect(problems.map((p) => p.message)).toEqual([
      `os.packages.install installs 'trident', which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident). Write '${pinnedSpec({ name: 'trident', version: '0.27.0', release: R })}' to install the RPM given.`,
      `os.packages.install installs 'trident-install-service-0.27.0', which leaves the release open (0.27.0), so tdnf may take another build. Write 'trident-install-service-${V}' to install the RPM given.`,
    ]);
  });

  it('asks for trident itself when only subpackages are listed, and refuses globs', () => {
    expect(checkLists(list(`trident-install-service-${V}`), { packages: all }).problems.map((p) => p.message)).toEqual([
      `os.packages.install installs trident-install-service but not trident itself, which they require; tdnf could take it from another repository. Add 'trident-${V}'.`,
    ]);
    expect(checkLists(list(`trident-${V}`, 'trident-*'), { packages: all }).problems[0]?.message).toMatch(
      /installs 'trident-\*', which matches trident-provisioning, trident-service/,
    );
  });

  it('says what the RPMs lack for what the lists install', () => {
    const { problems } = checkLists(list(`trident-${V}`, 'trident-acl-agent'), { packages: all.filter((p) => p.name !== 'trident-acl-agent') });
    expect(problems).toContainEqual({ about: 'rpms', message: expect.stringMatching(/^the RPMs lack trident-acl-agent \(the ISO installs it\)/) });
  });
});
