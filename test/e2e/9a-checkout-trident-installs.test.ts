// Issue 10 (a checkout build of Trident loses to the distro's) and issue 14
// (verify: install), tried as a new user would, in one run of the bundled
// action: a Trident checkout at 0.27.0 (release dev.<date>99.v<sha>.azl3)
// built by `make`, a base image from the registry whose repositories hold
// the distro's Trident 0.28.0-1.azl3 (higher: unpinned, tdnf takes it), a
// bootable COSI, the Image Customizer stand-in, and `verify: install` in real
// QEMU with OVMF: the live OS boots from the ISO, the Trident on it installs
// onto the disks the host config names (an AHCI port by path, virtio disks
// by serial and by letter), the VM reboots from them and the installed OS prints its
// login prompt. Checked on what the run produced, not on its log: the live OS
// read off the ISO, the serial console, the kept qcow2 disks (sfdisk, blkid,
// debugfs), the artifacts in Azurite, the processes left. Then `trident-iso
// verify` takes a copy of that ISO as one built elsewhere: `--verify boot`
// passes, and a verify-timeout that passes before Trident starts ends the VM
// (as a hang would). Last, a host config naming a disk the VM cannot have is
// refused before any container starts.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { makeBootableCosi, type BootableCosi } from './fixtures/make-cosi.js';
import { buildBaseImage } from './lib/base-image.js';
import { cliOutputs, tridentIso } from './lib/cli.js';
import { readDisk, readExt4File, type DiskLayout } from './lib/disk.js';
import { containerEvents } from './lib/engines.js';
import { readLiveOs, type LiveOs } from './lib/liveos.js';
import { REPO_ROOT } from './lib/proc.js';
import { plainSerial, qemuProcessesNaming } from './lib/qemu.js';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { pushBaseImage } from './lib/registry.js';
import { ARTIFACT_CONTAINER, fetchState, readBlob } from './lib/results-service.js';
import { e2e, newScenario, type Scenario } from './lib/scenario.js';
import { TRIDENT_VERSION, tridentVersionRelease } from './lib/trident-checkout.js';
import { prepareWorkspace } from './lib/workspace.js';
import { describeRun, errorText, type ActionRun } from '../support/runner.js';

const ESP_GUID = 'C12A7328-F81F-11D2-BA4B-00A0C93EC93B';
const ROOT_GUID = '4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709';
const LINUX_GUID = '0FC63DAF-8483-4772-8E79-3D69D8477DE4';
const MiB = 1024 * 1024;
/** Higher than the checkout's 0.27.0: unpinned, tdnf would take this one. */
const DISTRO_TRIDENT = { version: '0.28.0', release: 1 };
const HOSTNAME = 'e2e-node.lab.example';
/** What the action's verify appends to the serial log before the installed disks boot (src/stages/verify.ts). */
const FIRST_BOOT_MARKER = '===== trident-iso-action: the installed disks boot, without the ISO =====';
/** The VM of the scenarios: one vCPU and 1 GiB (TCG on a small shared host; Trident's own test gives 4 vCPU, 12 GiB with KVM). */
const VM_INPUTS = { 'verify-memory': '1G', 'verify-cpus': '1' };

/**
 * Trident's `simple` sample (test/fixtures/samples/host-configs/simple.yaml:
 * its OS disk by AHCI path, esp 64M, root 8G) with a host name, a virtio disk
 * named by its serial and one named by its letter.
 */
function hostConfig(): Record<string, unknown> {
  const sample = YAML.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), 'utf8')) as {
    storage: { disks: unknown[]; filesystems: unknown[] };
    os: Record<string, unknown>;
  };
  sample.storage.disks.push(
    {
      id: 'data',
      device: '/dev/disk/by-id/virtio-e2e-data',
      partitionTableType: 'gpt',
      partitions: [{ id: 'data1', type: 'linux-generic', size: '64M' }],
    },
    // A letter: the VM needs a filler vda so that this disk is vdb.
    { id: 'logs', device: '/dev/vdb', partitionTableType: 'gpt', partitions: [{ id: 'logs1', type: 'linux-generic', size: '32M' }] },
  );
  sample.os.hostname = HOSTNAME;
  return sample;
}

let s: Scenario;
let cosi: BootableCosi;
let run: ActionRun | undefined;
let live: LiveOs | undefined;
const built = () => tridentVersionRelease(e2e().trident.commit);

beforeAll(async () => {
  const c = e2e();
  s = newScenario('checkout-below-distro');
  await prepareWorkspace(s, { checkout: true });
  writeFileSync(path.join(s.dirs.workspace, 'host-config.yaml'), YAML.stringify(hostConfig()));
  cosi = await makeBootableCosi(path.join(s.dirs.workspace, 'os.cosi'), c.boot, { seed: 'checkout-below-distro' });
  mkdirSync(path.join(s.dirs.workspace, 'installed'));
  const base = await buildBaseImage(path.join(s.dir, 'base.vhdx'), c.tridentProgram, { distroTrident: DISTRO_TRIDENT });
  const { ref } = await pushBaseImage(c.registry, 'e2e/minimal-os-newer-trident', 'latest', { 'linux/amd64': base.file });
  run = await runRecorded(s, {
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-source': 'trident',
    'base-image': ref,
    'oras-url': c.oras.url,
    'oras-checksum': c.oras.sha256,
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    verify: 'install',
    ...VM_INPUTS,
    'verify-disk-dir': 'installed',
    // Bounded, so that a verification that hangs says so within the test's time.
    'verify-timeout': '6m',
  });
  const iso = path.join(s.dirs.workspace, 'installer.iso');
  if (existsSync(iso)) live = await readLiveOs(iso, path.join(s.dir, 'iso-read'));
}, 10 * 60_000);

describe('a checkout build of Trident below the distro version, verify: install (issue 10, issue 14; Image Customizer and Trident stand-ins, real QEMU/OVMF)', () => {
  it('the ISO carries the Trident that was built, not the distro one of the base image, and the run passes', () => {
    expect(run, 'the action did not run').toBeDefined();
    const r = run!;
    expect(r.main.exitCode, describeRun(r)).toBe(0);
    expect(r.post?.exitCode, describeRun(r)).toBe(0);
    expect(r.outputs['trident-version']).toBe(built());
    // What tdnf installed, read from the live OS's package database on the ISO.
    expect(live, 'no ISO to read').toBeDefined();
    const trident = live!.rpmdb.filter((p) => p.name.startsWith('trident'));
    expect(trident.map((p) => p.name).sort()).toEqual(['trident', 'trident-install-service', 'trident-provisioning', 'trident-selinux']);
    for (const p of trident) expect(`${p.name} ${p.version}-${p.release}`).toBe(`${p.name} ${built()}`);
    expect(built().startsWith(`${TRIDENT_VERSION}-dev.`)).toBe(true);
  });

  it('the Trident that ran in the VM is the built one; the installed OS booted to its own login prompt', () => {
    const r = run!;
    expect(r.outputs['verify-result'], describeRun(r)).toBe('passed');
    for (const phase of ['boot', 'install', 'first-boot']) expect(Number(r.outputs[`verify-${phase}-seconds`]), phase).toBeGreaterThan(0);
    expect(r.summary).toContain('### Verified in a VM: install passed');
    for (const phase of ['boot', 'install', 'first boot']) expect(r.summary).toMatch(new RegExp(`\\| ${phase} \\| \\d+\\.\\d s \\| passed \\|`));

    const serialLog = path.join(s.dirs.workspace, 'installer.serial.log');
    expect(r.outputs['verify-serial-log']).toBe(serialLog);
    const text = plainSerial(readFileSync(serialLog, 'latin1'));
    expect(text).toContain(`Trident version: ${built()}`);
    expect(text).not.toContain(`Trident version: ${DISTRO_TRIDENT.version}`);
    expect(text).toContain('Staging of clean install succeeded');
    // The live OS's prompt comes before the installed disks boot; the host config's host name's prompt after.
    const [installer, firstBoot] = text.split(FIRST_BOOT_MARKER);
    expect(firstBoot, 'the installed disks never booted').toBeDefined();
    expect(installer).toContain('reboot: Restarting system');
    expect(installer).not.toContain('e2e-node login:');
    expect(firstBoot).toMatch(/^e2e-node login: /m);
    expect(firstBoot).not.toContain('installer-iso-mos');
  });

  it('the kept disks hold the partitions the host config asked for, the COSI images and the host name (read from the qcow2 files)', async () => {
    const r = run!;
    const installed = path.join(s.dirs.workspace, 'installed');
    expect(r.outputs['verify-disks']?.split('\n').sort()).toEqual(['data', 'logs', 'os'].map((id) => path.join(installed, `${id}.qcow2`)));
    let os: DiskLayout | undefined;
    let data: DiskLayout | undefined;
    let logs: DiskLayout | undefined;
    try {
      os = await readDisk(path.join(installed, 'os.qcow2'), s.dir);
      expect(os.label).toBe('gpt');
      expect(os.partitions.map((p) => [p.name, p.type, p.bytes])).toEqual([
        ['esp', ESP_GUID, 64 * MiB],
        ['root', ROOT_GUID, 8 * 1024 * MiB],
      ]);
      const [esp, root] = os.partitions;
      expect(esp?.start, 'the first partition at 1 MiB').toBe(2048);
      expect(esp?.fs).toMatchObject({ TYPE: 'vfat', UUID: `${cosi.espVolumeId.slice(0, 4)}-${cosi.espVolumeId.slice(4)}` });
      expect(root?.fs).toMatchObject({ TYPE: 'ext4', UUID: cosi.rootFsUuid });
      expect(await readExt4File(os, root!, '/etc/hostname')).toBe(`${HOSTNAME}\n`);
      data = await readDisk(path.join(installed, 'data.qcow2'), s.dir);
      expect(data.partitions.map((p) => [p.name, p.type, p.bytes])).toEqual([['data1', LINUX_GUID, 64 * MiB]]);
      // Each path led to the disk the host config meant: the partition sizes tell them apart.
      logs = await readDisk(path.join(installed, 'logs.qcow2'), s.dir);
      expect(logs.partitions.map((p) => [p.name, p.type, p.bytes])).toEqual([['logs1', LINUX_GUID, 32 * MiB]]);
    } finally {
      os?.dispose();
      data?.dispose();
      logs?.dispose();
    }
  });

  it('the ISO and the serial log are uploaded, byte for byte; no VM, container, loop device or temporary file is left', async () => {
    const r = run!;
    const state = await fetchState(e2e().results.url);
    const artifacts = state.artifacts.filter((a) => a.runBackendId === s.ctx.runBackendId && a.finalized);
    // Named after the output and the platform (a matrix over platforms gets distinct names); the file keeps its own name.
    expect(artifacts.map((a) => a.name).sort()).toEqual(['installer-amd64.iso', 'installer-amd64.serial.log']);
    const log = artifacts.find((a) => a.name === 'installer-amd64.serial.log')!;
    const blob = await readBlob(e2e().results.blobEndpoint, ARTIFACT_CONTAINER, log.blob);
    expect(blob.equals(readFileSync(path.join(s.dirs.workspace, 'installer.serial.log')))).toBe(true);
    expect(qemuProcessesNaming(s.dir)).toEqual([]);
    expect(existsSync(r.state['work-dir'] ?? '')).toBe(false);
    expect(leftBehind[s.name]).toEqual([]);
  });
});

describe('trident-iso verify: the same ISO, as one built elsewhere (real QEMU/OVMF)', () => {
  /** A folder of the user's holding a copy of the ISO the action built, and its host config. */
  function elsewhere(name: string): string {
    const dir = path.join(s.dir, name);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(s.dirs.workspace, 'installer.iso'), path.join(dir, 'downloaded.iso'));
    copyFileSync(path.join(s.dirs.workspace, 'host-config.yaml'), path.join(dir, 'hc.yaml'));
    return dir;
  }
  const vm = ['--verify-memory', VM_INPUTS['verify-memory'], '--verify-cpus', VM_INPUTS['verify-cpus']];

  it('verify boot passes: the live OS comes up from the ISO and Trident starts; the VM is gone after', async () => {
    expect(live, 'the action built no ISO').toBeDefined();
    const dir = elsewhere('boot');
    const cli = await tridentIso(['verify', '--iso', 'downloaded.iso', '--verify', 'boot', ...vm, '--verify-timeout', '5m'], {
      cwd: dir,
      timeoutMs: 6 * 60_000,
    });
    const said = `${cli.stdout.slice(-6000)}\n${cli.stderr.slice(-3000)}`;
    expect(cli.code, said).toBe(0);
    const out = cliOutputs(cli.stdout);
    expect(out['verify-result'], said).toBe('passed');
    expect(Number(out['verify-boot-seconds'])).toBeGreaterThan(0);
    expect(out['verify-install-seconds'] ?? '').toBe('');
    // The serial log: the live OS of this ISO started the built Trident's install service, and nothing was installed.
    const serial = plainSerial(readFileSync(path.join(dir, 'downloaded.serial.log'), 'latin1'));
    expect(serial).toMatch(/Starting (?:trident-install\.service|Trident Provisioning Service)/);
    expect(serial).toContain('root=live:LABEL=CDROM');
    expect(serial).not.toContain(FIRST_BOOT_MARKER);
    expect(qemuProcessesNaming(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['downloaded.iso', 'downloaded.serial.log', 'hc.yaml']);
  });

  it('a VM that hangs before Trident (frozen once its firmware has written) is ended when verify-timeout passes: the error names verify-timeout, QEMU is gone, no disk is left', async () => {
    expect(live, 'the action built no ISO').toBeDefined();
    const dir = elsewhere('hang');
    const serialLog = path.join(dir, 'downloaded.serial.log');
    const running = tridentIso(['verify', '--iso', 'downloaded.iso', '--host-config', 'hc.yaml', ...vm, '--verify-timeout', '15s'], {
      cwd: dir,
      timeoutMs: 4 * 60_000,
    });
    // A real hang, whatever this machine's speed: the VM is frozen (SIGSTOP to QEMU) as soon as the firmware has
    // written to the serial console, seconds before the live OS could start Trident. Racing a real boot against
    // the timeout instead made the test pass only on a machine too slow to reach Trident in 15 s.
    let settled = false;
    const settle = () => (settled = true);
    running.then(settle, settle);
    let frozen: number | undefined;
    while (!settled && frozen === undefined) {
      const [pid] = qemuProcessesNaming(dir);
      if (pid !== undefined && existsSync(serialLog) && statSync(serialLog).size > 0) {
        try {
          process.kill(pid, 'SIGSTOP');
          frozen = pid;
        } catch {
          // That QEMU ended meanwhile (verify starts it again under TCG where KVM cannot run OVMF): look again.
        }
      }
      if (frozen === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cli = await running;
    const said = `${cli.stdout.slice(-6000)}\n${cli.stderr.slice(-3000)}`;
    expect(frozen, `QEMU never wrote to the serial console:\n${said}`).toBeDefined();
    // Frozen before Trident: nothing of the live OS's services reached the console.
    expect(plainSerial(readFileSync(serialLog, 'latin1')), said).not.toMatch(/Starting (?:trident-install\.service|Trident Provisioning Service)/);
    expect(cli.code, said).toBe(1);
    // The CLI prints its outputs only on success; the failure is its error (on stderr).
    expect(cli.stderr, said).toMatch(/^error: Verify boot failed: verify-timeout \(15 s\) passed while waiting for Trident to start/m);
    expect(cli.stderr, said).toMatch(/Last lines of the serial log \(.*downloaded\.serial\.log\):\n/);
    // The VM had started: the firmware or the kernel had written to the serial console.
    expect(readFileSync(path.join(dir, 'downloaded.serial.log'), 'latin1').length).toBeGreaterThan(0);
    expect(qemuProcessesNaming(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['downloaded.iso', 'downloaded.serial.log', 'hc.yaml']);
  });
});

describe('a disk path the VM cannot provide', () => {
  it('is refused before the build: the error names host-config and the path; no container started, no VM, no ISO', async () => {
    const c = e2e();
    const refused = newScenario('verify-refused');
    const ws = await prepareWorkspace(refused, { prebuilt: true, baseImageFile: true });
    const hc = hostConfig() as { storage: { disks: { device: string }[] } };
    hc.storage.disks[0]!.device = '/dev/nvme0n1';
    writeFileSync(ws.hostConfig, YAML.stringify(hc));
    const since = Date.now() / 1000;
    const r = await runRecorded(refused, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image-file': 'base.vhdx',
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
      verify: 'install',
    });
    const until = Date.now() / 1000;
    expect(r.main.exitCode, describeRun(r)).toBe(1);
    expect(r.main.errors).toContainEqual(
      expect.objectContaining({
        title: "Input 'host-config'",
        message: expect.stringMatching(/\/storage\/disks\/0\/device: \/dev\/nvme0n1: it is not a path the VM can provide/),
      }),
    );
    expect(errorText(r.main)).not.toMatch(/Image Customizer failed/);
    // dockerd's own event log: no container was created or run while the action ran (on a shared dockerd,
    // only the Image Customizer images count: others may run containers meanwhile).
    const images = Object.values(c.imageCustomizer.refs);
    const events = (await containerEvents(c.docker.env, since, until)).filter((e) => c.docker.owned || images.some((i) => e.endsWith(` ${i}`)));
    expect(events).toEqual([]);
    expect(existsSync(path.join(refused.dirs.workspace, 'installer.iso'))).toBe(false);
    expect(existsSync(path.join(refused.dirs.workspace, 'installer.serial.log'))).toBe(false);
    expect(qemuProcessesNaming(refused.dir)).toEqual([]);
    expect(leftBehind[refused.name]).toEqual([]);
  });
});
