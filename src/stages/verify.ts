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
import { appendFile, copyFile, link, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../context/errors.js';
import type { InputName, VerifyOptions } from '../context/input-types.js';
import { readInputText } from '../context/limits.js';
import { isMapping } from '../context/yaml.js';
import { readUserConfig } from '../customizer/files.js';
import { HOST_CONFIG_DESTINATION } from '../customizer/config.js';
import type { LeftoverTracker } from '../run/leftovers.js';
import { StageError, type StageLog, type Stages } from '../run/stages.js';
import type { WorkDir } from '../run/workdir.js';
import type { Runtime } from '../runtime.js';
import type { Exec, StepEnv } from '../tools/exec.js';
import { pathExists } from '../tools/fs.js';
import { findVmTools, INSTALL_HINT, kvmOpens, runVm, type VmEnd, type VmTools } from '../tools/qemu.js';
import { HostConfigError } from '../trident/problems.js';
import { locatePointer, parseHostConfig } from '../trident/host-config.js';
import { planDisks, type DiskPlan } from '../verify/disks.js';
import { loginPattern, POWER_OFF_PATTERN, REBOOT_PATTERN } from '../verify/patterns.js';
import { diskCreateArgv, qemuArgv, type Accelerator, type VmSpec } from '../verify/qemu-argv.js';
import { TAIL_LINES, VerifyError, type PhaseName, type PhaseReport, type VerifyReport } from '../verify/report.js';
import { SerialWatcher, type Match } from '../verify/watcher.js';

export interface VerifyPlan {
  options: VerifyOptions;
  /** Undefined only in validate-only, when they are not installed. */
  tools?: VmTools;
  /** verify: install: the disks, where the host config wants them. */
  disks?: DiskPlan;
  /** The installed OS's host name (os.hostname), if the host config sets one. */
  hostname?: string;
  /** The login pattern with {hostname} filled in. */
  login: string;
  serialLog: string;
}

/** Where the host config and the files a verification writes are, and the input to blame for each. */
export interface VerifySources {
  /** The host config the ISO carries (needed for install). */
  hostConfig?: string;
  /** The input that names it: host-config, or config (whose os.additionalFiles hold it). */
  hostConfigInput: InputName;
  serialLog: string;
  /** The input that decides the serial log's name (output; verify for the CLI). */
  serialLogInput: InputName;
}

/** The installed disk files kept in verify-disk-dir are named after the disk ids, made safe for a file name. */
export function keptDiskName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.qcow2`;
}

/** With a complete user config: the host config it puts at /etc/trident/config.yaml (os.additionalFiles, by source). */
export async function hostConfigOfConfig(config: string): Promise<string | undefined> {
  const parsed = await readUserConfig(config);
  const files = isMapping(parsed.os) && Array.isArray(parsed.os.additionalFiles) ? (parsed.os.additionalFiles as unknown[]) : [];
  const entry = files.find((f) => isMapping(f) && f.destination === HOST_CONFIG_DESTINATION && typeof f.source === 'string');
  return isMapping(entry) && typeof entry.source === 'string' ? path.resolve(path.dirname(config), entry.source) : undefined;
}

/**
 * Everything a verification needs, checked before the build: the host
 * config's disks can be given to the VM, nothing would be overwritten, and
 * (unless only validating) QEMU and OVMF are installed.
 */
export async function planVerification(
  options: VerifyOptions,
  sources: VerifySources,
  env: StepEnv,
  machine: boolean,
  log: StageLog,
): Promise<VerifyPlan> {
  let disks: DiskPlan | undefined;
  let hostname: string | undefined;
  if (sources.hostConfig) {
    const file = sources.hostConfig;
    const parsed = parseHostConfig(await readInputText('host-config', file, 'hostConfig'));
    if ('error' in parsed) throw new HostConfigError(file, [parsed.error]);
    const os = isMapping(parsed.value) ? parsed.value.os : undefined;
    if (isMapping(os) && typeof os.hostname === 'string' && os.hostname) hostname = os.hostname;
    if (options.mode === 'install') {
      const { plan, problems } = planDisks(parsed.value, options.diskBytes);
      const first = problems[0];
      if (first) {
        const at = locatePointer(parsed.doc, first.pointer);
        throw new InputError(
          sources.hostConfigInput,
          `${file} names disks that the VM of verify: install cannot provide:\n${problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n')}`,
          { file, ...(at ?? {}) },
        );
      }
      disks = plan;
      for (const d of plan.disks) {
        log(
          `VM disk '${d.id}': ${d.filler ? 'filler, ' : `${d.device}, `}${d.bus === 'sata' ? `SATA port ${d.position + 1}` : `virtio at PCI slot ${d.position.toString(16).padStart(2, '0')}`}, ${d.bytes} bytes`,
        );
      }
      if (options.diskDir) {
        const folder = await stat(options.diskDir).catch(() => undefined);
        if (!folder?.isDirectory()) throw new InputError('verify-disk-dir', `${options.diskDir} does not exist or is not a folder; create it first.`);
        for (const d of plan.disks.filter((x) => !x.filler)) {
          const kept = path.join(options.diskDir, keptDiskName(d.id));
          if (await pathExists(kept))
            throw new InputError(
              'verify-disk-dir',
              `${kept} already exists; the action never overwrites a file. Remove it or choose another folder.`,
            );
        }
      }
    }
  } else if (options.mode === 'install') {
    throw new InputError(
      sources.hostConfigInput,
      'holds no host config the action can read, and verify: install needs one: the VM gets the disks it names.',
    );
  }
  if (await pathExists(sources.serialLog)) {
    throw new InputError(
      sources.serialLogInput,
      `the serial log of verify would be written to ${sources.serialLog}, which already exists; the action never overwrites a file. Remove it first.`,
    );
  }
  // validate-only prints the commands with what is installed, and needs nothing installed.
  const found = await findVmTools(env);
  let tools: VmTools | undefined;
  if ('missing' in found) {
    if (machine) throw new InputError('verify', `needs ${found.missing.join(', ')} on this machine. ${INSTALL_HINT}`);
  } else {
    tools = found;
    log(`VM: ${tools.qemu}, firmware ${tools.firmwareCode}`);
  }
  return {
    options,
    ...(tools ? { tools } : {}),
    ...(disks ? { disks } : {}),
    ...(hostname ? { hostname } : {}),
    login: loginPattern(options.loginPattern, hostname),
    serialLog: sources.serialLog,
  };
}

export interface VerifyContext {
  readonly rt: Runtime;
  readonly exec: Exec;
  readonly work: WorkDir;
  readonly leftovers: LeftoverTracker;
}

/** The files of one verification, in the work folder. */
function vmFiles(work: WorkDir, plan: VerifyPlan) {
  const dir = path.join(work.root, 'verify');
  const diskFiles = new Map((plan.disks?.disks ?? []).map((d, i) => [d.id, path.join(dir, `${i}-${keptDiskName(d.id)}`)]));
  return { dir, vars: path.join(dir, 'OVMF_VARS.fd'), diskFiles };
}

/** The accelerator to start with, and whether a KVM that fails to start the VM may give way to TCG. Pure. */
export function chooseAccelerator(setting: VerifyOptions['accelerator'], kvmOpensHere: boolean): { first: Accelerator; fallback: boolean } {
  if (setting === 'tcg') return { first: 'tcg', fallback: false };
  if (setting === 'kvm') return { first: 'kvm', fallback: false };
  return kvmOpensHere ? { first: 'kvm', fallback: true } : { first: 'tcg', fallback: false };
}

/** QEMU's own words that KVM cannot run this VM (it then stops or aborts before the firmware prints anything). */
const KVM_BROKEN = /KVM internal error|kvm_[a-z_]+: Assertion|failed to initialize kvm|Could not access KVM kernel module|KVM is not supported/i;

function vmSpec(plan: VerifyPlan, name: string, accelerator: Accelerator, files: ReturnType<typeof vmFiles>, iso: string | undefined): VmSpec {
  const tools = plan.tools ?? {
    qemu: 'qemu-system-x86_64',
    qemuImg: 'qemu-img',
    firmwareCode: '/usr/share/OVMF/OVMF_CODE_4M.fd',
    firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd',
  };
  return {
    qemu: tools.qemu,
    name,
    accelerator,
    memoryMiB: plan.options.memoryMiB,
    cpus: plan.options.cpus,
    firmwareCode: tools.firmwareCode,
    firmwareVars: files.vars,
    serialLog: plan.serialLog,
    ...(iso ? { iso } : {}),
    plan: plan.disks ?? { disks: [], cdromPort: 0, nicSlot: 0x02 },
    diskFiles: files.diskFiles,
    // Installer run: its reboot ends QEMU. The installed OS may reboot on its own (it keeps running then).
    noReboot: iso !== undefined,
  };
}

/** The commands a verification runs, for validate-only. */
export async function verifyPlanLines(plan: VerifyPlan, work: WorkDir, iso: string): Promise<string[][]> {
  const files = vmFiles(work, plan);
  const { first } = chooseAccelerator(plan.options.accelerator, await kvmOpens());
  const tools = plan.tools ?? { qemuImg: 'qemu-img', firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd' };
  const lines: string[][] = [['cp', tools.firmwareVars, files.vars]];
  for (const d of plan.disks?.disks ?? []) lines.push(diskCreateArgv(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes));
  const name = 'trident-iso-vm-<id>';
  lines.push(qemuArgv(vmSpec(plan, name, first, files, iso)));
  if (plan.options.mode === 'install') lines.push(qemuArgv(vmSpec(plan, name, first, files, undefined)));
  return lines;
}

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

/** The serial log of `verify` lies beside the ISO: installer.iso → installer.serial.log. Pure. */
export function serialLogPath(iso: string): string {
  return iso.replace(/(\.iso)?$/i, '.serial.log');
}
