// `verify` in process, with a stand-in QEMU (test/dist/standins/qemu.cjs):
// only the contract matters here (the argv, the files the runs share, what
// the action does with what the serial console says, that no VM and no disk
// outlives the step). The real QEMU and OVMF boot ISOs the action built in
// test/e2e/9a-… and 9c-…. The upload test runs the bundle ('dist').
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanUp } from '../../src/run/cleanup.js';
import { ARTIFACT_CONTAINER, readBlob, runtimeToken, startResultsService, type ResultsService } from '../e2e/lib/results-service.js';
import { processes } from '../../src/tools/exec.js';
import { runAction, startAction, type RunnerDirs } from '../support/runner.js';
import { alive, readCalls, standinRunner, waitFor, type Call } from '../support/standins.js';

const HOST_CONFIG = `image:
  url: https://images.example/azure-linux.cosi
  sha384: ignored
storage:
  disks:
    - id: os
      device: /dev/disk/by-path/pci-0000:00:1f.2-ata-2.0
      partitionTableType: gpt
      partitions:
        - id: esp
          type: esp
          size: 64M
        - id: root
          type: root
          size: grow
  filesystems:
    - deviceId: esp
      mountPoint: /boot/efi
    - deviceId: root
      mountPoint: /
os:
  hostname: node-7.lab.example
`;

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;

const calls = (tool: string): Call[] => readCalls(log, tool);
const qemuRuns = () => calls('qemu-system-x86_64');
/** The value after a flag in a call's argv. */
const all = (call: Call | undefined, flag: string) => (call?.argv ?? []).flatMap((a, i, argv) => (a === flag ? [argv[i + 1] ?? ''] : []));

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'verify-'))));
  // Firmware files of the test's own, so no OVMF needs to be installed here.
  const firmware = path.join(dirs.root, 'firmware');
  mkdirSync(firmware);
  writeFileSync(path.join(firmware, 'CODE.fd'), 'stand-in OVMF code');
  writeFileSync(path.join(firmware, 'VARS.fd'), 'stand-in OVMF variables\n');
  env = {
    ...env,
    OVMF_CODE: path.join(firmware, 'CODE.fd'),
    OVMF_VARS: path.join(firmware, 'VARS.fd'),
    // What the stand-in installer writes as the installed OS's host name (Trident takes it from os.hostname).
    STANDIN_QEMU_HOSTNAME: 'node-7',
  };
  writeFileSync(path.join(dirs.workspace, 'host-config.yaml'), HOST_CONFIG);
});

const inputs = (more: Record<string, string> = {}) => ({
  'host-config': 'host-config.yaml',
  verify: 'install',
  'verify-accelerator': 'tcg',
  'verify-timeout': '60s',
  ...more,
});

describe('verify with a stand-in QEMU (in process)', () => {
  it('install: boots the ISO with the disks where the host config says, reboots into them without the ISO, reaches the login prompt', async () => {
    const run = await runAction(dirs, { inputs: inputs(), env });
    expect(run.main.exitCode, run.main.stdout).toBe(0);

    // One blank disk, sized from the partitions: 64M + 2 MiB GPT + 8 GiB for `grow`.
    const created = calls('qemu-img');
    expect(created).toHaveLength(1);
    expect(created[0]?.argv.at(-1)).toBe(String(64 * 2 ** 20 + 2 * 2 ** 20 + 8 * 2 ** 30));
    const disk = created[0]?.argv.at(-2) ?? '';

    const [installer, firstBoot] = qemuRuns();
    expect(qemuRuns()).toHaveLength(2);
    // The installer run: the CD on AHCI port 1 booted first, the disk on port 2 (by-path ata-2.0), -no-reboot.
    expect(all(installer, '-device')).toEqual(
      expect.arrayContaining(['ide-cd,drive=cdrom,bus=ide.0,bootindex=0', 'ide-hd,drive=disk0,bus=ide.1,bootindex=1']),
    );
    expect(installer?.argv).toContain('-no-reboot');
    expect(all(installer, '-drive')).toContain(
      `if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=${path.join(dirs.workspace, 'installer.iso')}`,
    );
    // The first boot: the same disk and the same variable store, no CD, reboots allowed.
    expect(firstBoot?.argv.join(' ')).not.toMatch(/cdrom|-no-reboot/);
    const pflash = (c: Call | undefined) => all(c, '-drive').filter((d) => d.startsWith('if=pflash'));
    expect(pflash(firstBoot)).toEqual(pflash(installer));
    expect(all(firstBoot, '-drive')).toContain(`if=none,id=disk0,format=qcow2,discard=unmap,detect-zeroes=unmap,file=${disk}`);

    const serialLog = path.join(dirs.workspace, 'installer.serial.log');
    expect(run.outputs).toMatchObject({
      'verify-result': 'passed',
      'verify-serial-log': serialLog,
      'verify-disks': '',
      'verify-boot-seconds': expect.stringMatching(/^\d+\.\d$/),
      'verify-install-seconds': expect.stringMatching(/^\d+\.\d$/),
      'verify-first-boot-seconds': expect.stringMatching(/^\d+\.\d$/),
    });
    // Both runs in one log: the live OS's own prompt, then the installed OS's.
    const text = readFileSync(serialLog, 'utf8');
    expect(text).toMatch(/installer-iso-mos login: [^]*reboot: Restarting system[^]*the installed disks boot[^]*node-7 login: $/);
    expect(run.main.stdout).toMatch(/^ {2}\| .*\[ {2}OK {2}\] Finished trident-install\.service - Trident Provisioning Service\.$/m);

    // The summary: the three phases, each a bar of the chart.
    expect(run.summary).toContain('### Verified in a VM: install passed');
    for (const phase of ['boot', 'install', 'first boot']) expect(run.summary).toMatch(new RegExp(`\\| ${phase} \\| \\d+\\.\\d s \\| passed \\|`));
    for (const bar of ['Verify boot', 'Verify install', 'Verify first boot'])
      expect(run.summary).toMatch(new RegExp(`  ${bar} \\(\\d+\\.\\d s\\) :s\\d+`));
    // The log would have been uploaded with the ISO (no artifact service here: said so).
    expect(run.main.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining(`its serial log at ${serialLog}`));

    // No VM alive, no disk left, the work folder gone after the post step.
    for (const c of qemuRuns()) expect(alive(c.pid), `qemu ${c.pid}`).toBe(false);
    expect(existsSync(disk)).toBe(false);
    expect(existsSync(run.state['work-dir'] ?? '')).toBe(false);
  });

  it('boot: one run with the ISO and no disks, stopped once Trident has started', async () => {
    const run = await runAction(dirs, { inputs: inputs({ verify: 'boot' }), env, post: false });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    expect(calls('qemu-img')).toEqual([]);
    expect(qemuRuns()).toHaveLength(1);
    expect(all(qemuRuns()[0], '-device').filter((d) => d.startsWith('ide-hd') || d.startsWith('virtio-blk'))).toEqual([]);
    expect(run.outputs).toMatchObject({ 'verify-result': 'passed', 'verify-install-seconds': '', 'verify-first-boot-seconds': '' });
    expect(run.summary).toContain('### Verified in a VM: boot passed');
    // The stand-in would have gone on forever: the action stopped it.
    expect(alive(qemuRuns()[0]?.pid ?? 0)).toBe(false);
  });

  it('keeps the installed disks in verify-disk-dir, named after their ids', async () => {
    mkdirSync(path.join(dirs.workspace, 'disks'));
    const run = await runAction(dirs, { inputs: inputs({ 'verify-disk-dir': 'disks' }), env });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    const kept = path.join(dirs.workspace, 'disks', 'os.qcow2');
    expect(run.outputs['verify-disks']).toBe(kept);
    expect(readFileSync(kept, 'latin1')).toMatch(/^QFI\xfb[^]*installed hostname=node-7/);
  });

  it('an installer failure fails the step naming verify, with the serial tail; QEMU stopped and the disks removed at once', async () => {
    const run = await runAction(dirs, { inputs: inputs(), env: { ...env, STANDIN_QEMU: 'fail' }, post: false });
    expect(run.main.exitCode).toBe(1);
    const error = run.main.errors.at(-1);
    expect(error?.title).toBe('Verify install failed');
    expect(error?.message).toMatch(
      /^Verify install failed: the serial console showed a failure during the installation: "\[ {3}12\.345678\] trident\[412\]: Trident failed due to invalid input" \(verify-failure-pattern\) \(verify: install\)\nLast lines of the serial log \(.*installer\.serial\.log\):\n[^]*Starting trident-install\.service[^]*Trident failed due to invalid input/,
    );
    expect(run.outputs['verify-result']).toBe('failed');
    expect(run.outputs['verify-boot-seconds']).toMatch(/^\d+\.\d$/);
    expect(run.summary).toContain('## Trident installer ISO: failed');
    expect(run.summary).toContain('### Verified in a VM: install **failed**');
    expect(run.summary).toContain('Trident failed due to invalid input');
    expect(run.summary).toMatch(/Verify install \(\d+\.\d s\) :crit/);
    // Stopped and removed before the step ended (no post step ran here).
    expect(alive(qemuRuns()[0]?.pid ?? 0)).toBe(false);
    expect(existsSync(calls('qemu-img')[0]?.argv.at(-2) ?? '')).toBe(false);
    // The ISO and its serial log stay for the user (and the upload).
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(true);
    expect(readFileSync(path.join(dirs.workspace, 'installer.serial.log'), 'utf8')).toContain('Trident failed due to invalid input');
    // The VM ran on a moment after the failure line: the error's context, printed after its header, is in the log and the tail.
    expect(readFileSync(path.join(dirs.workspace, 'installer.serial.log'), 'utf8')).toContain('0: Host configuration has no disks');
    expect(run.main.errors.at(-1)?.message).toContain('0: Host configuration has no disks');
  });

  it('a VM that hangs: verify-timeout ends it, QEMU is gone, the result says timed-out', async () => {
    const run = await runAction(dirs, { inputs: inputs({ 'verify-timeout': '3s' }), env: { ...env, STANDIN_QEMU: 'hang' }, post: false });
    expect(run.main.exitCode).toBe(1);
    expect(run.outputs['verify-result']).toBe('timed-out');
    expect(run.main.errors.at(-1)?.message).toMatch(
      /^Verify install failed: verify-timeout \(3 s\) passed while waiting for the installer to reboot/,
    );
    expect(alive(qemuRuns()[0]?.pid ?? 0)).toBe(false);
  });

  it('the live OS powering off instead of rebooting fails the install phase', async () => {
    const run = await runAction(dirs, { inputs: inputs(), env: { ...env, STANDIN_QEMU: 'poweroff' }, post: false });
    expect(run.main.errors.at(-1)?.message).toMatch(/^Verify install failed: the live OS powered off instead of rebooting/);
    expect(qemuRuns()).toHaveLength(1);
  });

  it('QEMU failing to start fails the boot phase with what QEMU said', async () => {
    const run = await runAction(dirs, { inputs: inputs(), env: { ...env, STANDIN_QEMU: 'crash' }, post: false });
    expect(run.main.errors.at(-1)?.message).toMatch(
      /^Verify boot failed: the VM ended \(QEMU exit code 1\) while waiting for Trident to start.*crashing on purpose/,
    );
  });

  it('verify-accelerator kvm: a KVM that cannot run the VM fails fast, without falling back', async () => {
    const run = await runAction(dirs, { inputs: inputs({ 'verify-accelerator': 'kvm' }), env: { ...env, STANDIN_QEMU: 'kvm-broken' }, post: false });
    expect(run.main.errors.at(-1)?.message).toMatch(/^Verify boot failed: the VM was stopped while waiting for Trident to start/);
    expect(run.main.stdout).toContain('qemu: KVM internal error. Suberror: 1');
    expect(qemuRuns()).toHaveLength(1);
  });

  it('cancelled during the install: stops QEMU, removes the disks and the work folder', async () => {
    const started = startAction(dirs, { inputs: inputs(), env: { ...env, STANDIN_QEMU: 'hang' } });
    const serialLog = path.join(dirs.workspace, 'installer.serial.log');
    await waitFor('Trident to start', () => existsSync(serialLog) && readFileSync(serialLog, 'utf8').includes('Starting'), 20_000);
    // Saved for the post step while it runs.
    expect(started.state()['vm-pid']).toMatch(/^\d+$/);
    started.cancel('SIGTERM');
    const run = await started.done;
    expect(run.main.exitCode).toBe(130);
    expect(alive(qemuRuns()[0]?.pid ?? 0)).toBe(false);
    expect(existsSync(calls('qemu-img')[0]?.argv.at(-2) ?? '')).toBe(false);
    expect(existsSync(run.state['work-dir'] ?? '')).toBe(false);
  });

  it("with config: the host config comes from its os.additionalFiles; a console that is not the serial port is only warned about (the config is the user's)", async () => {
    writeFileSync(
      path.join(dirs.workspace, 'ic.yaml'),
      [
        'os:',
        '  hostname: live',
        '  kernelCommandLine:',
        '    extraCommandLine: [console=ttyS0, console=tty0]',
        '  additionalFiles:',
        '    - source: host-config.yaml',
        '      destination: /etc/trident/config.yaml',
        '',
      ].join('\n'),
    );
    const run = await runAction(dirs, { inputs: { ...inputs(), 'host-config': '', config: 'ic.yaml' }, env, post: false });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    expect(run.main.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^verify: the live OS's last console= is console=tty0/));
    // The disk of the host config the config names: by-path ata-2.0 is AHCI port 2.
    expect(all(qemuRuns()[0], '-device')).toContain('ide-hd,drive=disk0,bus=ide.1,bootindex=1');
    expect(run.outputs['verify-result']).toBe('passed');
  });

  it('validate-only prints the QEMU commands it would run and starts none', async () => {
    const run = await runAction(dirs, { inputs: inputs({ 'validate-only': 'true' }), env, post: false });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    expect(qemuRuns()).toEqual([]);
    expect(calls('qemu-img')).toEqual([]);
    const lines = run.main.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\S*qemu-img create -q -f qcow2 \S+\/verify\/0-os\.qcow2 8659140608$/));
    const vm = lines.filter((l) => l.includes('qemu-system-x86_64 -name'));
    expect(vm).toHaveLength(2);
    expect(vm[0]).toMatch(/-accel tcg .*ide-cd,drive=cdrom,bus=ide\.0,bootindex=0 .*ide-hd,drive=disk0,bus=ide\.1,bootindex=1 -no-reboot$/);
    expect(vm[1]).not.toMatch(/cdrom|-no-reboot/);
    // With what is installed: here the stand-in QEMU and the test's firmware.
    expect(vm[0]).toMatch(/^ {2}\S+\/standins\/qemu-system-x86_64 .*file=\S+\/firmware\/CODE\.fd /);
  });
});

// The artifacts through the results service stand-in of test/e2e/lib/results-service.ts on a real Azurite,
// with the bundle (@actions/artifact reads the runner's variables from its own process environment).
describe('the serial log is uploaded beside the ISO', () => {
  let service: ResultsService;
  beforeAll(async () => {
    service = await startResultsService();
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
  });

  it('also when the verification failed: the ISO and its serial log, each an artifact, byte for byte', async () => {
    const run = await runAction(dirs, {
      mode: 'dist',
      inputs: inputs({ upload: 'true' }),
      env: { ...env, STANDIN_QEMU: 'fail', ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: runtimeToken(`verify-${Date.now()}`, 'job') },
      post: false,
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors.at(-1)?.title).toBe('Verify install failed');
    const byName = (name: string) => service.state().artifacts.find((a) => a.name === name && a.finalized);
    const log = byName('installer-amd64.serial.log');
    const iso = byName('installer-amd64.iso');
    expect(log, JSON.stringify(service.state().artifacts)).toBeDefined();
    expect(iso).toBeDefined();
    const logFile = readFileSync(path.join(dirs.workspace, 'installer.serial.log'));
    expect((await readBlob(service.blobEndpoint, ARTIFACT_CONTAINER, log!.blob)).equals(logFile)).toBe(true);
    expect(logFile.toString('utf8')).toContain('Trident failed due to invalid input');
    expect(run.outputs['artifact-id']).toBe(String(iso?.id));
    expect(run.main.stdout).toContain(`Uploaded the serial log as artifact ${log?.id}`);
  });
});

describe('the post step and a VM that outlived its step', () => {
  it('stops only a process whose command line holds the VM name, with its process group', async () => {
    const name = `trident-iso-vm-test${process.pid}`;
    const vm = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', '-name', name], { detached: true, stdio: 'ignore' });
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
    try {
      const lines: string[] = [];
      // A recycled pid (the other process) is not touched.
      await cleanUp(
        { vm: { pid: other.pid ?? 0, name } },
        () => processes({}),
        (l) => lines.push(l),
      );
      expect(alive(other.pid ?? 0)).toBe(true);
      await cleanUp(
        { vm: { pid: vm.pid ?? 0, name } },
        () => processes({}),
        (l) => lines.push(l),
      );
      await waitFor('the VM to end', () => !alive(vm.pid ?? 0));
      expect(lines).toEqual([`Stopped the verification VM ${name} (pid ${vm.pid}).`]);
    } finally {
      other.kill('SIGKILL');
      vm.kill('SIGKILL');
    }
  });

  it('the step forgets the VM once it ended (the cancellation test sees it saved while it runs)', async () => {
    const run = await runAction(dirs, { inputs: inputs({ verify: 'boot' }), env, post: false });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    expect(run.state['vm-pid']).toBe('');
    expect(run.state['vm-name']).toBe('');
    expect(all(qemuRuns()[0], '-name')[0]).toMatch(/^trident-iso-vm-[0-9a-f-]{12}$/);
  });
});
