// Small process and network helpers for the end-to-end suite. Everything
// listens on 127.0.0.1 and every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer | undefined;
  timeoutMs?: number;
  /** Throw when the exit code is not 0 (default true). */
  check?: boolean;
}

/** Runs argv without a shell; bounded by timeoutMs (default 120 s). */
export function exec(argv: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const [file, ...args] = argv;
  if (!file) throw new Error('exec: empty argv');
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if ((options.check ?? true) && result.code !== 0) {
        reject(
          new Error(
            `${argv.join(' ')} exited with ${result.code}${signal ? ` (${signal})` : ''}\n${result.stderr.slice(-4000)}${result.stdout.slice(-2000)}`,
          ),
        );
      } else resolve(result);
    });
    child.stdin.on('error', () => undefined);
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls check() until it returns true; at most timeoutMs. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await sleep(everyMs);
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last instanceof Error ? last.message : JSON.stringify(last)}` : ''}`,
  );
}

/** True once something accepts a TCP connection on 127.0.0.1:port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface Daemon {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts a long-running process with its output in logFile; stop() ends it (SIGTERM, then SIGKILL). */
export function startDaemon(name: string, argv: readonly string[], logFile: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Daemon {
  const [file, ...args] = argv;
  if (!file) throw new Error('startDaemon: empty argv');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(file, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  child.once('error', (e) => log.write(`spawn error: ${String(e)}\n`));
  return {
    name,
    child,
    logFile,
    async stop() {
      if (!exited && child.pid) {
        child.kill('SIGTERM');
        const killed = await Promise.race([exitedPromise.then(() => true), sleep(15_000).then(() => false)]);
        if (!killed) {
          child.kill('SIGKILL');
          await Promise.race([exitedPromise, sleep(5_000)]);
        }
      }
      log.end();
    },
  };
}

/** A fresh directory under the OS temp dir; removeTempDir deletes it. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Absolute path of the repository root (test/e2e/lib → ../../..). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The Node 24 binary from the `node` npm package, as action.yml's node24 runtime. */
export const NODE24 = path.join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');

/** Runs argv without a shell with its standard output written to file; throws on a non-zero exit. */
export function execToFile(argv: readonly string[], file: string, options: { timeoutMs?: number; cwd?: string } = {}): Promise<void> {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('execToFile: empty argv');
  const out = openSync(file, 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, stdio: ['ignore', out, 'pipe'] });
    const err: Buffer[] = [];
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      closeSync(out);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${argv.join(' ')} exited with ${code}\n${Buffer.concat(err).toString('utf8').slice(-4000)}`));
    });
  });
}
