// The stand-in docker, podman, oras and make of test/dist/standins, as the
// behaviour suites (and the benchmark) put them in front of the action: oras
// already in the tool cache, the others on PATH, and every call they get
// appended to a JSON-lines log (see standin.cjs).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { NODE24, REPO, runnerDirs, type RunnerDirs } from './runner.js';

/** The folder of the stand-in executables. */
export const STANDINS = path.join(REPO, 'test', 'dist', 'standins');

/** One call as a stand-in logs it. */
export interface Call {
  tool: string;
  argv: string[];
  cwd: string;
  /** What the call read on stdin (only with --password-stdin). */
  stdin: string;
  pid: number;
  /** The names of the call's environment variables (not their values). */
  envNames: string[];
  /** The whole environment, when the stand-in ran with STANDIN_RECORD_ENV=1. */
  env?: Record<string, string>;
}

/** A tool cache that holds oras 1.3.0, a wrapper around the stand-in: no download is ever attempted. Idempotent. */
export function prefillOras(toolCache: string): void {
  const dir = path.join(toolCache, 'oras', '1.3.0', process.arch);
  if (existsSync(`${dir}.complete`)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'oras'), `#!/bin/sh\nexec node "${STANDINS}/standin.cjs" oras "$@"\n`);
  chmodSync(path.join(dir, 'oras'), 0o755);
  writeFileSync(`${dir}.complete`, '');
}

/** The log the stand-ins of a runner write to by default (STANDIN_LOG). */
function callLog(dirs: RunnerDirs): string {
  return path.join(dirs.root, 'calls.jsonl');
}

/** The stand-ins for a runner's Trident build toolchain (cargo, rustc, protoc, clang, python3, whereis). */
export const TOOLCHAIN = path.join(STANDINS, 'toolchain');

/**
 * The step's environment with the stand-ins: they, the build toolchain's,
 * Node 24 and the system's tools on PATH, calls logged to callLog(dirs); then
 * `extra` (which may set another STANDIN_LOG, or another PATH).
 */
export function standinEnv(dirs: RunnerDirs, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: `${STANDINS}:${TOOLCHAIN}:${path.dirname(NODE24)}:/usr/bin:/bin`, STANDIN_LOG: callLog(dirs), ...extra };
}

/** Runner folders under `root` with oras in the tool cache, the log of the calls, and the environment of standinEnv(dirs, extraEnv). */
export function standinRunner(root: string, extraEnv: Record<string, string> = {}): { dirs: RunnerDirs; log: string; env: Record<string, string> } {
  const dirs = runnerDirs(root);
  prefillOras(dirs.toolCache);
  const env = standinEnv(dirs, extraEnv);
  return { dirs, log: env.STANDIN_LOG ?? callLog(dirs), env };
}

/** The calls logged so far, in order (none when nothing ran); only those of `tool` when given. */
export function readCalls(log: string, tool?: string): Call[] {
  if (!existsSync(log)) return [];
  const lines = readFileSync(log, 'utf8').split('\n');
  // The last piece has no newline yet while a stand-in is still appending it (read while a run goes on): not a call yet.
  lines.pop();
  const all = lines.filter(Boolean).map((l) => JSON.parse(l) as Call);
  return tool ? all.filter((c) => c.tool === tool) : all;
}

/** The subcommand as the stand-in sees it: for make the target, else the first argument that is not a flag or a flag's value. */
export function subcommand(call: Pick<Call, 'argv'>): string {
  for (let i = 0; i < call.argv.length; i++) {
    const a = call.argv[i] ?? '';
    if (a === '--config') i++;
    // A container with a fixed entry point (privileged check, root cleanup) is not the Image Customizer run.
    else if (!a.startsWith('-')) return a === 'run' && call.argv.includes('--entrypoint') ? 'run-helper' : a;
  }
  return '';
}

/** A process that is gone or a zombie (nobody may be left to reap it in a container). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Polls until condition() holds; throws after timeoutMs (a bound on waiting, not an assertion on speed). */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The Image Customizer config the docker/podman stand-in was given, as it recorded it in the ISO it wrote. */
export function standinIsoConfig(iso: string): unknown {
  return parse(execFileSync('isoinfo', ['-R', '-i', iso, '-x', '/image-customizer-config.yaml'], { encoding: 'utf8' }));
}
