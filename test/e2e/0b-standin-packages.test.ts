// Harness: the Image Customizer stand-in's package model (standins/
// imagecustomizer/tdnf.cjs, packages.cjs) against the behaviour of the real
// tdnf and Image Customizer it models, run in its container without the
// action. A failure here is the stand-in's, not the action's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseImage } from './lib/base-image.js';
import { readLiveOs } from './lib/liveos.js';
import { exec } from './lib/proc.js';
import { e2e } from './lib/scenario.js';
import { buildStandinIso, configFor, PROCEDURE_PACKAGES, rpmFiles } from './lib/standin-iso.js';
import { tridentVersionRelease, TRIDENT_VERSION } from './lib/trident-checkout.js';

const require = createRequire(import.meta.url);
const { rpmvercmp } = require('./standins/imagecustomizer/evr.cjs') as { rpmvercmp: (a: string, b: string) => number };

const c = () => e2e();
let scratch = '';
let checkoutRpms: string[] = [];
/** A base image whose repository has a distro Trident of the checkout's version (0.27.0-2.azl3). */
let sameVersionBase = '';
let n = 0;
const dirFor = (name: string) => {
  const d = path.join(scratch, `${++n}-${name}`);
  mkdirSync(d, { recursive: true });
  return d;
};

beforeAll(async () => {
  scratch = path.join(c().root, 'harness-packages');
  mkdirSync(scratch, { recursive: true });
  const rpms = path.join(scratch, 'checkout-rpms');
  mkdirSync(rpms);
  await exec(['tar', '-xzf', c().trident.prebuiltTarball, '-C', rpms]);
  checkoutRpms = rpmFiles(path.join(rpms, 'RPMS'));
  sameVersionBase = (
    await buildBaseImage(path.join(scratch, 'base-same-version.vhdx'), c().tridentProgram, {
      distroTrident: { version: TRIDENT_VERSION, release: 2 },
    })
  ).file;
});

describe('harness: the Image Customizer stand-in installs packages as tdnf does', () => {
  it("rpmvercmp agrees with rpm's own comparison", () => {
    const pairs: [string, string][] = [
      ['dev.2026080799.v95639188c.azl3', '2.azl3'],
      ['dev.2026080799.v95639188c.azl3', '1'],
      ['2026080899', '2026080799'],
      ['1.0~rc1', '1.0'],
      ['1.0^git1', '1.0'],
      ['1.0^git1', '1.0.1'],
      ['1.0a', '1.0'],
      ['1.0.010', '1.0.9'],
      ['5.5p1', '5.5p10'],
      ['a', '1'],
      ['1_0', '1.0'],
      ['001', '1'],
    ];
    for (const [a, b] of pairs) {
      const real = Number(execFileSync('rpm', ['--eval', `%{lua: print(rpm.vercmp("${a}", "${b}"))}`], { encoding: 'utf8' }).trim());
      expect(rpmvercmp(a, b), `${a} vs ${b}`).toBe(real);
    }
  });

  it('a checkout build loses to the distro Trident of the same version unless pinned by name-version-release (or name=evr)', async () => {
    const built = tridentVersionRelease(c().trident.commit);
    const distro = `${TRIDENT_VERSION}-2.azl3`;
    const build = async (name: string, packages: string[]) => {
      const dir = dirFor(name);
      const r = await buildStandinIso({ dir, baseImage: sameVersionBase, rpms: checkoutRpms, config: configFor({ packages }) });
      return { r, dir };
    };
    const unpinned = await build('unpinned', PROCEDURE_PACKAGES);
    expect(unpinned.r.code, unpinned.r.log).toBe(0);
    const liveA = await readLiveOs(unpinned.r.iso, unpinned.dir);
    expect(liveA.installed('trident')).toBe(distro);
    expect(liveA.installed('trident-install-service')).toBe(distro);
    // The rich Requires pulls in trident-selinux at trident's exact version-release (selinux-policy provides selinux-policy-targeted).
    expect(liveA.installed('trident-selinux')).toBe(distro);
    expect(unpinned.r.log).toMatch(/trident +x86_64 +0\.27\.0-2\.azl3 +azurelinux-official-base/);

    const pins = (form: (name: string) => string) =>
      PROCEDURE_PACKAGES.map((p) => (p === 'trident-install-service' || p === 'trident-provisioning' ? form(p) : p));
    const nvr = await build(
      'pinned-nvr',
      pins((p) => `${p}-${built}`),
    );
    expect(nvr.r.code, nvr.r.log).toBe(0);
    const liveB = await readLiveOs(nvr.r.iso, nvr.dir);
    for (const p of ['trident', 'trident-install-service', 'trident-provisioning', 'trident-selinux']) expect(liveB.installed(p), p).toBe(built);
    expect(nvr.r.log).toMatch(/trident +x86_64 +0\.27\.0-dev\.\S+ +01-baseurl-rpms/);

    const rel = await build(
      'pinned-rel',
      pins((p) => `${p}=${built}`),
    );
    expect(rel.r.code, rel.r.log).toBe(0);
    expect((await readLiveOs(rel.r.iso, rel.dir)).installed('trident')).toBe(built);

    // name-version matches every release of that version: the highest (the distro's) wins.
    const nameVersion = await build(
      'name-version',
      pins((p) => `${p}-${TRIDENT_VERSION}`),
    );
    expect(nameVersion.r.code, nameVersion.r.log).toBe(0);
    expect((await readLiveOs(nameVersion.r.iso, nameVersion.dir)).installed('trident')).toBe(distro);

    // Pinning one subpackage only: its Requires (trident = built) and the other's (trident = distro) cannot both hold.
    const half = await build('half-pinned', [
      ...PROCEDURE_PACKAGES.filter((p) => p !== 'trident-install-service'),
      `trident-install-service-${built}`,
    ]);
    expect(half.r.code).toBe(1);
    expect(half.r.log).toMatch(/requires trident = 0\.27\.0-\S+, but none of the providers can be installed/);
    expect(half.r.log).toContain('Found 1 problem(s) while resolving');
  });

  it('Suggests are not installed; the conditional trident-selinux only with selinux-policy-targeted; Recommends and Requires are', async () => {
    const dir = dirFor('no-selinux');
    const base = (await buildBaseImage(path.join(dir, 'base.vhdx'), c().tridentProgram, { selinuxMode: 'disabled' })).file;
    const r = await buildStandinIso({
      dir,
      baseImage: base,
      rpms: checkoutRpms,
      config: configFor({ selinux: 'disabled', packages: PROCEDURE_PACKAGES.filter((p) => p !== 'selinux-policy') }),
    });
    expect(r.code, r.log).toBe(0);
    const live = await readLiveOs(r.iso, dir);
    expect(live.installed('trident')).toBe(tridentVersionRelease(c().trident.commit));
    expect(live.installed('trident-selinux'), 'no selinux-policy-targeted: the conditional Requires does not apply').toBeUndefined();
    for (const suggested of ['mdadm', 'cryptsetup', 'tpm2-tools', 'veritysetup', 'ntfs-3g', 'ntfsprogs'])
      expect(live.installed(suggested), suggested).toBeUndefined();
    for (const required of ['e2fsprogs', 'util-linux', 'dosfstools', 'efibootmgr', 'lsof', 'openssl', 'shadow-utils', 'systemd', 'systemd-udev'])
      expect(live.installed(required), required).toBeDefined();
    expect(live.file('/usr/sbin/mdadm')).toBeUndefined();
    // What the packages ship is in the live OS: trident (the stand-in, its version set at build), the units.
    expect(live.file('/usr/bin/trident')).toContain(`const VERSION = '${tridentVersionRelease(c().trident.commit)}'`);
    expect(live.file('/usr/lib/systemd/system/trident-install.service')).toContain('ConditionPathExists=/etc/trident/config.yaml');
  });

  it('repo priority= is honoured with tdnf >= 3.5.8 and ignored before; the base repos first, then --rpm-source', async () => {
    const built = tridentVersionRelease(c().trident.commit);
    const repoFile = (dir: string) => {
      const f = path.join(dir, 'local.repo');
      writeFileSync(f, '[local-trident]\nname=local trident\nbaseurl=file:///rpms\nenabled=1\ngpgcheck=0\npriority=1\n');
      return f;
    };
    for (const [tdnfVersion, expected] of [
      ['3.5.8-8', built],
      ['3.5.6-2', `${TRIDENT_VERSION}-2.azl3`],
    ] as const) {
      const dir = dirFor(`priority-${tdnfVersion}`);
      const base = (
        await buildBaseImage(path.join(dir, 'base.vhdx'), c().tridentProgram, {
          distroTrident: { version: TRIDENT_VERSION, release: 2 },
          tdnfVersion,
        })
      ).file;
      const r = await buildStandinIso({
        dir,
        baseImage: base,
        rpms: checkoutRpms,
        config: configFor({}),
        files: { 'local.repo': repoFile(dir) },
        extraArgs: ['--rpm-source', '/config/local.repo'],
      });
      expect(r.code, r.log).toBe(0);
      expect((await readLiveOs(r.iso, dir)).installed('trident'), `tdnf ${tdnfVersion}`).toBe(expected);
    }
  });

  it("fails like tdnf on a package no repo has, and without the base image's repos", async () => {
    const missing = await buildStandinIso({
      dir: dirFor('missing'),
      baseImage: c().baseImageFile,
      rpms: checkoutRpms,
      config: configFor({ packages: [...PROCEDURE_PACKAGES, 'no-such-package'] }),
    });
    expect(missing.code).toBe(1);
    expect(missing.log).toContain('no-such-package package not found or not installed');
    expect(missing.log).toContain('Error(1011) : No matching packages');
    expect(missing.log).toMatch(/level=fatal msg="failed to install packages \(packages=\[netplan /);

    const noBase = await buildStandinIso({
      dir: dirFor('no-base-repos'),
      baseImage: c().baseImageFile,
      rpms: checkoutRpms,
      config: configFor({}),
      extraArgs: ['--disable-base-image-rpm-repos'],
    });
    expect(noBase.code).toBe(1);
    expect(noBase.log).toContain('netplan package not found or not installed');
  });

  it('accepts what the real one accepts: a fully qualified hostname, a relative destination, installLists (YAML-only)', async () => {
    const dir = dirFor('accepts');
    const list = path.join(dir, 'extra-packages.yaml');
    writeFileSync(list, 'packages:\n  - jq\n');
    const config = configFor({ hostname: 'installer.example.com' }) as { os: { packages: Record<string, unknown>; additionalFiles?: unknown[] } };
    config.os.packages.installLists = ['extra-packages.yaml'];
    config.os.additionalFiles = [{ content: 'hello\n', destination: 'etc/relative-destination' }];
    const r = await buildStandinIso({
      dir,
      baseImage: c().baseImageFile,
      rpms: checkoutRpms,
      config,
      files: { 'extra-packages.yaml': list },
      version: '1.6.0',
      extraArgs: [],
    });
    expect(r.code, r.log).toBe(0);
    const live = await readLiveOs(r.iso, dir);
    expect(live.file('/etc/hostname')).toBe('installer.example.com');
    expect(live.file('/etc/relative-destination')).toBe('hello\n');
    expect(live.installed('jq')).toBeDefined();
    // The ISO is written as Image Customizer writes it: volume CDROM, El Torito EFI boot image, Joliet.
    const report = await exec(['xorriso', '-indev', r.iso, '-report_el_torito', 'plain', '-pvd_info'], { check: false });
    expect(report.stdout).toMatch(/Volume Id\s*:\s*CDROM/);
    expect(report.stdout).toMatch(/El Torito boot img :\s+1\s+UEFI\s+y\s+none\s+0x0000\s+0x00\s+\d+\s+\d+/);
    expect(report.stdout).toMatch(/El Torito img path :\s+1\s+\/boot\/grub2\/efiboot\.img/);
    expect(live.cmdline).toMatch(/^root=live:LABEL=CDROM .*rd\.live\.image rd\.live\.dir=liveos rd\.live\.squashimg=rootfs\.img/);
  });
});
