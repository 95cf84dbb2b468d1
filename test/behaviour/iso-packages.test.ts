// What the ISO installs (issue 10), run in process through the runner
// emulator with the stand-in tools of test/dist/standins and real RPMs built
// by rpmbuild: Trident pinned to the RPMs given (defect 1), the RPMs judged by
// their headers (2), the host config's tools (3), trident-selinux by trident's
// own rule (4), validate-only reading the RPMs (5), the YAML-only package
// lists (6), a host config pointing at an ISO without a COSI (7), --platform
// only for an image index (8), trident-source's prerequisites (9).
// The stand-in Image Customizer (standin.cjs `run`) writes the config it was
// given into the ISO; the tests read it back from there.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { NODE24, REPO, runAction, type ActionRun, type RunnerDirs } from '../support/runner.js';
import { cachedTridentRpms, type TridentRpmOptions } from '../support/rpmbuild.cjs';
import { readCalls, STANDINS, standinIsoConfig, standinRunner, subcommand, TOOLCHAIN } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const HOST_CONFIGS = path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs');
const R = 'dev.2026080799.v95639188c.azl3';
const V = `0.27.0-${R}`;

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'iso-packages-'))));
  copyFileSync(path.join(HOST_CONFIGS, 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
});

/** Real RPMs in workspace/<folder>/RPMS/<arch>/ as a user gives them; `rename` maps a package to another file name. */
function giveRpms(options: TridentRpmOptions = {}, folder = 'rpms', rename: Record<string, string> = {}): void {
  for (const file of cachedTridentRpms(options)) {
    const arch = path.basename(path.dirname(file));
    const name = path.basename(file).slice(0, -`-${options.version ?? '0.27.0'}-${options.release ?? R}.${arch}.rpm`.length);
    mkdirSync(path.join(dirs.workspace, folder, 'RPMS', arch), { recursive: true });
    copyFileSync(file, path.join(dirs.workspace, folder, 'RPMS', arch, rename[name] ?? path.basename(file)));
  }
}

/** The Image Customizer config the stand-in was given, as it wrote it into the ISO. */
function isoConfig(run: ActionRun): { os: { packages: Record<string, string[]> } } {
  return standinIsoConfig(run.outputs['iso-path']!) as { os: { packages: Record<string, string[]> } };
}

const containerRuns = () => readCalls(log).filter((c) => (c.tool === 'docker' || c.tool === 'podman') && subcommand(c) === 'run');
const toolCalls = () => readCalls(log).filter((c) => subcommand(c) !== 'info');
const fullText = (run: ActionRun) => run.main.stdout + run.main.stderr;

describe('defect 1: every Trident package is pinned to the RPMs given', () => {
  it('prebuilt RPMs: the generated config installs name-version-release of each, trident and trident-selinux added', async () => {
    giveRpms();
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-rpms': 'rpms' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    const install = isoConfig(run).os.packages.install!;
    expect(install).toEqual(
      expect.arrayContaining([`trident-${V}`, `trident-install-service-${V}`, `trident-provisioning-${V}`, `trident-selinux-${V}`]),
    );
    // No Trident package is left for tdnf to take from another repository.
    expect(install.filter((spec) => spec.startsWith('trident') && !spec.endsWith(V))).toEqual([]);
    expect(run.main.stdout).toContain(`trident-install-service → trident-install-service-${V}: pinned to the RPM given`);
    expect(run.outputs['trident-version']).toBe(V);
  });

  it('trident-source: the config is pinned to what make built, before Image Customizer runs', async () => {
    mkdirSync(path.join(dirs.workspace, 'trident'));
    writeFileSync(path.join(dirs.workspace, 'trident', 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    const release = 'dev.2026112899.vabc1234.azl3';
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-source': 'trident' },
      env: { ...env, STANDIN_TRIDENT_RELEASE: release },
    });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    const install = isoConfig(run).os.packages.install!;
    expect(install).toEqual(
      expect.arrayContaining([`trident-0.27.0-${release}`, `trident-install-service-0.27.0-${release}`, `trident-provisioning-0.27.0-${release}`]),
    );
    expect(install).not.toContain('trident-install-service');
    expect(run.outputs['trident-version']).toBe(`0.27.0-${release}`);
  });

  it("a user's config with an unpinned Trident package is refused, naming config, the package and the spec to write", async () => {
    giveRpms();
    mkdirSync(path.join(dirs.workspace, 'ic'));
    const config = 'os:\n  hostname: installer\n  packages:\n    install: [trident-install-service, vim]\n';
    writeFileSync(path.join(dirs.workspace, 'ic', 'config.yaml'), config);
    const run = await runAction(dirs, { inputs: { config: 'ic/config.yaml', 'trident-rpms': 'rpms' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toContainEqual({
      title: "Input 'config'",
      message: expect.stringContaining(
        `os.packages.install installs 'trident-install-service', which tdnf resolves to the highest version-release in any repository (the base image may hold another Trident). Write 'trident-install-service-${V}' to install the RPM given.`,
      ),
    });
    expect(run.main.errors[0]?.message).toContain(`Add 'trident-${V}'`);
    // Before any long work, and the user's file as it was.
    expect(toolCalls()).toEqual([]);
    expect(readFileSync(path.join(dirs.workspace, 'ic', 'config.yaml'), 'utf8')).toBe(config);
  });

  it("a user's config that pins the build is used as it is", async () => {
    giveRpms();
    mkdirSync(path.join(dirs.workspace, 'ic'));
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      `os:\n  hostname: installer\n  packages:\n    install: [trident-${V}, trident-install-service-${V}]\n`,
    );
    const run = await runAction(dirs, { inputs: { config: 'ic/config.yaml', 'trident-rpms': 'rpms' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(run.main.stdout).toContain(`The config installs trident, trident-install-service pinned to the RPMs given (trident ${V}).`);
  });

  it('when tdnf finds no such build, the error says so plainly', async () => {
    giveRpms();
    const tdnf = path.join(dirs.root, 'tdnf.log');
    // vmware/tdnf v3.5.8 client/resolve.c: "%s package not found or not installed".
    writeFileSync(
      tdnf,
      `time="2026-11-28T10:00:00Z" level=debug msg="trident-${V} package not found or not installed"\nError(1011) : No matching packages\n`,
    );
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-rpms': 'rpms' },
      env: { ...env, STANDIN_RUN_LOG: tdnf, STANDIN_RUN_EXIT: '1' },
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]?.message).toMatch(
      new RegExp(
        `^Image Customizer failed \\(exit code 1\\): tdnf in the base image could not find the Trident build the config pins, trident-${V.replaceAll('.', '\\.')}, among the RPMs given \\(--rpm-source\\)\\. It did not install another Trident instead\\.`,
      ),
    );
  });
});

describe('defect 2: the RPMs are judged by their headers', () => {
  it('a renamed trident RPM is still the build its header says, in the outputs, the summary and the pins', async () => {
    giveRpms({}, 'rpms', { trident: 'trident-0.26.0-2.azl3.x86_64.rpm' });
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-rpms': 'rpms' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(run.outputs['trident-version']).toBe(V);
    expect(run.summary).toContain(`\`${V}\``);
    expect(isoConfig(run).os.packages.install).toContain(`trident-${V}`);
    expect(run.main.stdout).toContain(`trident-0.26.0-2.azl3.x86_64.rpm: trident-${V}.x86_64`);
  });

  it('a file that only looks like an RPM is refused, naming trident-rpms and the file, before any long work', async () => {
    giveRpms();
    writeFileSync(path.join(dirs.workspace, 'rpms', 'RPMS', 'x86_64', 'trident-extra-0.27.0-1.azl3.x86_64.rpm'), 'trident-extra');
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-rpms': 'rpms' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({
      title: "Input 'trident-rpms'",
      message: expect.stringMatching(/trident-extra-0\.27\.0-1\.azl3\.x86_64\.rpm is not a usable RPM: too short to be an RPM file/),
    });
    expect(toolCalls()).toEqual([]);
  });
});

describe("defect 3: the host config's tools are in the ISO", () => {
  it.each([
    ['raid', ['mdadm'], 'mdadm: for software RAID (host config /storage/raid/software): Trident creates the arrays with mdadm in the ISO.'],
    ['encryption', ['cryptsetup', 'tpm2-tools'], 'tpm2-tools: for encryption (host config /storage/encryption)'],
    ['verity', ['veritysetup'], 'veritysetup: for dm-verity (host config /storage/verity)'],
  ])('%s sample: the generated config installs %j, one line saying why each', async (sample, packages, line) => {
    copyFileSync(path.join(HOST_CONFIGS, `${sample}.yaml`), path.join(dirs.workspace, 'host-config.yaml'));
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(isoConfig(run).os.packages.install).toEqual(expect.arrayContaining(packages));
    expect(run.main.stdout).toContain(line);
    expect(run.main.stdout).toContain('netplan: for network configuration (host config /os/netplan)');
  });

  it("a user's config that carries a RAID host config without mdadm is refused, naming the feature and the package", async () => {
    mkdirSync(path.join(dirs.workspace, 'ic'));
    copyFileSync(path.join(HOST_CONFIGS, 'raid.yaml'), path.join(dirs.workspace, 'ic', 'host.yaml'));
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      'os:\n  hostname: installer\n  packages:\n    install: [netplan, vim]\n  additionalFiles:\n    - source: host.yaml\n      destination: /etc/trident/config.yaml\n',
    );
    const run = await runAction(dirs, { inputs: { config: 'ic/config.yaml' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({
      title: "Input 'config'",
      message: expect.stringContaining('  - mdadm: for software RAID (host config /storage/raid/software): Trident creates the arrays with mdadm'),
    });
    expect(run.main.errors[0]?.message).toContain('the host config it carries (/os/additionalFiles/0) needs packages the config does not install');
    expect(toolCalls()).toEqual([]);
  });
});

describe("defect 4: trident-selinux follows trident's rule, not the SELinux mode", () => {
  it('selinux-mode disabled still installs selinux-policy, so trident-selinux is needed, and pinned', async () => {
    giveRpms();
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-rpms': 'rpms', 'selinux-mode': 'disabled' },
      env,
    });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(isoConfig(run).os.packages.install).toContain(`trident-selinux-${V}`);
  });

  it('without trident-selinux among the RPMs, selinux-mode disabled is refused, saying why', async () => {
    giveRpms({ packages: ['trident', 'trident-install-service', 'trident-provisioning'] });
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-rpms': 'rpms', 'selinux-mode': 'disabled' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({
      title: "Input 'trident-rpms'",
      message: expect.stringMatching(
        /the RPMs lack trident-selinux \(trident requires it when selinux-policy-targeted is installed .*the ISO installs selinux-policy\)/,
      ),
    });
    expect(toolCalls()).toEqual([]);
  });
});

describe('defect 5: validate-only looks at the RPMs', () => {
  it('refuses RPMs of another architecture, and RPMs that lack what the ISO installs', async () => {
    giveRpms({ arch: 'aarch64' }, 'arm');
    const arm = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-rpms': 'arm', 'validate-only': 'true' }, env });
    expect(arm.main.exitCode).toBe(1);
    expect(arm.main.errors[0]).toMatchObject({
      title: "Input 'trident-rpms'",
      message: expect.stringMatching(/platform is linux\/amd64 \(x86_64\) but these RPMs are built for another architecture/),
    });

    giveRpms({ packages: ['trident', 'trident-provisioning'] }, 'partial');
    const partial = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-rpms': 'partial', 'validate-only': 'true' }, env });
    expect(partial.main.exitCode).toBe(1);
    expect(partial.main.errors[0]?.message).toMatch(/the RPMs lack trident-install-service \(the ISO installs it\); trident-selinux/);
    expect(readCalls(log)).toEqual([]);
  });

  it('reads good RPMs where they are, pins the config, runs trident validate, and starts nothing', async () => {
    giveRpms();
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-rpms': 'rpms', 'validate-only': 'true' },
      env,
      post: false,
    });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(readFileSync(run.outputs['config-path']!, 'utf8')).toContain(`- trident-install-service-${V}`);
    expect(run.main.stdout).toMatch(/trident validate: the host config is valid/);
    expect(readCalls(log)).toEqual([]);
  });

  it('with trident-source, says the build is skipped and what a run checks after it', async () => {
    mkdirSync(path.join(dirs.workspace, 'trident'));
    writeFileSync(path.join(dirs.workspace, 'trident', 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', 'trident-source': 'trident', 'validate-only': 'true' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(run.main.stdout).toContain(
      `validate-only: the build of trident-source (make bin/trident-rpms.tar.gz in ${path.join(dirs.workspace, 'trident')}) is skipped`,
    );
    expect(run.main.stdout).toContain('that they hold what the ISO installs: trident, trident-install-service, trident-provisioning');
    expect(readCalls(log, 'make')).toEqual([]);
  });
});

describe('defect 6: the YAML-only package lists are accepted, and their files checked', () => {
  it("config: installLists and removeLists files in the config's folder", async () => {
    mkdirSync(path.join(dirs.workspace, 'ic', 'lists'), { recursive: true });
    writeFileSync(path.join(dirs.workspace, 'ic', 'lists', 'tools.yaml'), 'packages:\n  - jq\n');
    writeFileSync(path.join(dirs.workspace, 'ic', 'lists', 'remove.yaml'), 'packages: [nano]\n');
    writeFileSync(
      path.join(dirs.workspace, 'ic', 'config.yaml'),
      'os:\n  hostname: installer\n  packages:\n    installLists: [lists/tools.yaml]\n    removeLists: [lists/remove.yaml]\n    install: [vim]\n',
    );
    const run = await runAction(dirs, { inputs: { config: 'ic/config.yaml' }, env });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    expect(isoConfig(run).os.packages).toEqual({ installLists: ['lists/tools.yaml'], removeLists: ['lists/remove.yaml'], install: ['vim'] });

    writeFileSync(path.join(dirs.workspace, 'ic', 'config.yaml'), 'os:\n  packages:\n    updateLists: [lists/missing.yaml]\n');
    const missing = await runAction(dirs, { inputs: { config: 'ic/config.yaml', output: 'second.iso' }, env });
    expect(missing.main.exitCode).toBe(1);
    expect(missing.main.errors[0]).toMatchObject({
      title: "Input 'config'",
      message: expect.stringMatching(/\/os\/packages\/updateLists\/0: 'lists\/missing\.yaml' does not exist/),
    });
  });

  it('extra-config: its list files are copied beside the generated config, which names the copies', async () => {
    writeFileSync(path.join(dirs.workspace, 'debug.yaml'), 'packages: [strace, jq]\n');
    writeFileSync(path.join(dirs.workspace, 'extra.yaml'), 'os:\n  packages:\n    installLists: [debug.yaml]\n');
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'extra-config': 'extra.yaml' },
      env,
      post: false,
    });
    expect(run.main.exitCode, fullText(run)).toBe(0);
    const packages = isoConfig(run).os.packages;
    expect(packages.installLists).toEqual(['package-lists/installLists-0-debug.yaml']);
    expect(readFileSync(path.join(path.dirname(run.outputs['config-path']!), 'package-lists', 'installLists-0-debug.yaml'), 'utf8')).toBe(
      'packages: [strace, jq]\n',
    );
  });
});

describe('defect 7: a host config pointing at a COSI on the ISO needs `cosi`', () => {
  it('is refused before any long work, naming host-config and cosi', async () => {
    writeFileSync(
      path.join(dirs.workspace, 'host-config.yaml'),
      readFileSync(path.join(HOST_CONFIGS, 'simple.yaml'), 'utf8').replace(
        'file:///path/to/image.cosi',
        'file:///mnt/trident_cdrom/images/azure-linux.cosi',
      ),
    );
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toContainEqual(
      expect.objectContaining({ title: 'host-config: /image/url', message: expect.stringMatching(/no `cosi` input is given/) }),
    );
    expect(toolCalls()).toEqual([]);
  });
});

describe('defect 8: oras pull --platform only for an image index', () => {
  it('an index is pulled for the platform; a single manifest without --platform', async () => {
    const index = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', upload: 'false' }, env });
    expect(index.main.exitCode, fullText(index)).toBe(0);
    expect(readCalls(log, 'oras').find((c) => c.argv[0] === 'pull')?.argv).toContain('--platform');

    const single = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', upload: 'false', output: 'single.iso' },
      env: { ...env, STANDIN_ORAS_MANIFEST: 'manifest' },
    });
    expect(single.main.exitCode, fullText(single)).toBe(0);
    const pulls = readCalls(log, 'oras').filter((c) => c.argv[0] === 'pull');
    expect(pulls).toHaveLength(2);
    expect(pulls[1]?.argv).not.toContain('--platform');
    expect(single.main.stdout).toContain('(application/vnd.oci.image.manifest.v1+json: one manifest, pulled without --platform)');
  });
});

describe("defect 9: trident-source's prerequisites are checked before the build", () => {
  it('a missing protoc is named with the Ubuntu package that provides it, and make never runs', async () => {
    mkdirSync(path.join(dirs.workspace, 'trident'));
    writeFileSync(path.join(dirs.workspace, 'trident', 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    // The toolchain stand-ins but protoc.
    const bin = path.join(dirs.root, 'bin');
    mkdirSync(bin);
    for (const tool of readdirSync(TOOLCHAIN))
      if (tool !== 'protoc' && tool !== 'libssl.a') symlinkSync(path.join(TOOLCHAIN, tool), path.join(bin, tool));
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'host-config.yaml', 'trident-source': 'trident' },
      env: { ...env, PATH: `${STANDINS}:${bin}:${path.dirname(NODE24)}:/usr/bin:/bin` },
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({
      title: "Input 'trident-source'",
      message: expect.stringContaining(
        'cannot be built on this runner: `make bin/trident-rpms.tar.gz` needs what is missing:\n  - protoc is not on PATH (install protobuf-compiler)',
      ),
    });
    expect(readCalls(log, 'make')).toEqual([]);
    expect(containerRuns()).toEqual([]);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);

    // The host config is parsed and checked while the prerequisites are asked, but its problems come after theirs.
    writeFileSync(
      path.join(dirs.workspace, 'bad-host-config.yaml'),
      `${readFileSync(path.join(dirs.workspace, 'host-config.yaml'), 'utf8')}\nnotATridentKey: 1\n`,
    );
    const both = await runAction(dirs, {
      inputs: { 'host-config': 'bad-host-config.yaml', 'trident-source': 'trident', output: 'both.iso' },
      env: { ...env, PATH: `${STANDINS}:${bin}:${path.dirname(NODE24)}:/usr/bin:/bin` },
    });
    expect(both.main.errors).toEqual([expect.objectContaining({ title: "Input 'trident-source'" })]);
    // With the prerequisites there, the same host config is refused, naming it.
    const refused = await runAction(dirs, {
      inputs: { 'host-config': 'bad-host-config.yaml', 'trident-source': 'trident', output: 'both.iso' },
      env: { ...env, PATH: `${STANDINS}:${TOOLCHAIN}:${path.dirname(NODE24)}:/usr/bin:/bin` },
    });
    // As before: by the config stage, one annotation at the line and the stage's failure naming the input.
    expect(refused.main.errors).toEqual([
      expect.objectContaining({ title: 'host-config: /notATridentKey', file: 'bad-host-config.yaml' }),
      expect.objectContaining({ title: "Input 'host-config'", message: expect.stringMatching(/^Write Image Customizer config failed: /) }),
    ]);
    expect(readCalls(log, 'make')).toEqual([]);
  });
});
