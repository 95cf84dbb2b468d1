// What the benchmark measures with: a process's wall time and peak resident
// memory, medians, and the loopback oras release server. No timing here is
// ever compared with a limit by a test; bench.ts prints them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProcessFigures {
  exitCode: number;
  wallMs: number;
  /** Peak resident set (VmHWM), KiB, as last seen while the process ran (polled every 5 ms). */
  peakKiB: number;
  stdout: string;
  stderr: string;
}

function vmHwm(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // ended meanwhile
  }
}

/** Runs argv, timing it from spawn to exit, and its peak memory (polled, so a process that peaks just before it exits may show a little less). */
export function timeProcess(argv: readonly string[], o: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessFigures> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('timeProcess: empty argv');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env: o.env ?? process.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKiB = 0;
    const poll = setInterval(() => {
      if (child.pid !== undefined) peakKiB = Math.max(peakKiB, vmHwm(child.pid));
    }, 5);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => (clearInterval(poll), reject(e)));
    child.on('exit', () => clearInterval(poll));
    child.on('close', (code) =>
      resolve({
        exitCode: code ?? 1,
        wallMs: performance.now() - started,
        peakKiB,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** The value a share q (0 to 1) of the values lie below, interpolated linearly between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? NaN;
  const high = sorted[Math.ceil(at)] ?? NaN;
  return low + (high - low) * (at - Math.floor(at));
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** A loopback release server for the oras tarball, counting the bytes it sends. */
export async function startRelease(asset: Buffer, name: string) {
  let bytes = 0;
  const urlPath = `/oras-project/oras/releases/download/v1.3.0/${name}`;
  const server = http.createServer((req, res) => {
    if (req.url !== urlPath) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/gzip', 'Content-Length': asset.length });
    if (req.method === 'HEAD') res.end();
    else res.end(asset, () => (bytes += asset.length));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${urlPath}`,
    bytes: () => bytes,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number) => `${Math.round(ms)} ms`;
export const mib = (bytes: number) => (bytes === 0 ? '0 B' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
