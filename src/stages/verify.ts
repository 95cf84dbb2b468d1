// Stage 6 (with `verify`): the ISO in a VM. Boot: the live OS comes up from
// the ISO and Trident starts. Install: Trident installs onto blank disks
// attached where the host config says, and reboots (-no-reboot turns the
// reboot into QEMU's exit). First boot: the disks boot again, without the
// ISO and with the same UEFI variables (Trident sets BootNext there), until
// the installed OS's login prompt. Each phase is a stage of its own (the
// gantt chart shows them); the serial console is read as it arrives; a
// failure pattern, an unexpected end of the VM or the timeout fails it. QEMU
// is stopped and the disks removed however it ends.
import { randomUUID } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { appendFile, copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LeftoverTracker } from '../run/leftovers.js';
import { StageError, type StageLog, type Stages } from '../run/stages.js';
import type { WorkDir } from '../run/workdir.js';
import type { Runtime } from '../runtime.js';
import type { Exec } from '../tools/exec.js';
import { kvmOpens, runVm, type VmEnd } from '../tools/qemu.js';
import { POWER_OFF_PATTERN, REBOOT_PATTERN } from '../verify/patterns.js';
import { diskCreateArgv, qemuArgv } from '../verify/qemu-argv.js';
import { TAIL_LINES, VerifyError, type PhaseName, type PhaseReport, type VerifyReport } from '../verify/report.js';
import { SerialWatcher, type Match } from '../verify/watcher.js';
import { chooseAccelerator, keptDiskName, vmFiles, vmSpec, type VerifyPlan } from './verify-plan.js';

export interface VerifyContext {
  readonly rt: Runtime;
  readonly exec: Exec;
  readonly work: WorkDir;
  readonly leftovers: LeftoverTracker;
}

/** QEMU's own words that KVM cannot run this VM (it then stops or aborts before the firmware prints anything). */
const KVM_BROKEN = /KVM internal error|kvm_[a-z_]+: Assertion|failed to initialize kvm|Could not access KVM kernel module|KVM is not supported/i;

/** A promise with its resolve at hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** One QEMU run as the phases see it: the patterns it matched (when), and its end. */
interface RunHandle {
  startedAt: number;
  matched: (name: string) => Promise<{ match: Match; at: number }>;
  /** Found or not, as soon as it is known. */
  seen: (name: string) => boolean;
  ended: Promise<{ end: VmEnd; at: number }>;
  kvmBroken: () => boolean;
}

export interface VerifyOutcome {
  report: VerifyReport;
  /** The phase's failure (a StageError around a VerifyError), rethrown once the serial log is uploaded. */
  failure?: StageError;
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** Runs the phases; never throws for what the VM did (that is `failure`), only when cancelled or on an internal error. */
export async function verifyInVm(stages: Stages, ctx: VerifyContext, plan: VerifyPlan, iso: string): Promise<VerifyOutcome> {
  const { rt, exec, work, leftovers } = ctx;
  const tools = plan.tools;
  if (!tools) throw new Error('verifyInVm: the VM tools were not found before the build');
  const { options } = plan;
  const files = vmFiles(work, plan);
  const name = `trident-iso-vm-${randomUUID().slice(0, 12)}`;
  const choice = chooseAccelerator(options.accelerator, await kvmOpens());
  let accelerator = choice.first;
  const slow = () =>
    rt.warning({
      message:
        'verify runs the VM without KVM (TCG emulation): many times slower. On GitHub-hosted runners, give the job access to /dev/kvm (README: "Verify in a VM"), or raise verify-timeout.',
    });
  if (accelerator === 'tcg' && options.accelerator === 'auto') slow();

  const watcher = new SerialWatcher([], TAIL_LINES * 4);
  const regex = {
    boot: new RegExp(options.bootPattern),
    failure: new RegExp(options.failurePattern),
    login: new RegExp(plan.login),
    reboot: new RegExp(REBOOT_PATTERN),
    powerOff: new RegExp(POWER_OFF_PATTERN),
  };
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const phases: PhaseReport[] = [];
  const keptDisks: string[] = [];
  let log: StageLog = () => undefined;
  const stopAll = new AbortController();
  const runs: Promise<unknown>[] = [];
  let offset = 0;

  const start = (withIso: boolean, watch: readonly (keyof typeof regex)[], stopOn: readonly string[]): RunHandle => {
    watcher.watch(watch.map((n) => ({ name: n, regex: regex[n] })));
    const found = new Map<string, { match: Match; at: number }>();
    const waiting = new Map<string, ReturnType<typeof deferred<{ match: Match; at: number }>>>();
    const waiter = (n: string) => {
      let d = waiting.get(n);
      if (!d) waiting.set(n, (d = deferred()));
      const hit = found.get(n);
      if (hit) d.resolve(hit);
      return d;
    };
    let serialBytes = 0;
    let kvmBroken = false;
    const startedAt = Date.now();
    const ended = runVm(exec, qemuArgv(vmSpec(plan, name, accelerator, files, withIso ? iso : undefined)), {
      serialLog: plan.serialLog,
      from: offset,
      deadline,
      signal: AbortSignal.any([rt.signal, stopAll.signal]),
      onStart: (pid) => leftovers.track({ vm: { pid, name } }),
      onQemuLine: (line) => {
        log(`qemu: ${line}`);
        if (accelerator === 'kvm' && serialBytes === 0 && KVM_BROKEN.test(line)) {
          kvmBroken = true;
          return 'stop';
        }
        return undefined;
      },
      onSerial: (chunk) => {
        serialBytes += chunk.length;
        const { lines, matches } = watcher.push(chunk);
        for (const line of lines) log(`  | ${line}`);
        let said: 'stop' | 'finish' | undefined;
        for (const m of matches) {
          if (found.has(m.name)) continue;
          const hit = { match: m, at: Date.now() };
          found.set(m.name, hit);
          waiter(m.name).resolve(hit);
          // After a failure line the VM runs on until its console is quiet (1 s, 3 s at most): Trident prints its error's context after the header
          // (microsoft/trident crates/trident_api/src/error.rs, impl Debug for TridentError), and the serial log's tail should hold it.
          if (stopOn.includes(m.name)) said = m.name === 'failure' ? (said ?? 'finish') : 'stop';
        }
        return said;
      },
    }).then(
      ({ end, offset: reached }) => {
        offset = reached;
        leftovers.vmEnded();
        const rest = watcher.end();
        for (const line of rest.lines) log(`  | ${line}`);
        for (const m of rest.matches) if (!found.has(m.name)) found.set(m.name, { match: m, at: Date.now() });
        if (end.kind === 'exited' && end.code !== 0 && accelerator === 'kvm' && serialBytes === 0) kvmBroken = true;
        return { end, at: Date.now() };
      },
      (error: unknown) => {
        leftovers.vmEnded();
        throw error;
      },
    );
    runs.push(ended.catch(() => undefined));
    return {
      startedAt,
      matched: (n) => waiter(n).promise,
      seen: (n) => found.has(n),
      ended,
      kvmBroken: () => kvmBroken,
    };
  };

  /** The first of: the named patterns matching, the run ending. */
  const first = async (run: RunHandle, names: readonly string[]) =>
    Promise.race([
      ...names.map((n) => run.matched(n).then((hit) => ({ kind: 'match' as const, name: n, ...hit }))),
      run.ended.then((e) => ({ kind: 'end' as const, ...e })),
    ]);

  const endReason = (end: VmEnd, waitingFor: string): { reason: string; timedOut: boolean } => {
    if (end.kind === 'timeout')
      return { reason: `verify-timeout (${options.timeoutSeconds} s) passed while waiting for ${waitingFor}`, timedOut: true };
    if (end.kind === 'exited') {
      const qemuSaid = end.code !== 0 && end.lastLines.length > 0 ? `; QEMU said: ${end.lastLines.slice(-5).join(' / ')}` : '';
      return { reason: `the VM ended (QEMU exit code ${end.code}) while waiting for ${waitingFor}${qemuSaid}`, timedOut: false };
    }
    return { reason: `the VM was stopped while waiting for ${waitingFor}`, timedOut: false };
  };

  const fail = (phase: PhaseName, since: number, reason: string, timedOut = false): never => {
    phases.push({ name: phase, seconds: seconds(Date.now() - since), outcome: 'failed' });
    throw new VerifyError(report(timedOut ? 'timed-out' : 'failed', reason));
  };
  const report = (result: VerifyReport['result'], reason?: string): VerifyReport => ({
    mode: options.mode,
    result,
    phases: [...phases],
    ...(reason ? { reason } : {}),
    serialLog: plan.serialLog,
    tail: watcher.tail(TAIL_LINES),
    accelerator,
    keptDisks: [...keptDisks],
  });

  const phase = <T>(title: string, body: () => Promise<T>) =>
    stages.run(title, undefined, async (_ctx, stageLog) => {
      log = stageLog;
      try {
        return await body();
      } finally {
        log = () => undefined;
      }
    });

  try {
    // ---- boot: the live OS from the ISO until Trident starts.
    const installer = await phase('Verify boot', async () => {
      await mkdir(files.dir, { recursive: true });
      await copyFile(tools.firmwareVars, files.vars);
      for (const d of plan.disks?.disks ?? [])
        await exec.runChecked(diskCreateArgv(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes), { signal: rt.signal });
      await writeFile(plan.serialLog, '', { flag: 'wx' });
      log(`Serial console (also in ${plan.serialLog}), ${accelerator === 'kvm' ? 'KVM' : 'TCG'}:`);
      const watch = ['boot', 'failure', ...(options.mode === 'install' ? (['reboot', 'powerOff'] as const) : [])] as const;
      const stopOn = options.mode === 'boot' ? ['boot', 'failure'] : ['failure'];
      for (;;) {
        const run = start(true, watch, stopOn);
        const got = await first(run, ['boot', 'failure']);
        if (got.kind === 'end' && choice.fallback && accelerator === 'kvm' && run.kvmBroken()) {
          rt.warning({
            message: 'KVM could not run the VM here (QEMU reported a KVM failure before the firmware started); verify starts it again with TCG.',
          });
          slow();
          accelerator = 'tcg';
          await copyFile(tools.firmwareVars, files.vars);
          await appendFile(plan.serialLog, '\n===== trident-iso-action: KVM failed, the VM starts again with TCG =====\n');
          continue;
        }
        if (got.kind === 'match' && got.name === 'boot') {
          phases.push({ name: 'boot', seconds: seconds(got.at - run.startedAt), outcome: 'passed' });
          return { run, bootAt: got.at };
        }
        if (got.kind === 'match') {
          await run.ended;
          fail('boot', run.startedAt, `the serial console showed a failure before Trident started: "${got.match.line}" (verify-failure-pattern)`);
        } else {
          const { reason, timedOut } = endReason((got as { end: VmEnd }).end, 'Trident to start (verify-boot-pattern)');
          fail('boot', run.startedAt, reason, timedOut);
        }
      }
    });

    if (options.mode === 'boot') {
      await installer.run.ended;
      return { report: report('passed') };
    }

    // ---- install: Trident installs, then reboots (QEMU exits).
    await phase('Verify install', async () => {
      const { run, bootAt } = installer;
      const got = await first(run, ['failure']);
      if (got.kind === 'match') {
        await run.ended;
        return fail('install', bootAt, `the serial console showed a failure during the installation: "${got.match.line}" (verify-failure-pattern)`);
      }
      const { end, at } = got as { end: VmEnd; at: number };
      if (end.kind !== 'exited' || end.code !== 0) {
        const { reason, timedOut } = endReason(end, 'the installer to reboot');
        return fail('install', bootAt, reason, timedOut);
      }
      if (run.seen('powerOff')) return fail('install', bootAt, 'the live OS powered off instead of rebooting into the installed OS');
      if (!run.seen('reboot')) return fail('install', bootAt, "the VM ended without the kernel's reboot message (reboot: Restarting system)");
      phases.push({ name: 'install', seconds: seconds(at - bootAt), outcome: 'passed' });
    });

    // ---- first boot: the disks alone, with the UEFI variables the installer left, until the login prompt.
    await phase('Verify first boot', async () => {
      await appendFile(plan.serialLog, '\n===== trident-iso-action: the installed disks boot, without the ISO =====\n');
      log(`Login pattern: /${plan.login}/`);
      const run = start(false, ['login', 'failure'], ['login', 'failure']);
      const got = await first(run, ['login', 'failure']);
      if (got.kind === 'match' && got.name === 'login') {
        phases.push({ name: 'first boot', seconds: seconds(got.at - run.startedAt), outcome: 'passed' });
        await run.ended;
        return;
      }
      if (got.kind === 'match') {
        await run.ended;
        return fail('first boot', run.startedAt, `the installed OS's console showed a failure: "${got.match.line}" (verify-failure-pattern)`);
      }
      const { reason, timedOut } = endReason((got as { end: VmEnd }).end, `the installed OS's login prompt (verify-login-pattern /${plan.login}/)`);
      return fail('first boot', run.startedAt, reason, timedOut);
    });

    if (options.diskDir) keptDisks.push(...(await keepDisks(plan, files.diskFiles, options.diskDir)));
    return { report: report('passed') };
  } catch (error) {
    if (error instanceof StageError && error.cause instanceof VerifyError) return { report: error.cause.report, failure: error };
    throw error;
  } finally {
    // However it ended: no VM left running, no disk left behind.
    stopAll.abort();
    await Promise.all(runs);
    await rm(files.dir, { recursive: true, force: true });
  }
}

/** Moves the installed disks into verify-disk-dir (never over a file); returns their paths. */
async function keepDisks(plan: VerifyPlan, diskFiles: ReadonlyMap<string, string>, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const kept: string[] = [];
  for (const d of plan.disks?.disks.filter((x) => !x.filler) ?? []) {
    const from = diskFiles.get(d.id);
    if (!from) continue;
    const to = path.join(dir, keptDiskName(d.id));
    // A hard link fails on an existing file; across filesystems, an exclusive copy.
    await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
      await copyFile(from, to, fsConstants.COPYFILE_EXCL);
    });
    kept.push(to);
  }
  return kept;
}
