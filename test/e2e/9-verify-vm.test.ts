// verify against the real QEMU and OVMF: the bundled action (and
// `trident-iso verify`) boots a small real UEFI installer ISO
// (lib/vm-fixture.ts: Debian's kernel, busybox, GRUB) whose init plays what
// verify reads from a live OS, installs onto the VM's disks by the paths
// the host config names (made from sysfs as udev makes them), reboots, and
// the installed disk boots to its login prompt. The Image Customizer here is
// test/dist/standins' docker stand-in, told to "build" that ISO
// (STANDIN_RUN_ISO); the scenarios with the e2e suite's faithful stand-in
// ISO are elsewhere. What is checked is what QEMU and the kernel did: the
// disks' contents (qcow2, converted and read with sfdisk and mtools), the
// processes left.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE24, REPO, runAction, type ActionRun } from '../support/runner.js';
import { readCalls, standinRunner, STANDINS, subcommand } from '../support/standins.js';
import { makeTempDir } from './lib/proc.js';
import { vmFixture, type InstallerConfig, type VmFixture } from './lib/vm-fixture.js';

let fixture: VmFixture;
/** Phase times of every run, printed at the end (the benchmark measures them properly). */
const timings: string[] = [];

beforeAll(async () => {
  fixture = await vmFixture();
}, 10 * 60_000);

/** A runner whose only stand-in is docker (Image Customizer): QEMU, qemu-img and OVMF are the machine's own. */
function vmRunner(name: string) {
  const { dirs, env, log } = standinRunner(makeTempDir(`e2e-verify-${name}-`));
  const bin = path.join(dirs.root, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\nexec node "${STANDINS}/standin.cjs" docker "$@"\n`, { mode: 0o755 });
  return { dirs, log, env: { ...env, PATH: `${bin}:${path.dirname(NODE24)}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin` } };
}

function hostConfig(disks: InstallerConfig['disks'], hostname: string): string {
  const lines = ['image:', '  url: https://images.example/azure-linux.cosi', '  sha384: ignored', 'storage:', '  disks:'];
  for (const d of disks) {
    lines.push(`    - id: ${d.id}`, `      device: ${d.device}`, '      partitionTableType: gpt', '      partitions:');
    lines.push(d.role === 'os' ? `        - { id: ${d.id}-esp, type: esp, size: 48M }` : `        - { id: ${d.id}-part, size: grow }`);
  }
  lines.push('  filesystems:', `    - deviceId: ${disks[0]?.id}-esp`, '      mountPoint: /boot/efi', `os:`, `  hostname: ${hostname}`, '');
  return lines.join('\n');
}

/** QEMU processes whose command line names this file (the ISO of one test), alive now. */
function vmsUsing(file: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (cmdline.includes('qemu-system') && cmdline.includes(file) && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z')
        found.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function record(what: string, outputs: Record<string, string>): void {
  const seconds = (name: string) => (outputs[`verify-${name}-seconds`] ?? '') || '-';
  timings.push(`${what}: boot ${seconds('boot')} s, install ${seconds('install')} s, first boot ${seconds('first-boot')} s`);
  console.log(timings.at(-1));
}

const describeRun = (run: ActionRun) => `${run.main.stdout.slice(-6000)}\n${run.main.stderr.slice(-2000)}`;

/** A qcow2 disk as raw bytes (a sparse file next to it). */
function raw(qcow2: string): string {
  const out = `${qcow2}.raw`;
  execFileSync('qemu-img', ['convert', '-O', 'raw', qcow2, out]);
  return out;
}

describe('verify with the real QEMU and OVMF', () => {
  it('install: the disks are where the host config says, Trident writes them, the VM reboots into them, the installed OS reaches its login prompt', async () => {
    const disks: InstallerConfig['disks'] = [
      // AHCI port 3 by path; the CD-ROM takes port 1, nothing is sda's filler.
      { id: 'os', device: '/dev/disk/by-path/pci-0000:00:1f.2-ata-3', role: 'os' },
      // A letter: vda is a filler so that this one is vdb.
      { id: 'data', device: '/dev/vdb', role: 'data' },
      // A serial: udev's by-id name.
      { id: 'logs', device: '/dev/disk/by-id/virtio-LOGS-1', role: 'data' },
    ];
    const iso = await fixture.iso({ mode: 'install', hostname: 'node-7.lab.example', disks });
    const { dirs, env } = vmRunner('install');
    writeFileSync(path.join(dirs.workspace, 'host-config.yaml'), hostConfig(disks, 'node-7.lab.example'));
    mkdirSync(path.join(dirs.workspace, 'installed'));
    const run = await runAction(dirs, {
      mode: 'dist',
      inputs: {
        'host-config': 'host-config.yaml',
        verify: 'install',
        'verify-memory': '512',
        'verify-disk-dir': 'installed',
        'verify-timeout': '6m',
        upload: 'false',
      },
      env: { ...env, STANDIN_RUN_ISO: iso },
    });
    record('install (3 disks)', run.outputs);
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs['verify-result']).toBe('passed');
    expect(run.summary).toMatch(/\| first boot \| \d+\.\d s \| passed \|/);

    const installed = path.join(dirs.workspace, 'installed');
    expect(run.outputs['verify-disks']?.split('\n').sort()).toEqual(['data', 'logs', 'os'].map((id) => path.join(installed, `${id}.qcow2`)));
    // The OS disk: a GPT with the ESP, which holds the host name Trident was given.
    const os = raw(path.join(installed, 'os.qcow2'));
    const table = JSON.parse(execFileSync('sfdisk', ['--json', os], { encoding: 'utf8' })) as {
      partitiontable: { label: string; partitions: { type: string; start: number }[] };
    };
    expect(table.partitiontable.label).toBe('gpt');
    expect(table.partitiontable.partitions.map((p) => p.type)).toEqual(['C12A7328-F81F-11D2-BA4B-00A0C93EC93B']);
    const offset = (table.partitiontable.partitions[0]?.start ?? 0) * 512;
    expect(execFileSync('mtype', ['-i', `${os}@@${offset}`, '::/hostname'], { encoding: 'utf8' }).trim()).toBe('node-7.lab.example');
    // Each data disk got its own marker: the paths led to the disks the host config meant.
    for (const id of ['data', 'logs']) {
      const head = Buffer.alloc(64);
      const fd = openSync(raw(path.join(installed, `${id}.qcow2`)), 'r');
      readSync(fd, head, 0, 64, 0);
      closeSync(fd);
      expect(head.toString('latin1'), id).toMatch(new RegExp(`^trident-iso verify fixture: data disk ${id}\\n`));
    }
    // The installed OS's prompt, not the live OS's, ended it; the log has both.
    const log = readFileSync(run.outputs['verify-serial-log'] ?? '', 'utf8');
    expect(log).toMatch(/installer-iso-mos login: [^]*reboot: Restarting system[^]*node-7 login: /);
    expect(vmsUsing(dirs.workspace)).toEqual([]);
    expect(existsSync(run.state['work-dir'] ?? '')).toBe(false);
  });

  it('boot: `trident-iso verify --verify boot` on an ISO built elsewhere', async () => {
    const dir = makeTempDir('e2e-verify-cli-');
    const iso = path.join(dir, 'built-elsewhere.iso');
    copyFileSync(await fixture.iso({ mode: 'install', hostname: 'node-7', disks: [{ id: 'os', device: '/dev/sda', role: 'os' }] }), iso);
    const cli = spawnSync(NODE24, [path.join(REPO, 'bin', 'trident-iso.js'), 'verify', '--iso', iso, '--verify', 'boot', '--verify-memory', '512'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 6 * 60_000,
    });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^verify-result: passed$/m);
    const boot = /^verify-boot-seconds: (\S+)$/m.exec(cli.stdout)?.[1] ?? '';
    record('boot (CLI)', { 'verify-boot-seconds': boot });
    expect(readFileSync(path.join(dir, 'built-elsewhere.serial.log'), 'utf8')).toContain('Starting trident-install.service');
    expect(vmsUsing(iso)).toEqual([]);
  });

  it('an installer failure fails the step naming verify, with the serial tail; nothing is left', async () => {
    const disks: InstallerConfig['disks'] = [{ id: 'os', device: '/dev/sda', role: 'os' }];
    const iso = await fixture.iso({ mode: 'fail', hostname: 'node-7', disks });
    const { dirs, env } = vmRunner('fail');
    writeFileSync(path.join(dirs.workspace, 'host-config.yaml'), hostConfig(disks, 'node-7'));
    const run = await runAction(dirs, {
      mode: 'dist',
      // Bounded, so that a verification that missed the failure ends in time to say so.
      inputs: { 'host-config': 'host-config.yaml', verify: 'install', 'verify-memory': '512', 'verify-timeout': '3m', upload: 'false' },
      env: { ...env, STANDIN_RUN_ISO: iso },
    });
    record('install, installer fails', run.outputs);
    expect(run.main.exitCode).toBe(1);
    const error = run.main.errors.at(-1);
    expect(error?.title).toBe('Verify install failed');
    expect(error?.message).toMatch(
      /^Verify install failed: the serial console showed a failure during the installation: ".*Trident failed due to a servicing error"/,
    );
    expect(error?.message).toMatch(
      /Last lines of the serial log \(.*installer\.serial\.log\):\n[^]*Starting trident-install\.service[^]*Trident failed/,
    );
    expect(run.summary).toContain('### Verified in a VM: install **failed**');
    expect(vmsUsing(dirs.workspace)).toEqual([]);
    expect(existsSync(run.state['work-dir'] ?? '')).toBe(false);
  });

  it('a hang: verify-timeout ends it and QEMU is gone', async () => {
    const dir = makeTempDir('e2e-verify-hang-');
    const iso = path.join(dir, 'hangs.iso');
    const disks: InstallerConfig['disks'] = [{ id: 'os', device: '/dev/sda', role: 'os' }];
    copyFileSync(await fixture.iso({ mode: 'hang', hostname: 'node-7', disks }), iso);
    writeFileSync(path.join(dir, 'hc.yaml'), hostConfig(disks, 'node-7'));
    const started = Date.now();
    const cli = spawnSync(
      NODE24,
      [
        path.join(REPO, 'bin', 'trident-iso.js'),
        'verify',
        '--iso',
        iso,
        '--host-config',
        'hc.yaml',
        '--verify-memory',
        '512',
        '--verify-timeout',
        '15s',
      ],
      { cwd: dir, encoding: 'utf8', timeout: 6 * 60_000 },
    );
    timings.push(`hang: ended after ${((Date.now() - started) / 1000).toFixed(1)} s (verify-timeout 15s)`);
    expect(cli.status, cli.stdout + cli.stderr).toBe(1);
    expect(cli.stderr).toMatch(/verify-timeout \(15 s\) passed while waiting for (the installer to reboot|Trident to start)/);
    expect(vmsUsing(iso)).toEqual([]);
  });

  it('a disk path the VM cannot provide: refused before the build, no VM started', async () => {
    const { dirs, env, log } = vmRunner('refused');
    writeFileSync(path.join(dirs.workspace, 'host-config.yaml'), hostConfig([{ id: 'os', device: '/dev/nvme0n1', role: 'os' }], 'node-7'));
    const run = await runAction(dirs, { mode: 'dist', inputs: { 'host-config': 'host-config.yaml', verify: 'install' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toContainEqual(
      expect.objectContaining({
        title: "Input 'host-config'",
        message: expect.stringMatching(/\/dev\/nvme0n1: it is not a path the VM can provide/),
      }),
    );
    expect(readCalls(log, 'docker').map(subcommand)).not.toContain('run');
    expect(existsSync(path.join(dirs.workspace, 'installer.serial.log'))).toBe(false);
    console.log(timings.join('\n'));
  });
});
