// Issue 10 (defect 3: the tools a host config needs; defect 1 with prebuilt
// RPMs: a distro Trident of the same version wins unless pinned) and issue 14
// (an installer failure under `verify: install`), with Trident's official
// samples (test/fixtures/samples/host-configs: raid, verity, encryption) as a
// user gives them: each ISO is built by the bundled action (prebuilt RPMs, a
// local base image whose repository holds a distro Trident of the built
// version at release 2.azl3, which sorts above the build's dev.* release, the
// Image Customizer stand-in, whose tdnf installs no Suggests), and what the
// live OS carries is read off the ISO (its package database and files in
// liveos/rootfs.img), not off the log. The encryption
// ISO is then verified in real QEMU with OVMF: the VM has no TPM, so the
// stand-in Trident refuses to encrypt (as Trident's encryption.rs does when
// tpm2_pcrread cannot reach one), and the step must fail naming verify, with
// the serial log's tail, leaving no VM behind.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseImage } from './lib/base-image.js';
import { readLiveOs, type LiveOs } from './lib/liveos.js';
import { REPO_ROOT } from './lib/proc.js';
import { plainSerial, qemuProcessesNaming } from './lib/qemu.js';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { e2e, newScenario, type Scenario } from './lib/scenario.js';
import { TRIDENT_VERSION, tridentVersionRelease } from './lib/trident-checkout.js';
import { prepareWorkspace } from './lib/workspace.js';
import { describeRun, type ActionRun } from '../support/runner.js';

const SAMPLES = path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'host-configs');

/** Package → a file of it the live OS must have (the stand-in base image's repository builds them so). */
const TOOL_FILES: Record<string, string> = {
  mdadm: '/usr/sbin/mdadm',
  cryptsetup: '/usr/sbin/cryptsetup',
  'tpm2-tools': '/usr/bin/tpm2_pcrread',
  veritysetup: '/usr/sbin/veritysetup',
  netplan: '/usr/sbin/netplan',
};

interface Built {
  s: Scenario;
  run: ActionRun;
  live: LiveOs | undefined;
}

/** Builds an ISO for the named official sample; `extra` are more inputs (verify). */
async function build(sample: string, extra: Record<string, string> = {}): Promise<Built> {
  const c = e2e();
  const s = newScenario(`tools-${sample}`);
  const ws = await prepareWorkspace(s, { prebuilt: true });
  copyFileSync(baseImage, path.join(s.dirs.workspace, 'base.vhdx'));
  writeFileSync(ws.hostConfig, readFileSync(path.join(SAMPLES, `${sample}.yaml`)));
  const run = await runRecorded(s, {
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-rpms': 'trident-rpms.tar.gz',
    'base-image-file': 'base.vhdx',
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    upload: 'false',
    ...extra,
  });
  const iso = path.join(s.dirs.workspace, 'installer.iso');
  const live = existsSync(iso) ? await readLiveOs(iso, path.join(s.dir, 'iso-read')) : undefined;
  return { s, run, live };
}

/** The tools' packages in the live OS's package database, and their files in its root. */
function toolsIn(live: LiveOs | undefined, packages: string[]): Record<string, boolean> {
  const found: Record<string, boolean> = {};
  for (const p of packages) found[p] = live?.installed(p) !== undefined && existsSync(path.join(live.root, TOOL_FILES[p]!));
  return found;
}

const all = (packages: string[]) => Object.fromEntries(packages.map((p) => [p, true]));

/** The distro's Trident in the base image's repository: the built version, a higher release. */
const DISTRO_TRIDENT = { version: TRIDENT_VERSION, release: 2 };
let baseImage: string;
let baseRepo: string[];
let raid: Built;
let verity: Built;
let encryption: Built;

beforeAll(async () => {
  const c = e2e();
  const dir = path.join(c.root, 'scenarios', 'tools-base-image');
  mkdirSync(dir, { recursive: true });
  const base = await buildBaseImage(path.join(dir, 'base.vhdx'), c.tridentProgram, { distroTrident: DISTRO_TRIDENT });
  baseImage = base.file;
  baseRepo = base.repoRpms;
  raid = await build('raid');
  verity = await build('verity');
  encryption = await build('encryption', {
    verify: 'install',
    'verify-memory': '1G',
    'verify-cpus': '1',
    // Bounded, so that a failure verify missed shows as a timeout within the test's time.
    'verify-timeout': '5m',
  });
}, 10 * 60_000);

describe("the tools the official host-config samples need are in the ISO's live OS (issue 10, defect 3; Image Customizer stand-in)", () => {
  it('raid.yaml: mdadm (and netplan for its os.netplan), with a log line saying why', () => {
    const { run, live } = raid;
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    expect(toolsIn(live, ['mdadm', 'netplan'])).toEqual(all(['mdadm', 'netplan']));
    expect(run.main.stdout).toMatch(/mdadm: for software RAID \(host config \/storage\/raid\/software\): Trident creates the arrays with mdadm/);
    expect(leftBehind[raid.s.name]).toEqual([]);
  });

  it('verity.yaml: veritysetup, and not the tools it does not need', () => {
    const { run, live } = verity;
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    expect(toolsIn(live, ['veritysetup'])).toEqual(all(['veritysetup']));
    expect(run.main.stdout).toMatch(/veritysetup: for dm-verity \(host config \/storage\/verity\)/);
    expect(live?.installed('mdadm')).toBeUndefined();
    expect(live?.installed('tpm2-tools')).toBeUndefined();
  });

  it('encryption.yaml: cryptsetup and tpm2-tools', () => {
    const { run, live } = encryption;
    expect(live, describeRun(run)).toBeDefined();
    expect(toolsIn(live, ['cryptsetup', 'tpm2-tools'])).toEqual(all(['cryptsetup', 'tpm2-tools']));
    expect(run.main.stdout).toMatch(/tpm2-tools: for encryption \(host config \/storage\/encryption\)/);
    expect(live?.installed('mdadm')).toBeUndefined();
  });
});

describe('prebuilt RPMs over a distro Trident of the same version (issue 10, defect 1; Image Customizer stand-in)', () => {
  it("each live OS carries the Trident family that was given, not the distro's higher release", () => {
    const given = tridentVersionRelease(e2e().trident.commit);
    // The base image's repository does hold the distro's family (unpinned, tdnf would take it).
    expect(baseRepo).toContain(`trident-${DISTRO_TRIDENT.version}-${DISTRO_TRIDENT.release}.azl3.x86_64.rpm`);
    for (const { run, live } of [raid, verity, encryption]) {
      expect(run.outputs['trident-version'], describeRun(run)).toBe(given);
      const trident = (live?.rpmdb ?? []).filter((p) => p.name.startsWith('trident'));
      expect(trident.map((p) => p.name).sort()).toEqual(['trident', 'trident-install-service', 'trident-provisioning', 'trident-selinux']);
      for (const p of trident) expect(`${p.name} ${p.version}-${p.release}`).toBe(`${p.name} ${given}`);
    }
  });
});

describe('verify: install, the installer fails (issue 14; Trident stand-in, real QEMU/OVMF)', () => {
  it('the encryption ISO in a VM without a TPM: Trident fails, the step fails naming verify, with the serial tail; no VM is left', () => {
    const { s, run } = encryption;
    expect(run.main.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs['verify-result'], describeRun(run)).toBe('failed');
    const error = run.main.errors.at(-1);
    expect(error?.title).toBe('Verify install failed');
    expect(error?.message).toMatch(
      /^Verify install failed: the serial console showed a failure during the installation: ".*Trident failed due to a servicing error"/,
    );
    expect(error?.message).toMatch(/Last lines of the serial log \(.*installer\.serial\.log\):\n[^]*Trident failed due to a servicing error/);
    expect(run.summary).toContain('### Verified in a VM: install **failed**');
    // What the serial log holds, read from the file: Trident's own reason, through the journal.
    const serial = plainSerial(readFileSync(path.join(s.dirs.workspace, 'installer.serial.log'), 'latin1'));
    expect(serial).toContain('Encryption requires access to a TPM 2.0 device but one is not accessible');
    expect(serial).not.toContain('reboot: Restarting system');
    expect(run.post?.exitCode, describeRun(run)).toBe(0);
    expect(qemuProcessesNaming(s.dir)).toEqual([]);
    expect(existsSync(run.state['work-dir'] ?? '')).toBe(false);
    expect(leftBehind[s.name]).toEqual([]);
  });
});
