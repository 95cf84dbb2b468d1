// Runs external programs. Every command is an argv array handed to spawn()
// without a shell, so no input can ever be interpreted as shell syntax.
// We use spawn rather than @actions/exec because stages that run together must
// be cancellable when one of them fails, and a cancelled run must stop what
// its processes started too (make runs cargo and docker): each process leads
// its own process group, and stopping it signals the whole group.
import type { ChildProcess } from 'node:child_process';
import { abortError } from './abortable.js';

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
 * The environment every child process gets, built here and nowhere else: the
 * step's environment as it is (undefined entries dropped).
 */
export function childEnvironment(env: StepEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) out[name] = value;
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

/** Splits a byte stream into lines. */
function lines(emit: (line: string) => void) {
  let rest = '';
  return {
    push(chunk: Buffer) {
      rest += chunk.toString('utf8');
      const parts = rest.split(/\r?\n/);
      rest = parts.pop() ?? '';
      for (const line of parts) emit(line);
    },
    end() {
      if (rest !== '') emit(rest);
      rest = '';
    },
  };
}

function start(argv: readonly string[], env: Record<string, string>, options: RunOptions, graceMs: number): Promise<RunResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('run: empty argv');
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    // Loaded with the first process (with net and dgram behind it): a run that stops at an input error starts none.
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(file, args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    live.add(child);
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
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
    child.stdout.on('data', (c: Buffer) => {
      if (options.captureStdout) stdoutChunks.push(c);
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
export function processes(env: StepEnv, cancel?: AbortSignal, graceMs = GRACE_MS): Exec {
  const childEnv = childEnvironment(env);
  const signalFor = (own: AbortSignal | undefined): AbortSignal | undefined => (cancel && own ? AbortSignal.any([cancel, own]) : (cancel ?? own));
  const run = (argv: readonly string[], options: RunOptions = {}) => {
    const signal = signalFor(options.signal);
    return start(argv, childEnv, { ...options, ...(signal ? { signal } : {}) }, graceMs);
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
