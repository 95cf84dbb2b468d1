// npm run bench: runs the committed dist/main/index.js (+ dist/post/index.js) as a runner
// does, with the dist tests' stand-in tools at fixed durations, and compares
// its wall time with the critical path and the sequential order computed from
// the stages in the job summary's gantt chart. Then runs it again with warm
// caches (same tool cache; the results-service stand-in of the e2e suite with
// a real Azurite behind it) and counts what that run downloaded.
// Exits 1 when a run's wall time is over 1.10 × its critical path, or
// when the warm run downloads from the registry or the release server, or
// builds the RPMs again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { registerHooks } from 'node:module';
import type { AddressInfo } from 'node:net';
import * as prettier from 'prettier';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResultsService } from '../test/e2e/lib/results-service.ts';

// The e2e modules import their siblings as './x.js' (tsc's convention); Node runs them as .ts.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.\.?\/.*\.js$/.test(specifier)) throw error;
      return next(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});
const { startResultsService, runtimeToken } = await import('../test/e2e/lib/results-service.ts');
const { NODE24, REPO, runAction, runnerDirs } = await import('../test/support/runner.ts');
const { readCalls, standinEnv } = await import('../test/support/standins.ts');

const BENCH = import.meta.dirname;
/** Fixed durations of the stand-in tools, in seconds (standin.cjs's STANDIN_SLEEP). */
const DURATIONS = { 'make bin/trident-rpms.tar.gz': 3, 'oras pull': 2, 'docker pull': 1.5, 'docker run': 2 };
const STANDIN_SLEEP = Object.entries(DURATIONS)
  .map(([call, s]) => `${call.replace(' ', ':')}:${s}`)
  .join(',');
const BASE_IMAGE_BYTES = 64 * 1024 * 1024;
const PARALLEL = ['Trident RPMs', 'Base image', 'Image Customizer image'];
const SERIAL = ['Check inputs', 'Write Image Customizer config', 'Image Customizer', 'Check ISO', 'Upload artifact'];
const MAX_RATIO = 1.1;
/** Bound of each step (dist/main/index.js or dist/post/index.js), after which it is killed. */
const STEP_TIMEOUT_MS = 60_000;

interface Stage {
  name: string;
  /** Milliseconds from the first stage's start. */
  start: number;
  end: number;
}

interface RunFigures {
  exitCode: number;
  wallMs: number;
  postMs: number;
  stages: Stage[];
  criticalMs: number;
  sequentialMs: number;
  releaseBytes: number;
  orasPullCalls: number;
  orasPullBytes: number;
  makeRan: boolean;
  dockerPulls: number;
  cacheRestoredBytes: number;
  cacheHits: string[];
  /** What the action said about the cache: hits, misses, why not cached, warnings. */
  cacheLines: string[];
}

/** The stages of the job summary's Mermaid gantt chart (src/run/report.ts gantt()). */
function stagesFromSummary(summary: string): Stage[] {
  const bars = summary.matchAll(/^ {2}(.+) \([\d.]+ s\) :(?:\w+, )?s\d+, (\d+), (\d+)$/gm);
  return [...bars].map(([, name = '', start = '', end = '']) => ({ name, start: Number(start), end: Number(end) }));
}

/** The longest of the concurrent stages plus the serial ones; and all of them one after another. */
function paths(stages: readonly Stage[]): { criticalMs: number; sequentialMs: number } {
  const duration = (name: string) => {
    const stage = stages.find((s) => s.name === name);
    if (!stage) throw new Error(`the summary's gantt chart has no stage '${name}' (it has: ${stages.map((s) => s.name).join(', ')})`);
    return stage.end - stage.start;
  };
  const serial = SERIAL.reduce((sum, name) => sum + duration(name), 0);
  const parallel = PARALLEL.map(duration);
  return { criticalMs: serial + Math.max(...parallel), sequentialMs: serial + parallel.reduce((a, b) => a + b, 0) };
}

/** A loopback release server for the oras tarball, counting the bytes it sends. */
async function startRelease(asset: Buffer, name: string) {
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => (bytes === 0 ? '0 B' : `${bytes} B (${(bytes / 1024 / 1024).toFixed(1)} MiB)`);

const root = mkdtempSync(path.join(tmpdir(), 'trident-iso-bench-'));
let results: ResultsService | undefined;
let release: Awaited<ReturnType<typeof startRelease>> | undefined;
let cleaned = false;
async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await release?.stop();
  await results?.stop();
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  const dirs = runnerDirs(path.join(root, 'runner'));
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);

  // The oras release asset: `oras` (bench/oras-standin.cjs) and LICENSE, as the real release.
  const pkg = path.join(root, 'oras-pkg');
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, 'oras'), `#!/bin/sh\nexec "${NODE24}" "${path.join(BENCH, 'oras-standin.cjs')}" "$@"\n`);
  chmodSync(path.join(pkg, 'oras'), 0o755);
  writeFileSync(path.join(pkg, 'LICENSE'), 'stand-in for oras (trident-iso-action bench)\n');
  const assetName = `oras_1.3.0_linux_${process.arch === 'arm64' ? 'arm64' : 'amd64'}.tar.gz`;
  execFileSync('tar', ['-czf', path.join(root, assetName), '-C', pkg, 'LICENSE', 'oras']);
  const asset = readFileSync(path.join(root, assetName));

  // Inputs: a host config, a COSI, and a clean Trident checkout (so its RPMs are cacheable).
  copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  execFileSync(NODE24, [path.join(REPO, 'examples', 'make-cosi.js'), path.join(dirs.workspace, 'os.cosi')]);
  const checkout = path.join(dirs.workspace, 'trident');
  mkdirSync(checkout);
  writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
  writeFileSync(path.join(checkout, '.gitignore'), 'bin/\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: checkout,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'trident stand-in');

  const server = (release = await startRelease(asset, assetName));
  const service = (results = await startResultsService());
  const inputs = {
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-source': 'trident',
    'oras-url': server.url,
    'oras-checksum': createHash('sha256').update(asset).digest('hex'),
  };

  /** One run of the action: main step then post step, on the same runner directories. */
  const runOnce = async (label: string): Promise<RunFigures> => {
    rmSync(path.join(dirs.workspace, 'installer.iso'), { force: true });
    const standinLog = path.join(root, `${label}-calls.jsonl`);
    const pullLog = path.join(root, `${label}-pulls.txt`);
    const releaseBefore = server.bytes();
    const env = standinEnv(dirs, {
      TMPDIR: tmp,
      STANDIN_LOG: standinLog,
      STANDIN_SLEEP,
      BENCH_PULL_LOG: pullLog,
      BENCH_BASE_IMAGE_BYTES: String(BASE_IMAGE_BYTES),
      ACTIONS_RESULTS_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(`bench-${label}`, 'bench-job'),
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_RUN_ID: label === 'cold' ? '1' : '2',
    });
    // The runner emulator's 'dist' mode: dist/main/index.js then dist/post/index.js, as a runner starts them.
    const run = await runAction(dirs, { inputs, env, mode: 'dist', timeoutMs: STEP_TIMEOUT_MS });
    const { main } = run;
    const wallMs = main.durationMs;
    const postMs = run.post?.durationMs ?? 0;
    if (main.exitCode !== 0)
      throw new Error(`the ${label} run failed (exit ${main.exitCode}):\n${main.stdout.slice(-4000)}${main.stderr.slice(-2000)}`);

    const stages = stagesFromSummary(run.summary);
    const calls = readCalls(standinLog);
    // The action's "Cache hit: <key>" or @actions/cache's "Cache hit for: <key>".
    const cacheHits = [...new Set([...main.stdout.matchAll(/Cache hit(?: for)?: (\S+)/g)].map(([, key = '']) => key))];
    const sizes = new Map(service.state().caches.map((c) => [c.key, Number(c.sizeBytes ?? 0)]));
    return {
      exitCode: main.exitCode,
      wallMs,
      postMs,
      stages,
      ...paths(stages),
      releaseBytes: server.bytes() - releaseBefore,
      orasPullCalls: calls.filter((c) => c.tool === 'oras' && c.argv[0] === 'pull').length,
      orasPullBytes: readFileSync(pullLog, { encoding: 'utf8', flag: 'a+' })
        .split('\n')
        .filter(Boolean)
        .reduce((sum, n) => sum + Number(n), 0),
      makeRan: calls.some((c) => c.tool === 'make'),
      dockerPulls: calls.filter((c) => c.tool === 'docker' && c.argv[0] === 'pull').length,
      cacheRestoredBytes: cacheHits.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0),
      cacheHits,
      cacheLines: [...main.stdout.matchAll(/^(?:::warning::)?(.*(?:cache|Cache).*)$/gm)]
        .map(([, line = '']) => line)
        .filter((line) => !/^(?:\[command\]|Cache Size|Cache restored|::)/.test(line)),
    };
  };

  const cold = await runOnce('cold');
  const cacheSavedBytes = service.state().caches.reduce((sum, c) => sum + Number(c.sizeBytes ?? 0), 0);
  const warm = await runOnce('warm');

  // The figures.
  const durations = Object.entries(DURATIONS)
    .map(([call, s]) => `${call} ${s} s`)
    .join(', ');
  console.log(`trident-iso-action bench: dist/main/index.js on Node 24, stand-in tools (${durations}), base image ${mib(BASE_IMAGE_BYTES)}\n`);
  for (const [label, run] of [
    ['cold', cold],
    ['warm', warm],
  ] as const) {
    console.log(`Stages, ${label} run (s from the first start)`);
    for (const s of run.stages)
      console.log(
        `  ${s.name.padEnd(30)} ${(s.start / 1000).toFixed(2).padStart(6)} → ${(s.end / 1000).toFixed(2).padStart(6)}  ${seconds(s.end - s.start).padStart(8)}${PARALLEL.includes(s.name) ? '  ∥' : ''}`,
      );
    console.log('');
  }
  const row = (name: string, a: string, b: string) => console.log(`  ${name.padEnd(34)} ${a.padStart(24)} ${b.padStart(24)}`);
  row('', 'cold', 'warm');
  row('wall time (dist/main/index.js)', seconds(cold.wallMs), seconds(warm.wallMs));
  row('critical path', seconds(cold.criticalMs), seconds(warm.criticalMs));
  row('wall / critical path', (cold.wallMs / cold.criticalMs).toFixed(3), (warm.wallMs / warm.criticalMs).toFixed(3));
  row('sequential order (sum of stages)', seconds(cold.sequentialMs), seconds(warm.sequentialMs));
  row('wall / sequential', (cold.wallMs / cold.sequentialMs).toFixed(3), (warm.wallMs / warm.sequentialMs).toFixed(3));
  row('post step (dist/post/index.js)', seconds(cold.postMs), seconds(warm.postMs));
  row('bytes from the oras release server', `${cold.releaseBytes} B`, `${warm.releaseBytes} B`);
  row('bytes written by oras pull', mib(cold.orasPullBytes), mib(warm.orasPullBytes));
  row('make ran', cold.makeRan ? 'yes' : 'no', warm.makeRan ? 'yes' : 'no');
  row('docker pull calls (stand-in)', String(cold.dockerPulls), String(warm.dockerPulls));
  row('bytes restored from the cache', mib(cold.cacheRestoredBytes), mib(warm.cacheRestoredBytes));
  console.log(`\n  saved to the cache by the cold run: ${mib(cacheSavedBytes)}; warm-run cache hits: ${warm.cacheHits.join(', ') || 'none'}`);

  // Formatted as the repository's prettier config wants, so `npm run lint` stays clean.
  const resultsFile = path.join(BENCH, 'results.json');
  const json = JSON.stringify({ durations: DURATIONS, baseImageBytes: BASE_IMAGE_BYTES, cold, warm, cacheSavedBytes });
  writeFileSync(resultsFile, await prettier.format(json, { ...(await prettier.resolveConfig(resultsFile)), parser: 'json' }));

  const failures: string[] = [];
  for (const [label, run] of [
    ['cold', cold],
    ['warm', warm],
  ] as const) {
    const ratio = run.wallMs / run.criticalMs;
    if (ratio > MAX_RATIO)
      failures.push(
        `${label} run: wall time ${seconds(run.wallMs)} is ${ratio.toFixed(3)} × the critical path ${seconds(run.criticalMs)} (limit ${MAX_RATIO})`,
      );
  }
  if (warm.releaseBytes > 0) failures.push(`warm run: downloaded ${warm.releaseBytes} bytes from the oras release server`);
  if (warm.orasPullCalls > 0 || warm.orasPullBytes > 0)
    failures.push(`warm run: pulled from the registry (${warm.orasPullCalls} oras pull, ${warm.orasPullBytes} bytes)`);
  if (warm.makeRan) failures.push('warm run: make ran again (the RPMs were not restored from the cache)');
  if (failures.length > 0)
    for (const [label, run] of Object.entries({ cold, warm })) for (const l of run.cacheLines) console.log(`  ${label} run said: ${l}`);
  for (const f of failures) console.log(`FAIL: ${f}`);
  if (failures.length === 0)
    console.log(`\nOK: wall within ${Math.round((MAX_RATIO - 1) * 100)}% of the critical path; the warm run downloaded nothing.`);
  process.exitCode = failures.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await cleanUp();
}
// Everything this started is stopped; exit now rather than wait for a stray timer
// (the e2e startDaemon's stop() leaves its 15 s SIGKILL fallback timer running).
process.exit();
