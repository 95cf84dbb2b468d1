// Runs external programs. Every command is an argv array handed to spawn()
// without a shell, so no input can ever be interpreted as shell syntax.
// We use spawn rather than @actions/exec because stages that run together must
// be cancellable (AbortSignal) when one of them fails.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the process's standard input, then closed (used for --password-stdin). */
  input?: string;
  signal?: AbortSignal;
  /** Called with each line of stdout and stderr as it arrives. */
  onLine?: (line: string) => void;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  /** The last lines of stdout and stderr together, for error messages. */
  tail: string[];
}

const TAIL_LINES = 40;

/** Every process started and not yet ended, so a cancelled job can stop them all. */
const live = new Set<ReturnType<typeof spawn>>();

/** Stops every running child (SIGTERM, then SIGKILL after graceMs) and waits for them to end. */
export async function stopAll(graceMs = 5_000): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('close', () => (clearTimeout(force), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
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

/** Runs argv[0] with argv[1..]; resolves with the exit code whatever it is. */
export function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('run: empty argv');
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: options.signal,
      killSignal: 'SIGTERM',
    });
    live.add(child);
    child.once('close', () => live.delete(child));
    const tail: string[] = [];
    const stdoutChunks: Buffer[] = [];
    const lineSplitter = () => {
      let rest = '';
      return {
        push(chunk: Buffer) {
          rest += chunk.toString('utf8');
          const lines = rest.split(/\r?\n/);
          rest = lines.pop() ?? '';
          for (const line of lines) emit(line);
        },
        end() {
          if (rest !== '') emit(rest);
          rest = '';
        },
      };
    };
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      options.onLine?.(line);
    };
    const out = lineSplitter();
    const err = lineSplitter();
    child.stdout.on('data', (c: Buffer) => {
      stdoutChunks.push(c);
      out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, sig) => {
      out.end();
      err.end();
      resolve({
        exitCode: code ?? (sig ? 128 : 1),
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        tail,
      });
    });
    child.stdin.on('error', () => undefined); // a program that ignores stdin may close it early
    child.stdin.end(options.input ?? '');
  });
}

/** Like run(), but a non-zero exit becomes a CommandError holding the output's tail. */
export async function runChecked(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(argv, options);
  if (result.exitCode !== 0) throw new CommandError(argv, result.exitCode, result.tail);
  return result;
}
