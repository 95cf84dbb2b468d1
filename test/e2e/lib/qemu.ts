// The suite's own VM harness (the independent check of the stand-ins' ISOs
// and of the disks Trident writes; the action will have its own in src/):
// QEMU q35 with OVMF (OVMF_CODE_4M.fd read-only, a per-VM copy of
// OVMF_VARS_4M.fd), the ISO as a SATA CD-ROM on the ICH9 AHCI controller
// (00:1f.2), qcow2 disks on AHCI ports or virtio-blk slots, the serial
// console logged to a file, `-no-reboot` (a guest reboot ends QEMU: boot the
// disk in a second run without the CD). TCG unless E2E_QEMU_ACCEL says
// otherwise (these machines have no usable KVM; GitHub's runners do).
// Trident's own VM test of its ISO (.pipelines/templates/stages/azl_installer/
// in microsoft/trident) uses the same machine type, firmware and bus layout.
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec, sleep } from './proc.js';

export const OVMF_CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
export const OVMF_VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd';

/** A disk: on AHCI port `port` (QEMU bus ide.<port>; Linux ata<port+1>), or virtio-blk at PCI slot `slot`. */
export type VmDisk = { file: string; bus: 'sata'; port: number; serial?: string } | { file: string; bus: 'virtio'; slot: number; serial?: string };

export interface VmOptions {
  /** Directory for the serial log (and the VARS copy when `vars` is not given). */
  dir: string;
  name: string;
  /** The ISO, as a SATA CD-ROM on AHCI port cdPort (default 0), booted first. */
  iso?: string;
  cdPort?: number;
  disks?: VmDisk[];
  /** The UEFI variable store of this VM (copied from OVMF_VARS_4M.fd when missing); keep it across the boots of one machine. */
  vars?: string;
  memoryMiB?: number;
  cpus?: number;
  /** Success: the serial log (ANSI escapes included) matches. */
  until: RegExp;
  /** Failure markers that end the run at once. */
  failOn?: RegExp[];
  timeoutMs: number;
}

export interface VmResult {
  outcome: 'matched' | 'failed' | 'exited' | 'timeout';
  /** Seconds from QEMU's start to the outcome. */
  seconds: number;
  serial: string;
  serialLog: string;
  /** The failure marker that matched. */
  failure?: string;
  argv: string[];
}

/** Ends firmware, loader or kernel failures quickly instead of waiting for the timeout. */
export const DEFAULT_FAIL_ON = [/No bootable option/, /Access Denied/, /Kernel panic/, /Could not boot/];

export function qemuArgv(o: VmOptions, serialLog: string, vars: string): string[] {
  const accel = process.env.E2E_QEMU_ACCEL ?? 'tcg';
  const argv = [
    'qemu-system-x86_64',
    '-name',
    o.name,
    '-machine',
    'q35',
    '-accel',
    accel,
    '-m',
    String(o.memoryMiB ?? 1024),
    // One vCPU: under TCG on a small, busy host two vCPU threads were slower, and one starved while the
    // other spun on a lock it held (a guest soft lockup in the loop driver, about 1 boot in 12 under load).
    '-smp',
    String(o.cpus ?? 1),
    '-display',
    'none',
    '-monitor',
    'none',
    '-nic',
    'none',
    '-no-reboot',
    '-drive',
    `if=pflash,format=raw,readonly=on,file=${OVMF_CODE}`,
    '-drive',
    `if=pflash,format=raw,file=${vars}`,
    '-serial',
    `file:${serialLog}`,
  ];
  (o.disks ?? []).forEach((d, i) => {
    argv.push('-drive', `if=none,id=disk${i},format=qcow2,file=${d.file}`);
    // bootindex after the CD: with the CD gone, the firmware boots the disk's EFI/BOOT/BOOTX64.EFI (the stand-in
    // Trident sets no BootNext entry, unlike the real one).
    const extra = `${d.serial ? `,serial=${d.serial}` : ''},bootindex=${i + 1}`;
    if (d.bus === 'sata') argv.push('-device', `ide-hd,drive=disk${i},bus=ide.${d.port}${extra}`);
    else argv.push('-device', `virtio-blk-pci,drive=disk${i},addr=0x${d.slot.toString(16)}${extra}`);
  });
  if (o.iso) {
    argv.push('-drive', `if=none,id=cd,media=cdrom,readonly=on,format=raw,file=${o.iso}`);
    argv.push('-device', `ide-cd,drive=cd,bus=ide.${o.cdPort ?? 0},bootindex=0`);
  }
  return argv;
}

/** Boots a VM until the serial log matches `until`, a failure marker, QEMU's exit, or the timeout; QEMU is always gone after. */
export async function runVm(o: VmOptions): Promise<VmResult> {
  mkdirSync(o.dir, { recursive: true });
  const serialLog = path.join(o.dir, `${o.name}.serial.log`);
  writeFileSync(serialLog, '');
  const vars = o.vars ?? path.join(o.dir, `${o.name}.vars.fd`);
  if (!existsSync(vars)) copyFileSync(OVMF_VARS, vars);
  const argv = qemuArgv(o, serialLog, vars);
  const [cmd, ...args] = argv;
  const started = Date.now();
  const child = spawn(cmd!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  child.once('error', () => {
    exited = true;
  });
  const failOn = o.failOn ?? DEFAULT_FAIL_ON;
  let outcome: VmResult['outcome'] = 'timeout';
  let failure: string | undefined;
  let serial = '';
  try {
    for (;;) {
      serial = readFileSync(serialLog, 'latin1');
      if (o.until.test(serial)) {
        outcome = 'matched';
        break;
      }
      const f = failOn.find((re) => re.test(serial));
      if (f) {
        outcome = 'failed';
        failure = f.source;
        break;
      }
      if (exited) {
        outcome = 'exited';
        break;
      }
      if (Date.now() - started > o.timeoutMs) break;
      await sleep(250);
    }
  } finally {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exitedPromise, sleep(5000)]);
      if (!exited) {
        child.kill('SIGKILL');
        await Promise.race([exitedPromise, sleep(5000)]);
      }
    }
  }
  serial = readFileSync(serialLog, 'latin1');
  const seconds = (Date.now() - started) / 1000;
  if (outcome === 'exited' && o.until.test(serial)) outcome = 'matched';
  if (stderr.trim()) writeFileSync(path.join(o.dir, `${o.name}.qemu.stderr`), stderr);
  // One line per boot for the suite's closing summary (global-setup.ts prints the file at teardown).
  if (process.env.E2E_VM_TIMINGS)
    appendFileSync(process.env.E2E_VM_TIMINGS, `${o.name}${o.iso ? ' (ISO)' : ' (disk)'}: ${outcome} after ${seconds.toFixed(1)} s\n`);
  return { outcome, seconds, serial, serialLog, argv, ...(failure ? { failure } : {}) };
}

/** A blank qcow2 disk image. */
export async function createDisk(file: string, size: string): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  await exec(['qemu-img', 'create', '-q', '-f', 'qcow2', file, size]);
  return file;
}

/** The serial log without ANSI escapes and carriage returns (for messages and matching text). */
export function plainSerial(serial: string): string {
  // eslint-disable-next-line no-control-regex
  return serial.replace(/\x1b\[[0-9;?=]*[A-Za-z]/g, '').replace(/\r/g, '');
}

/** The last lines of a serial log, plain (for assertion messages). */
export function serialTail(serial: string, lines = 40): string {
  return plainSerial(serial)
    .split('\n')
    .filter((l) => l.trim())
    .slice(-lines)
    .join('\n');
}

/**
 * QEMU processes alive now (zombies excluded) whose command line contains
 * `text` (a path only one scenario uses): what a verification left running.
 */
export function qemuProcessesNaming(text: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.startsWith('qemu-system') && !cmdline.includes('/qemu-system')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (cmdline.includes(text) && state !== 'Z') found.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
