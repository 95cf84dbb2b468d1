// One scenario = one fresh runner: its own workspace, RUNNER_TEMP, tool cache
// (unless shared), HOME and TMPDIR, its own run/job backend IDs (so what it
// uploads is told apart), and a snapshot of the machine taken before it runs,
// to find what it left behind (scenario 7).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { E2EContext } from './context.js';
import { exec } from './proc.js';
import { runtimeToken } from './results-service.js';
import { NODE24, runAction, type ActionRequest, type ActionRun, type RunnerDirs } from '../../support/runner.js';
import { TOOLCHAIN } from '../../support/standins.js';

/** The IDs a run's job has at the results service (its runtime token names them). */
export interface RunContext {
  runBackendId: string;
  jobBackendId: string;
  runId: string;
}

let provided: E2EContext | undefined;

/** Outside vitest (bench/vm.ts): the context that global-setup built, for e2e() to return. */
export function provideE2e(context: E2EContext): void {
  provided = context;
}

export function e2e(): E2EContext {
  return provided ?? inject('e2e');
}

export interface Scenario {
  name: string;
  dir: string;
  dirs: RunnerDirs;
  ctx: RunContext;
  /** Environment for the action: engine, results service, runtime token. */
  env: Record<string, string>;
  /** Runs the bundle (dist/) as a runner does: the runner emulator in 'dist' mode. */
  run(inputs: Record<string, string>, options?: Partial<ActionRequest>): Promise<ActionRun>;
}

let counter = 0;

/**
 * options.sameRunnerAs: a later job on a runner like that scenario's: the same
 * paths (as on GitHub-hosted runners, where they never change), the same tool
 * cache, and fresh, empty workspace, RUNNER_TEMP, HOME and TMPDIR.
 * options.cacheScope: the Actions cache scope (a branch); by default each scenario has its own.
 * options.arch: 'arm64' is an arm64 runner, emulated: the steps run on Node's
 * arm64 build under qemu-aarch64 (lib/arm64.ts), which is also the `node` on
 * PATH (the oras stand-in is a Node script), and RUNNER_ARCH is ARM64.
 */
export function newScenario(name: string, options: { sameRunnerAs?: Scenario; cacheScope?: string; arch?: 'x64' | 'arm64' } = {}): Scenario {
  const c = e2e();
  const dir = path.join(c.root, 'scenarios', `${name}-${++counter}-${randomUUID().slice(0, 6)}`);
  const previous = options.sameRunnerAs?.dirs;
  if (previous) {
    for (const d of [previous.workspace, previous.temp, previous.home, previous.tmpdir, previous.files]) rmSync(d, { recursive: true, force: true });
  }
  const dirs: RunnerDirs = previous
    ? { ...previous }
    : {
        root: dir,
        workspace: path.join(dir, 'workspace'),
        temp: path.join(dir, 'runner-temp'),
        toolCache: path.join(dir, 'tool-cache'),
        home: path.join(dir, 'home'),
        tmpdir: path.join(dir, 'tmp'),
        files: path.join(dir, 'step-files'),
      };
  for (const d of Object.values(dirs) as string[]) mkdirSync(d, { recursive: true });
  const ctx: RunContext = {
    runBackendId: randomUUID(),
    jobBackendId: randomUUID(),
    runId: String(1_000_000 + Math.floor(Math.random() * 8_000_000)),
  };
  const node = options.arch === 'arm64' ? c.arm64.node : NODE24;
  const env: Record<string, string> = {
    // A GitHub-hosted runner's job.
    GITHUB_REPOSITORY: 'e2e-owner/e2e-repo',
    GITHUB_REPOSITORY_OWNER: 'e2e-owner',
    GITHUB_RUN_ID: ctx.runId,
    GITHUB_ACTION_REPOSITORY: 'e2e-owner/trident-iso-action',
    GITHUB_ACTION_REF: 'main',
    GITHUB_WORKFLOW: 'e2e',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_NAME: 'e2e-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_ARCH: options.arch === 'arm64' ? 'ARM64' : 'X64',
    // A hosted runner's PATH, with stand-ins for the Trident build's toolchain first (cargo, rustc, protoc,
    // clang, python3, whereis: test/dist/standins/toolchain): the checkout stand-in builds with rpmbuild,
    // but the action checks a real checkout's prerequisites before the build.
    PATH: [TOOLCHAIN, path.dirname(node), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    ACTIONS_RUNNER_DEBUG: '',
    ...c.docker.env,
    ...c.podman.env,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(ctx.runBackendId, ctx.jobBackendId, options.cacheScope ?? `refs/heads/e2e-${name}`),
    ACTIONS_RESULTS_URL: c.results.url,
    ACTIONS_CACHE_SERVICE_V2: 'True',
  };
  return {
    name,
    dir,
    dirs,
    ctx,
    env,
    run: (inputs, o = {}) => runAction(dirs, { node, ...o, inputs, mode: 'dist', env: { ...env, ...o.env } }),
  };
}

// ------------------------------------------------------------------ leftovers

export interface Snapshot {
  dockerContainers: string[];
  podmanContainers: string[];
  loopDevices: string[];
  mounts: string[];
  entries: Record<string, string[]>;
}

async function lines(argv: string[], env: Record<string, string>): Promise<string[]> {
  const r = await exec(argv, { env: { ...process.env, ...env }, check: false, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
}

/** Attached loop devices with their backing files, from sysfs. */
export function attachedLoopDevices(): string[] {
  const out: string[] = [];
  for (const name of readdirSync('/sys/block').filter((n) => n.startsWith('loop'))) {
    const backing = path.join('/sys/block', name, 'loop', 'backing_file');
    if (existsSync(backing)) out.push(`/dev/${name} ${readFileSync(backing, 'utf8').trim()}`);
  }
  return out.sort();
}

export async function snapshot(s: Scenario): Promise<Snapshot> {
  const c = e2e();
  const entries: Record<string, string[]> = {};
  for (const key of ['temp', 'tmpdir', 'workspace'] as const) entries[key] = readdirSync(s.dirs[key]).sort();
  return {
    dockerContainers: await lines(['docker', 'ps', '-aq', '--no-trunc'], c.docker.env),
    podmanContainers: await lines(['podman', 'ps', '-aq', '--no-trunc'], c.podman.env),
    loopDevices: attachedLoopDevices(),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[4] ?? '')
      .filter((m) => m.startsWith(c.root))
      .sort(),
    entries,
  };
}

/**
 * What the scenario left behind, compared with `before`: containers, loop
 * devices, mounts, and new entries in RUNNER_TEMP, TMPDIR and the workspace
 * (except the paths in `allowed`, e.g. the ISO output). Empty when clean.
 */
export async function leftovers(s: Scenario, before: Snapshot, allowed: string[] = []): Promise<string[]> {
  const after = await snapshot(s);
  const found: string[] = [];
  const added = (a: string[], b: string[]) => b.filter((x) => !a.includes(x));
  for (const id of added(before.dockerContainers, after.dockerContainers)) found.push(`docker container ${id.slice(0, 12)}`);
  for (const id of added(before.podmanContainers, after.podmanContainers)) found.push(`podman container ${id.slice(0, 12)}`);
  for (const l of added(before.loopDevices, after.loopDevices)) found.push(`loop device ${l}`);
  for (const m of added(before.mounts, after.mounts)) found.push(`mount ${m}`);
  for (const key of ['temp', 'tmpdir', 'workspace'] as const) {
    for (const e of added(before.entries[key] ?? [], after.entries[key] ?? [])) {
      const p = path.join(s.dirs[key], e);
      if (allowed.some((a) => path.resolve(a) === p)) continue;
      found.push(`${key === 'temp' ? 'RUNNER_TEMP' : key === 'tmpdir' ? 'TMPDIR' : 'GITHUB_WORKSPACE'}/${e} ${describeEntry(p)}`);
    }
  }
  return found;
}

/** A hint of what a leftover is: a directory's first entries, or a file's size. */
function describeEntry(p: string): string {
  try {
    const st = statSync(p);
    if (!st.isDirectory()) return `(file, ${st.size} bytes)`;
    const names = readdirSync(p);
    return `(directory: ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''})`;
  } catch {
    return '';
  }
}

/** Requests a loopback server has seen (its /__e2e/requests endpoint). */
export async function requestsSeen(statsUrl: string): Promise<{ method: string; path: string; status: number }[]> {
  const r = await fetch(statsUrl);
  return (await r.json()) as { method: string; path: string; status: number }[];
}
