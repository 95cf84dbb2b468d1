// Runs external programs. Every command is an argv array handed to spawn()
// without a shell, so no input can ever be interpreted as shell syntax.
// We use spawn rather than @actions/exec because stages that run together must
// be cancellable when one of them fails, and a cancelled run must stop what
// its processes started too (make runs cargo and docker): each process leads
// its own process group, and stopping it signals the whole group.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COUNT_LIMITS, OutputTooLargeError } from '../context/limits.js';
import { abortError, isCancelSignal, StoppedFromOutside } from './abortable.js';

/** The environment of a step, as the Runtime hands it to main. */
export type StepEnv = Readonly<Record<string, string | undefined>>;

export interface RunOptions {
  cwd?: string;
  /** Written to the process's standard input, then closed (used for --password-stdin). */
  input?: string;
  signal?: AbortSignal;
  /** Called with each line of stdout and stderr as it arrives. */
  onLine?: (line: string) => void;
  /** Keep all of stdout in the result (for short answers such as a digest); off by default to bound memory. */
  captureStdout?: boolean;
  /** With captureStdout: more than this many bytes of stdout stop the process and reject with OutputTooLargeError. */
  maxStdoutBytes?: number;
  /** Called with the process's id once it started (it leads its own process group). */
  onSpawn?: (pid: number) => void;
}

export interface RunResult {
  exitCode: number;
  /** All of stdout with captureStdout, else ''. */
  stdout: string;
  /** The same bytes, undecoded (a cpio archive from rpm2cpio). */
  stdoutBytes: Buffer;
  /** The last lines of stdout and stderr together, for error messages. */
  tail: string[];
}

/** Starts the processes of one run: all with the same environment, all stopped when the run is cancelled. */
export interface Exec {
  /** Runs argv[0] with argv[1..]; resolves with the exit code whatever it is. Rejects if it cannot start or is aborted. */
  run: (argv: readonly string[], options?: RunOptions) => Promise<RunResult>;
  /** Like run(), but a non-zero exit becomes a CommandError holding the output's tail. */
  runChecked: (argv: readonly string[], options?: RunOptions) => Promise<RunResult>;
}

/**
 * Variables of the step that no child gets: the action's inputs (INPUT_*, the
 * registry passwords among them: a child reads its secret on stdin, never from
 * its environment), the CLI's password variables, and the runner's tokens for
 * the cache and artifact services and for OIDC, which only this process uses.
 */
export function withheldFromChildren(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper.startsWith('INPUT_') ||
    (upper.startsWith('TRIDENT_ISO_') && upper.endsWith('PASSWORD')) ||
    upper === 'ACTIONS_RUNTIME_TOKEN' ||
    upper === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  );
}

/**
 * The environment every child process gets, built here and nowhere else: the
 * step's environment (undefined entries dropped) without what
 * withheldFromChildren names.
 */
export function childEnvironment(env: StepEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && !withheldFromChildren(name)) out[name] = value;
  return out;
}

const TAIL_LINES = 40;
/** How long a stopped process group has between SIGTERM and SIGKILL. */
const GRACE_MS = 5_000;

/** Every process started and not yet ended, so none outlives this process. */
const live = new Set<ChildProcess>();

/** Signals the child's whole process group (it leads one: spawned detached). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal); // the group is gone already, or cannot be signalled
  }
}

/** Stops a child and what it started: SIGTERM to its group, SIGKILL after graceMs. */
function stop(child: ChildProcess, graceMs: number): void {
  // Even when the leader has ended, processes it started may live on in its group.
  signalGroup(child, 'SIGTERM');
  if (child.exitCode !== null || child.signalCode !== null) return;
  const force = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  child.once('close', () => clearTimeout(force));
}

// Children lead their own process groups, so they would outlive this process
// if it ended without stopping them (an uncaught error, a terminal closed).
process.on('exit', () => {
  for (const child of live) signalGroup(child, 'SIGKILL');
});

/**
 * A process's state (R, S, Z, ...) and process group, from /proc/<pid>/stat: the fields after the command
 * name, which may hold spaces and parentheses. Undefined when there is no such process.
 */
export async function procStat(pid: number): Promise<ProcStat | undefined> {
  // node:fs/promises loads when a process is looked for, not with the module: a run that stops at an input error needs neither it nor the streams it loads.
  const stat = await process
    .getBuiltinModule('node:fs/promises')
    .readFile(`/proc/${pid}/stat`, 'utf8')
    .catch(() => '');
  return stat ? parseProcStat(stat) : undefined;
}

interface ProcStat {
  state: string;
  pgrp: number;
  /** When it started, in clock ticks after boot (field 22): with the pid, it names one process for good. */
  start: number;
}

function parseProcStat(stat: string): ProcStat {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', pgrp: Number(fields[2]), start: Number(fields[19]) };
}

/** A process's start time (see ProcStat), read at once: taken when a child has just been spawned. */
function procStartTime(pid: number): number | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).start;
  } catch {
    return undefined;
  }
}

/** The live (not zombie) processes of each of these process groups, with their start times. */
async function liveGroupMembers(groups: ReadonlySet<number>): Promise<Map<number, { pid: number; start: number }[]>> {
  const members = new Map<number, { pid: number; start: number }[]>();
  const pids = await process
    .getBuiltinModule('node:fs/promises')
    .readdir('/proc')
    .catch(() => [] as string[]);
  for (const entry of pids) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await procStat(Number(entry));
    if (!stat || stat.state === 'Z' || !groups.has(stat.pgrp)) continue;
    members.set(stat.pgrp, [...(members.get(stat.pgrp) ?? []), { pid: Number(entry), start: stat.start }]);
  }
  return members;
}

/** A process group a step started: its leader's pid (the group's id) and start time, when it could be read. */
export interface StartedGroup {
  pid: number;
  start?: number;
}

/**
 * Stops what is left of process groups a step that was killed started (the
 * post step, from what the main step recorded): SIGKILL to each group that
 * still has a live member and is still the one the step started. A group id
 * is not given to a new process while its group has members, so a group
 * whose leader has ended but whose children live on is the step's; but once
 * a group has emptied, its id may be any new process's, which then leads a
 * group of that id: a live leader must have the recorded start time, or the
 * group is another's and is left alone. Then waits (up to 5 s) until the
 * stopped ones are gone, so that nothing of them writes again once the caller
 * removes their files. Returns the groups stopped.
 */
export async function stopLeftoverGroups(groups: readonly StartedGroup[]): Promise<number[]> {
  const live = await liveGroupMembers(new Set(groups.map((g) => g.pid)));
  const stopped: number[] = [];
  for (const [pid, members] of live) {
    const leader = members.find((m) => m.pid === pid);
    if (leader && leader.start !== groups.find((g) => g.pid === pid)?.start) continue;
    try {
      process.kill(-pid, 'SIGKILL');
      stopped.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  for (let waited = 0; stopped.length > 0 && waited < 5_000; waited += 20) {
    if ((await liveGroupMembers(new Set(stopped))).size === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return stopped;
}

export class CommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number,
    readonly tail: readonly string[],
  ) {
    super(`${argv[0] ?? '?'} exited with code ${exitCode}` + (tail.length > 0 ? `; its last output:\n${tail.join('\n')}` : ''));
    this.name = 'CommandError';
  }
}

/** Splits a byte stream into lines; a line longer than COUNT_LIMITS.lineBytes is cut there (binary output, a line without end). */
function lines(emit: (line: string) => void) {
  let rest = '';
  return {
    push(chunk: Buffer) {
      rest += chunk.toString('utf8');
      const parts = rest.split(/\r?\n/);
      rest = parts.pop() ?? '';
      for (const line of parts) emit(line.length > COUNT_LIMITS.lineBytes ? line.slice(0, COUNT_LIMITS.lineBytes) : line);
      if (rest.length > COUNT_LIMITS.lineBytes) {
        emit(rest.slice(0, COUNT_LIMITS.lineBytes));
        rest = '';
      }
    },
    end() {
      if (rest !== '') emit(rest);
      rest = '';
    },
  };
}

function start(
  argv: readonly string[],
  env: Record<string, string>,
  options: RunOptions,
  graceMs: number,
  groups?: GroupRecorder,
): Promise<RunResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('run: empty argv');
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    // Loaded with the first process (with net and dgram behind it): a run that stops at an input error starts none.
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(file, args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    live.add(child);
    const pid = child.pid;
    if (pid !== undefined) {
      if (groups) {
        // Read only for a run that records its groups (the main step's): the post step tells them by it.
        const startedAt = procStartTime(pid);
        groups.started(startedAt === undefined ? { pid } : { pid, start: startedAt });
        child.once('close', () => groups.ended(pid));
      }
      options.onSpawn?.(pid);
    }
    // Settled when the process has ended (below), so nothing runs on while callers clean up.
    const onAbort = () => stop(child, graceMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    const tail: string[] = [];
    const stdoutChunks: Buffer[] = [];
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      options.onLine?.(line);
    };
    const out = lines(emit);
    const err = lines(emit);
    let captured = 0;
    let tooLarge = false;
    child.stdout.on('data', (c: Buffer) => {
      if (options.captureStdout && !tooLarge) {
        captured += c.length;
        if (options.maxStdoutBytes !== undefined && captured > options.maxStdoutBytes) {
          tooLarge = true;
          stdoutChunks.length = 0;
          stop(child, graceMs);
          return;
        }
        stdoutChunks.push(c);
      }
      out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (error) => {
      live.delete(child);
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (code, sig) => {
      live.delete(child);
      signal?.removeEventListener('abort', onAbort);
      out.end();
      err.end();
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      if (isCancelSignal(sig)) {
        reject(new StoppedFromOutside(path.basename(file), sig));
        return;
      }
      if (tooLarge && options.maxStdoutBytes !== undefined) {
        reject(new OutputTooLargeError(argv, options.maxStdoutBytes));
        return;
      }
      const stdoutBytes = Buffer.concat(stdoutChunks);
      resolve({ exitCode: code ?? (sig ? 128 : 1), stdout: stdoutBytes.toString('utf8'), stdoutBytes, tail });
    });
    child.stdin.on('error', () => undefined); // a program that ignores stdin may close it early
    child.stdin.end(options.input ?? '');
  });
}

/**
 * The processes of a run: each gets childEnvironment(env), and each stops
 * (its whole process group) when `cancel` aborts or its own signal does.
 */
/** Told of each process group a run starts and of its end (the post step stops those a killed main step left). */
export interface GroupRecorder {
  started(group: StartedGroup): void;
  ended(pid: number): void;
}

export function processes(env: StepEnv, cancel?: AbortSignal, graceMs = GRACE_MS, groups?: GroupRecorder): Exec {
  const childEnv = childEnvironment(env);
  const signalFor = (own: AbortSignal | undefined): AbortSignal | undefined => (cancel && own ? AbortSignal.any([cancel, own]) : (cancel ?? own));
  const run = (argv: readonly string[], options: RunOptions = {}) => {
    const signal = signalFor(options.signal);
    return start(argv, childEnv, { ...options, ...(signal ? { signal } : {}) }, graceMs, groups);
  };
  return {
    run,
    runChecked: async (argv, options = {}) => {
      const result = await run(argv, options);
      if (result.exitCode !== 0) throw new CommandError(argv, result.exitCode, result.tail);
      return result;
    },
  };
}
