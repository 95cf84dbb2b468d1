// QEMU on the runner: finding it and the OVMF firmware, KVM, blank disks, and
// running a VM while its serial log is read as it grows. What the serial
// console means is the caller's (verify/); this module only moves bytes and
// processes.
import { constants } from 'node:fs';
import path from 'node:path';
import { abortError } from './abortable.js';
import { procStat, type Exec, type StepEnv } from './exec.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface VmTools {
  qemu: string;
  qemuImg: string;
  firmwareCode: string;
  /** The firmware's empty variable store, copied for each VM. */
  firmwareVars: string;
}

/**
 * OVMF code and variable store pairs, the 4 MiB build first (the only one on
 * Ubuntu 24.04; Debian and Ubuntu's `ovmf`), then the 2 MiB one (older
 * Debian/Ubuntu), Fedora's edk2-ovmf and Arch's edk2-ovmf. Secure Boot
 * builds are left out: they refuse an unsigned loader.
 */
export const OVMF_CANDIDATES: readonly (readonly [code: string, vars: string])[] = [
  ['/usr/share/OVMF/OVMF_CODE_4M.fd', '/usr/share/OVMF/OVMF_VARS_4M.fd'],
  ['/usr/share/OVMF/OVMF_CODE.fd', '/usr/share/OVMF/OVMF_VARS.fd'],
  ['/usr/share/edk2/ovmf/OVMF_CODE.fd', '/usr/share/edk2/ovmf/OVMF_VARS.fd'],
  ['/usr/share/edk2/x64/OVMF_CODE.4m.fd', '/usr/share/edk2/x64/OVMF_VARS.4m.fd'],
];

/** How to get what is missing, for the error message. */
export const INSTALL_HINT =
  "On Debian or Ubuntu (GitHub-hosted ubuntu runners included): sudo apt-get install -y qemu-system-x86 qemu-utils ovmf. Firmware elsewhere: set OVMF_CODE and OVMF_VARS in the step's env to its code and variable store files.";

async function readable(file: string): Promise<boolean> {
  return fs()
    .access(file, constants.R_OK)
    .then(
      () => true,
      () => false,
    );
}

async function onPath(name: string, env: StepEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (
      await fs()
        .access(file, constants.X_OK)
        .then(
          () => true,
          () => false,
        )
    )
      return file;
  }
  return undefined;
}

/** QEMU, qemu-img and an OVMF pair (OVMF_CODE and OVMF_VARS in env first), or what is missing. */
export async function findVmTools(env: StepEnv): Promise<VmTools | { missing: string[] }> {
  const missing: string[] = [];
  const qemu = await onPath('qemu-system-x86_64', env);
  if (!qemu) missing.push('qemu-system-x86_64 (package qemu-system-x86)');
  const qemuImg = await onPath('qemu-img', env);
  if (!qemuImg) missing.push('qemu-img (package qemu-utils)');
  let firmware: readonly [string, string] | undefined;
  if (env.OVMF_CODE || env.OVMF_VARS) {
    const pair = [env.OVMF_CODE ?? '', env.OVMF_VARS ?? ''] as const;
    if ((await readable(pair[0])) && (await readable(pair[1]))) firmware = pair;
    else missing.push(`the firmware files OVMF_CODE='${pair[0]}' and OVMF_VARS='${pair[1]}' (both must be readable)`);
  } else {
    for (const pair of OVMF_CANDIDATES) {
      if ((await readable(pair[0])) && (await readable(pair[1]))) {
        firmware = pair;
        break;
      }
    }
    if (!firmware) missing.push(`OVMF UEFI firmware (package ovmf; looked for ${OVMF_CANDIDATES.map(([code]) => code).join(', ')})`);
  }
  if (!qemu || !qemuImg || !firmware) return { missing };
  return { qemu, qemuImg, firmwareCode: firmware[0], firmwareVars: firmware[1] };
}

/** Whether this process may open /dev/kvm for reading and writing (GitHub's hosted Linux runners: after the udev rule in README). */
export async function kvmOpens(device = '/dev/kvm'): Promise<boolean> {
  return fs()
    .access(device, constants.R_OK | constants.W_OK)
    .then(
      () => true,
      () => false,
    );
}

/** A blank qcow2 disk: sparse, it takes space only as the guest writes. */
export async function createDisk(exec: Exec, argv: readonly string[], signal: AbortSignal): Promise<void> {
  await exec.runChecked(argv, { signal });
}

export interface VmRunOptions {
  /** The file QEMU appends the serial console to. */
  serialLog: string;
  /** Where in it this run's output starts (an earlier run's output comes before). */
  from: number;
  /**
   * Each piece of the serial console as it arrives; 'stop' ends the VM, 'finish' ends it once its console has
   * been quiet for quietMs, or after finishMs at the latest (what it prints meanwhile is still read).
   */
  onSerial: (chunk: Buffer) => 'stop' | 'finish' | undefined;
  /** How long a VM asked to finish runs on at most (default 3 s). */
  finishMs?: number;
  /** How long a console asked to finish may stay quiet before the VM is stopped (default 1 s). */
  quietMs?: number;
  /** Each line QEMU itself prints (its errors); 'stop' ends the VM. */
  onQemuLine?: (line: string) => 'stop' | undefined;
  /** When the VM is given up (epoch ms). */
  deadline: number;
  /** The run's signal: aborting it ends the VM and the call rejects. */
  signal: AbortSignal;
  /** QEMU's pid once it runs, for the post step in case this process dies first. */
  onStart?: (pid: number) => void;
  pollMs?: number;
}

export type VmEnd =
  /** onSerial or onQemuLine said stop: the VM was stopped. */
  | { kind: 'stopped' }
  /** QEMU ended by itself (with -no-reboot, also when the guest reboots). */
  | { kind: 'exited'; code: number; lastLines: readonly string[] }
  | { kind: 'timeout' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs QEMU (argv) and reads the serial log as it grows until the VM ends,
 * a callback says stop, or the deadline passes; then QEMU (its process
 * group) is stopped and the call settles only when it has ended. Resolves
 * with how it ended and the byte offset the log reached.
 */
export async function runVm(exec: Exec, argv: readonly string[], o: VmRunOptions): Promise<{ end: VmEnd; offset: number }> {
  const own = new AbortController();
  const signal = AbortSignal.any([o.signal, own.signal]);
  let wanted: 'stop' | 'timeout' | undefined;
  const stopWith = (why: 'stop' | 'timeout') => {
    wanted ??= why;
    own.abort();
  };
  let stopAt: number | undefined;
  let lastOutputAt = Date.now();
  let exited: { code: number; lastLines: readonly string[] } | undefined;
  const running = exec
    .run(argv, {
      signal,
      onSpawn: (pid) => o.onStart?.(pid),
      onLine: (line) => {
        if (o.onQemuLine?.(line) === 'stop') stopWith('stop');
      },
    })
    .then(
      (result) => {
        exited = { code: result.exitCode, lastLines: result.tail };
      },
      (error: unknown) => {
        // Our own stop is how this ends; the run's cancellation, or a QEMU that would not start, is not.
        if (!own.signal.aborted || o.signal.aborted) throw error;
      },
    );
  let ended = false;
  const done = running.finally(() => (ended = true));
  done.catch(() => undefined);

  let offset = o.from;
  const buffer = Buffer.alloc(64 * 1024);
  const drain = async () => {
    const handle = await fs()
      .open(o.serialLog, 'r')
      .catch(() => undefined);
    if (!handle) return;
    try {
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        if (bytesRead === 0) return;
        offset += bytesRead;
        lastOutputAt = Date.now();
        const said = o.onSerial(Buffer.from(buffer.subarray(0, bytesRead)));
        if (said === 'stop') stopWith('stop');
        else if (said === 'finish') stopAt ??= Date.now() + (o.finishMs ?? 3000);
      }
    } finally {
      await handle.close();
    }
  };

  while (!ended) {
    await drain();
    if (wanted === undefined && Date.now() >= o.deadline) stopWith('timeout');
    // A failing program prints its error's context in one burst: once the console is quiet, it has said it.
    if (wanted === undefined && stopAt !== undefined && (Date.now() >= stopAt || Date.now() - lastOutputAt >= (o.quietMs ?? 1000))) stopWith('stop');
    await Promise.race([done.catch(() => undefined), sleep(o.pollMs ?? 100)]);
  }
  await done; // rethrows the run's cancellation or a start failure
  if (o.signal.aborted) throw abortError(o.signal);
  // What QEMU wrote last (the rest of a line that matched, its last words).
  await drain();
  if (wanted === 'timeout') return { end: { kind: 'timeout' }, offset };
  if (wanted === 'stop') return { end: { kind: 'stopped' }, offset };
  return { end: { kind: 'exited', code: exited?.code ?? 1, lastLines: exited?.lastLines ?? [] }, offset };
}

/**
 * Stops a VM that outlived its step (the step was killed before it could):
 * only a process whose command line still holds the VM's unique name, so a
 * recycled pid is never touched. SIGTERM to its process group, SIGKILL after
 * graceMs. Returns whether it found one.
 */
export async function stopLeftoverVm(pid: number, name: string, graceMs = 5_000): Promise<boolean> {
  const alive = async () => {
    const cmdline = await fs()
      .readFile(`/proc/${pid}/cmdline`, 'utf8')
      .catch(() => '');
    const stat = await procStat(pid);
    return stat !== undefined && stat.state !== 'Z' && cmdline.split('\0').includes(name);
  };
  if (!(await alive())) return false;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // gone
      }
    }
  };
  signalGroup('SIGTERM');
  for (let waited = 0; waited < graceMs; waited += 100) {
    if (!(await alive())) return true;
    await sleep(100);
  }
  signalGroup('SIGKILL');
  return true;
}
