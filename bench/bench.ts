// npm run bench: the action's speed, every figure from this one run, on Node 24.
//
// 1. Full runs. The committed dist/main/index.js (+ dist/post/index.js) as a
//    runner starts them, with the dist tests' stand-in tools at FIXED durations
//    (make 3 s, oras pull 2 s, docker pull 1.5 s, Image Customizer 2 s, each
//    call in all, its own work included, e.g. make's rpmbuild): the
//    wall time against the physical critical path those durations make (the
//    longest of the concurrent tools that ran, plus Image Customizer). Then a
//    warm run (same tool cache; the e2e suite's results-service stand-in with a
//    real Azurite behind it) and what it downloaded, counted. The stand-ins
//    build real RPMs and a real ISO (.ci/install-e2e-deps.sh installs rpmbuild,
//    genisoimage, mksquashfs); what is missing is said before anything starts.
// 2. Cold start: the main step to its first input error, and validate-only
//    (the action's and the CLI's, on examples/), each against `node -e 0`
//    round by round, timed by bench/cold-start-timer.mjs, a small process of
//    its own (a spawn's time grows with the spawning process's memory).
// 3. Hashing: the action's SHA-256 (src/tools/hash.ts) against
//    `openssl dgst -sha256` on a 2 GiB file: time and peak memory.
// 4. The ISO's delivery (Check ISO, Upload artifact) as a non-root user with a
//    root-owned ISO, as on hosted runners, and as root: reads and writes of the
//    ISO counted by the kernel (/proc/<pid>/io), not only timed, and the disk
//    the run holds. Needs root (to write a root-owned ISO and start `nobody`).
// 5. verify's VM phases (boot, install, first boot): bench/vm.ts, with real
//    QEMU and OVMF on an ISO the action built with the e2e suite's
//    components (root; .ci/install-e2e-deps.sh installs what they need).
// 6. Patching a 3 GiB ISO's host config (`trident-iso patch`) against copying
//    it: bench/patch.ts (xorriso makes the ISO).
//
// `npm run bench -- runs start hash delivery vm patch` runs only the sections named.
// Exits 1 when the cold run's wall time is over 1.10 × the fixed critical
// path, when the warm run downloads from the release server or the registry
// or runs make, when the first input error takes over 1.5 × `node -e 0` or
// validate-only (the action's or the CLI's) over 3 ×, or when the delivery
// reads the ISO more than twice or copies it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import './ts-imports.ts';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import type { ResultsService } from '../test/e2e/lib/results-service.ts';
import type { Delivery } from '../test/support/delivery.ts';
import { median, millis, mib, quantile, ratio, seconds, startRelease, timeProcess } from './measure.ts';

const { startResultsService, runtimeToken } = await import('../test/e2e/lib/results-service.ts');
const { distMainStep, NODE24, REPO, runAction, runnerDirs, workflowCommands } = await import('../test/support/runner.ts');
const { readCalls, standinEnv, subcommand } = await import('../test/support/standins.ts');
const { delivered, protectedHardlinks, runDelivery, UNPRIVILEGED } = await import('../test/support/delivery.ts');

const BENCH = import.meta.dirname;
/** Fixed durations of the stand-in tools, in seconds, each call's in all (standin.cjs's STANDIN_DURATION). */
const DURATIONS = { 'make bin/trident-rpms.tar.gz': 3, 'oras pull': 2, 'docker pull': 1.5, 'docker run': 2 };
const STANDIN_DURATION = Object.entries(DURATIONS)
  .map(([call, s]) => `${call.replace(' ', ':')}:${s}`)
  .join(',');
const BASE_IMAGE_BYTES = 64 * 1024 * 1024;
const HASH_FILE_BYTES = 2 * 1024 ** 3;
const DELIVERY_ISO_BYTES = 1024 ** 3;
const COLD_START_ROUNDS = 31;
const HASH_ROUNDS = 3;
const MAX_RATIO = 1.1;
/** Goals of the cold start, as multiples of `node -e 0`: the first input error, and validate-only (the action's, the CLI's). */
const MAX_FIRST_ERROR = 1.5;
const MAX_VALIDATE_ONLY = 3;
/** Bound of each step (dist/main/index.js or dist/post/index.js), after which it is killed. */
const STEP_TIMEOUT_MS = 60_000;

interface Stage {
  name: string;
  /** Milliseconds from the first stage's start. */
  start: number;
  end: number;
}

interface RunFigures {
  wallMs: number;
  postMs: number;
  stages: Stage[];
  /** The fixed durations of the tools this run started: the concurrent ones' longest plus Image Customizer. */
  fixedCriticalMs: number;
  toolsRan: string[];
  releaseBytes: number;
  orasPullCalls: number;
  orasPullBytes: number;
  makeRan: boolean;
  dockerPulls: number;
  cacheRestoredBytes: number;
  cacheHits: string[];
  /** What the action said about the cache: hits, misses, why not cached, warnings. */
  cacheLines: string[];
  /** Stand-in calls that took longer than their fixed duration (the critical path is then not physical). */
  overruns: { tool: string; sub: string; overMs: number }[];
}

/** The stages of the job summary's Mermaid gantt chart (src/run/report.ts gantt()). */
function stagesFromSummary(summary: string): Stage[] {
  const bars = summary.matchAll(/^ {2}(.+) \([\d.]+ s\) :(?:\w+, )?s\d+, (\d+), (\d+)$/gm);
  return [...bars].map(([, name = '', start = '', end = '']) => ({ name, start: Number(start), end: Number(end) }));
}

/** The machine's load average (1, 5, 15 minutes): every figure is this machine's under this load. */
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadAtStart = load();
const root = mkdtempSync(path.join(tmpdir(), 'trident-iso-bench-'));
chmodSync(root, 0o755);
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

/** `npm run bench -- runs start hash delivery vm patch`: only those sections (all by default). */
const only = new Set(process.argv.slice(2));
const want = (section: 'runs' | 'start' | 'hash' | 'delivery' | 'vm' | 'patch') => only.size === 0 || only.has(section);
const durations = Object.entries(DURATIONS)
  .map(([call, s]) => `${call} ${s} s`)
  .join(', ');
const say = (line = '') => console.log(line);
const row = (name: string, ...cells: string[]) => say(`  ${name.padEnd(44)}${cells.map((c) => c.padStart(14)).join('')}`);

/** What this machine lacks for the sections asked for: said as it is, without a stack. */
class SetupError extends Error {}

/**
 * Whether an executable of this name is on PATH. src/tools/build-tools.ts has the same check (onPath), but it
 * imports src/context/limits.ts, whose parameter properties Node's strip-only TypeScript, which runs the bench, refuses.
 */
const onPath = (name: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

try {
  // The full runs' stand-ins build real RPMs and a real ISO, and the action reads the RPMs: say what is missing now,
  // not as a stand-in's ENOENT seconds into the cold run.
  const missing = want('runs') ? ['rpmbuild', 'rpm', 'rpm2cpio', 'genisoimage', 'mksquashfs'].filter((tool) => !onPath(tool)) : [];
  if (missing.length > 0) {
    throw new SetupError(
      `the full runs (section runs) need ${missing.join(', ')}, not on PATH: install them with \`sudo bash .ci/install-e2e-deps.sh\` (Debian), or leave the section out (npm run bench -- start hash)`,
    );
  }
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
  copyFileSync(path.join(REPO, 'examples', 'host-config.yaml'), path.join(dirs.workspace, 'example-host-config.yaml'));
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

  // ---------------------------------------------------------------- 1. full runs
  const savedBytes = () => service.state().caches.reduce((sum, c) => sum + Number(c.sizeBytes ?? 0), 0);
  /** One run of the action: main step then post step, on the same runner directories. */
  const runOnce = async (label: string): Promise<RunFigures> => {
    rmSync(path.join(dirs.workspace, 'installer.iso'), { force: true });
    const standinLog = path.join(root, `${label}-calls.jsonl`);
    const pullLog = path.join(root, `${label}-pulls.txt`);
    const overrunLog = path.join(root, `${label}-overruns.jsonl`);
    const releaseBefore = server.bytes();
    const env = standinEnv(dirs, {
      TMPDIR: tmp,
      STANDIN_LOG: standinLog,
      STANDIN_DURATION,
      STANDIN_OVERRUN_LOG: overrunLog,
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
    if (main.exitCode !== 0)
      throw new Error(`the ${label} run failed (exit ${main.exitCode}):\n${main.stdout.slice(-4000)}${main.stderr.slice(-2000)}`);

    const calls = readCalls(standinLog);
    const ran = (tool: string, sub: string) => calls.some((c) => c.tool === tool && subcommand(c) === sub);
    const concurrent = (
      [
        ['make bin/trident-rpms.tar.gz', ran('make', 'bin/trident-rpms.tar.gz')],
        ['oras pull', ran('oras', 'pull')],
        ['docker pull', ran('docker', 'pull')],
      ] as const
    ).filter(([, yes]) => yes);
    const customizer = ran('docker', 'run');
    const fixedCriticalMs = 1000 * (Math.max(0, ...concurrent.map(([call]) => DURATIONS[call])) + (customizer ? DURATIONS['docker run'] : 0));
    // The action's "Cache hit: <key>" or @actions/cache's "Cache hit for: <key>".
    const cacheHits = [...new Set([...main.stdout.matchAll(/Cache hit(?: for)?: (\S+)/g)].map(([, key = '']) => key))];
    const sizes = new Map(service.state().caches.map((c) => [c.key, Number(c.sizeBytes ?? 0)]));
    return {
      wallMs: main.durationMs,
      postMs: run.post?.durationMs ?? 0,
      stages: stagesFromSummary(run.summary),
      fixedCriticalMs,
      toolsRan: [...concurrent.map(([call]) => call), ...(customizer ? ['docker run'] : [])],
      releaseBytes: server.bytes() - releaseBefore,
      orasPullCalls: calls.filter((c) => c.tool === 'oras' && c.argv[0] === 'pull').length,
      orasPullBytes: readFileSync(pullLog, { encoding: 'utf8', flag: 'a+' })
        .split('\n')
        .filter(Boolean)
        .reduce((sum, n) => sum + Number(n), 0),
      makeRan: calls.some((c) => c.tool === 'make'),
      overruns: readFileSync(overrunLog, { encoding: 'utf8', flag: 'a+' })
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RunFigures['overruns'][number]),
      dockerPulls: calls.filter((c) => c.tool === 'docker' && subcommand(c) === 'pull').length,
      cacheRestoredBytes: cacheHits.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0),
      cacheHits,
      cacheLines: [...main.stdout.matchAll(/^(?:::warning::)?(.*(?:cache|Cache).*)$/gm)]
        .map(([, line = '']) => line)
        .filter((line) => !/^(?:\[command\]|Cache Size|Cache restored|::|Running: )/.test(line)),
    };
  };

  const runs = want('runs') ? { cold: await runOnce('cold'), cacheSavedBytes: savedBytes(), warm: await runOnce('warm') } : undefined;

  // ---------------------------------------------------------------- 2. cold start
  // Interleaved rounds, in an order that rotates, so that the machine's load weighs on every command alike. Timed
  // by bench/cold-start-timer.mjs, a small process of its own: a spawn's time grows with the spawning process's memory.
  const coldStart = want('start') ? measureColdStart() : undefined;
  function measureColdStart() {
    // validate-only writes nothing at `output`, but checks that it is free: the full runs left their ISO at the default.
    const examples = { 'host-config': 'example-host-config.yaml', cosi: 'os.cosi', 'validate-only': 'true', output: 'plan.iso' };
    // The CLI's environment is a shell's few variables; `node -e 0` gets the same.
    const shellEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dirs.home, TMPDIR: tmp, RUNNER_TOOL_CACHE: dirs.toolCache };
    const mainStep = (name: string, inputs: Record<string, string>) => {
      const step = distMainStep(dirs, { inputs });
      return { name, argv: [NODE24, step.script], env: step.env, cwd: step.cwd, reset: Object.values(step.files) };
    };
    const commands = [
      { name: 'node0', argv: [NODE24, '-e', '0'], env: shellEnv, cwd: dirs.workspace },
      // No host-config and no config: the first thing the action says is that host-config is required.
      mainStep('firstError', {}),
      mainStep('validateOnly', examples),
      {
        name: 'cliValidateOnly',
        argv: [
          NODE24,
          path.join(REPO, 'bin', 'trident-iso.js'),
          '--validate-only',
          '--host-config',
          'example-host-config.yaml',
          '--cosi',
          'os.cosi',
          '--output',
          'plan.iso',
        ],
        env: shellEnv,
        cwd: dirs.workspace,
      },
    ];
    const timer = spawnSync(NODE24, [path.join(BENCH, 'cold-start-timer.mjs')], {
      input: JSON.stringify({ rounds: COLD_START_ROUNDS, timeoutMs: STEP_TIMEOUT_MS, commands }),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (timer.status !== 0) throw new Error(`the cold start's timer failed (${timer.status}):\n${timer.stderr}`);
    type Timed = { ms: number; exitCode: number | null; signal: string | null; stdout: string; stderr: string }[];
    const byCommand = JSON.parse(timer.stdout) as Record<string, Timed>;
    const check = (name: string, ok: (r: Timed[number]) => boolean, what: string) => {
      const timed = byCommand[name] ?? [];
      if (timed.length !== COLD_START_ROUNDS) throw new Error(`the cold start's timer gave ${timed.length} runs of ${name}`);
      const bad = timed.find((r) => !ok(r));
      if (bad) throw new Error(`${what} (exit ${bad.exitCode ?? bad.signal}):\n${bad.stdout.slice(-2000)}${bad.stderr.slice(-2000)}`);
      return timed.map((r) => r.ms);
    };
    const node0 = check('node0', (r) => r.exitCode === 0, '`node -e 0` failed');
    const firstError = check(
      'firstError',
      (r) => r.exitCode === 1 && workflowCommands(r.stdout).errors[0]?.title === "Input 'host-config'",
      'the first-input-error run did not fail on host-config',
    );
    const validateOnly = check('validateOnly', (r) => r.exitCode === 0, 'the validate-only run failed');
    const cliValidateOnly = check('cliValidateOnly', (r) => r.exitCode === 0, 'trident-iso --validate-only failed');
    // Each round's time over the same round's `node -e 0`, two runs the machine made at the same moment: the goals
    // are judged on the median of those ratios, and their middle half shows how far the machine moves them.
    const against = (times: readonly number[]) => {
      const ratios = times.map((ms, i) => ms / (node0[i] ?? NaN));
      return { ms: median(times), ratio: median(ratios), middleHalf: [quantile(ratios, 0.25), quantile(ratios, 0.75)] as const };
    };
    return {
      rounds: COLD_START_ROUNDS,
      nodeMs: median(node0),
      firstError: against(firstError),
      validateOnly: against(validateOnly),
      cliValidateOnly: against(cliValidateOnly),
    };
  }

  // ---------------------------------------------------------------- 3. hashing
  // The action's hashing code, types stripped, alone in a Node 24 process; the file is read from the page cache by both.
  const hashing = want('hash') ? await measureHashing() : undefined;
  async function measureHashing() {
    const hashFile = path.join(root, 'hash-input.bin');
    const block = randomFillSync(Buffer.alloc(16 * 1024 * 1024));
    const fd = openSync(hashFile, 'w');
    for (let written = 0; written < HASH_FILE_BYTES; written += block.length) writeSync(fd, block);
    closeSync(fd);
    const hasher = path.join(root, 'hash.mjs');
    const hashSource = readFileSync(path.join(REPO, 'src', 'tools', 'hash.ts'), 'utf8');
    writeFileSync(hasher, `${stripTypeScriptTypes(hashSource)}\nconsole.log(await sha256File(process.argv[2]));\n`);
    const openssl: { ms: number; kib: number }[] = [];
    const action: { ms: number; kib: number }[] = [];
    let digests = new Set<string>();
    for (let i = 0; i <= HASH_ROUNDS; i++) {
      const a = await timeProcess(['openssl', 'dgst', '-sha256', '-r', hashFile]);
      const b = await timeProcess([NODE24, hasher, hashFile]);
      if (a.exitCode !== 0 || b.exitCode !== 0) throw new Error(`hashing failed: ${a.stderr}${b.stderr}`);
      digests = new Set([...digests, a.stdout.split(' ')[0] ?? '', b.stdout.trim()]);
      if (i === 0) continue; // the first round fills the page cache
      openssl.push({ ms: a.wallMs, kib: a.peakKiB });
      action.push({ ms: b.wallMs, kib: b.peakKiB });
    }
    if (digests.size !== 1) throw new Error(`the action's SHA-256 and openssl's differ: ${[...digests].join(' ')}`);
    rmSync(hashFile);
    return {
      fileBytes: HASH_FILE_BYTES,
      opensslMs: median(openssl.map((h) => h.ms)),
      opensslPeakKiB: Math.max(...openssl.map((h) => h.kib)),
      actionMs: median(action.map((h) => h.ms)),
      actionPeakKiB: Math.max(...action.map((h) => h.kib)),
    };
  }

  // ---------------------------------------------------------------- 4. the ISO's delivery
  const isRoot = process.getuid?.() === 0;
  const deliveries: { who: string; delivery: Delivery }[] = [];
  if (isRoot && want('delivery')) {
    for (const [who, user] of [
      ['non-root (nobody)', UNPRIVILEGED],
      ['root', undefined],
    ] as const) {
      const delivery = await runDelivery({
        root: mkdtempSync(path.join(root, 'delivery-')),
        isoBytes: DELIVERY_ISO_BYTES,
        buildBytes: DELIVERY_ISO_BYTES,
        ...(user ? { user } : {}),
        env: { ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: runtimeToken(`bench-delivery-${user ? 'user' : 'root'}`, 'bench-job') },
      });
      deliveries.push({ who, delivery });
    }
  }
  const isoCount = (bytes: number) => Math.round(bytes / DELIVERY_ISO_BYTES);
  const delivery = deliveries.map(({ who, delivery: d }) => {
    const report = delivered(d);
    return {
      who,
      checkMs: report.ms.check,
      uploadMs: report.ms.upload,
      checkReads: isoCount(report.io.check.rchar),
      checkWrites: isoCount(report.io.check.wchar),
      uploadReads: isoCount(report.io.upload.rchar),
      reads: isoCount(report.io.check.rchar + report.io.upload.rchar),
      moved: d.moved,
      diskPeak: d.disk.peak,
      diskAtUpload: d.disk.atUpload,
      io: report.io,
    };
  });

  // ---------------------------------------------------------------- the figures
  say(
    `trident-iso-action bench, Node ${execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadAtStart} at the start, ${load()} at the end`,
  );
  if (runs) {
    const { cold, warm, cacheSavedBytes } = runs;
    say();
    say(
      `1. Full runs: dist/main/index.js then dist/post/index.js; stand-in tools of fixed durations (${durations}); base image ${mib(BASE_IMAGE_BYTES)}`,
    );
    for (const [label, run] of [
      ['cold', cold],
      ['warm', warm],
    ] as const) {
      say(`  Stages, ${label} run (s from the first start; ∥ = concurrent; background work last)`);
      for (const s of run.stages)
        say(
          `    ${s.name.padEnd(34)} ${(s.start / 1000).toFixed(2).padStart(6)} → ${(s.end / 1000).toFixed(2).padStart(6)}  ${seconds(s.end - s.start).padStart(8)}${['Trident RPMs', 'Base image', 'Image Customizer image'].includes(s.name) ? '  ∥' : ''}`,
        );
    }
    say();
    row('', 'cold', 'warm');
    row('wall time (main step)', seconds(cold.wallMs), seconds(warm.wallMs));
    row('fixed critical path (tools that ran)', seconds(cold.fixedCriticalMs), seconds(warm.fixedCriticalMs));
    row(
      `wall / fixed critical path (goal ≤ ${MAX_RATIO.toFixed(2)})`,
      (cold.wallMs / cold.fixedCriticalMs).toFixed(3),
      (warm.wallMs / warm.fixedCriticalMs).toFixed(3),
    );
    row("the action's own time (wall − fixed)", seconds(cold.wallMs - cold.fixedCriticalMs), seconds(warm.wallMs - warm.fixedCriticalMs));
    row('post step', seconds(cold.postMs), seconds(warm.postMs));
    row('bytes from the oras release server', `${cold.releaseBytes} B`, `${warm.releaseBytes} B`);
    row('oras pull calls (base image registry)', String(cold.orasPullCalls), String(warm.orasPullCalls));
    row('bytes written by oras pull', mib(cold.orasPullBytes), mib(warm.orasPullBytes));
    row('make ran', cold.makeRan ? 'yes' : 'no', warm.makeRan ? 'yes' : 'no');
    row('docker pull calls (Image Customizer)', String(cold.dockerPulls), String(warm.dockerPulls));
    row('restored from the Actions cache', mib(cold.cacheRestoredBytes), mib(warm.cacheRestoredBytes));
    say(`  tools that ran: cold ${cold.toolsRan.join(', ')}; warm ${warm.toolsRan.join(', ')}`);
    say(`  saved to the cache by the cold run: ${mib(cacheSavedBytes)}; warm-run cache hits: ${warm.cacheHits.join(', ') || 'none'}`);
    for (const [label, run] of Object.entries({ cold, warm }))
      for (const o of run.overruns)
        say(`  ${label} run: ${o.tool} ${o.sub} took ${millis(o.overMs)} more than its fixed duration (the machine is busy)`);
  }
  if (coldStart) {
    say();
    say(`2. Cold start, ${COLD_START_ROUNDS} interleaved rounds: the median time, and of each round's own ratio the median and the middle half`);
    row('', 'time', '× node -e 0', 'rounds', 'goal');
    row('node -e 0', millis(coldStart.nodeMs), '1.00×', '', '');
    const spread = ([low, high]: readonly [number, number]) => `${low.toFixed(2)}–${high.toFixed(2)}×`;
    const commands = [
      ['main step to its first input error', coldStart.firstError, MAX_FIRST_ERROR],
      ['main step, validate-only (examples/)', coldStart.validateOnly, MAX_VALIDATE_ONLY],
      ['trident-iso --validate-only (examples/)', coldStart.cliValidateOnly, MAX_VALIDATE_ONLY],
    ] as const;
    for (const [name, c, goal] of commands) row(name, millis(c.ms), `${c.ratio.toFixed(2)}×`, spread(c.middleHalf), `≤ ${goal}×`);
  }
  if (hashing) {
    say();
    say(`3. SHA-256 of a ${mib(HASH_FILE_BYTES)} file (page cache), median of ${HASH_ROUNDS}`);
    row('', 'time', 'peak RSS', '× openssl');
    row('openssl dgst -sha256', millis(hashing.opensslMs), mib(hashing.opensslPeakKiB * 1024), '1.00×');
    row('the action (src/tools/hash.ts)', millis(hashing.actionMs), mib(hashing.actionPeakKiB * 1024), ratio(hashing.actionMs, hashing.opensslMs));
  }
  if (want('delivery')) {
    say();
    say(
      `4. The ISO's delivery (Check ISO, then Upload artifact, as main.ts goes on after Image Customizer) of a ${mib(DELIVERY_ISO_BYTES)} root-owned ISO, beside a ${mib(DELIVERY_ISO_BYTES)} build folder; fs.protected_hardlinks=${protectedHardlinks() ? 1 : 0}`,
    );
    if (delivery.length === 0) say('  not measured: the bench runs as root to write a root-owned ISO and to start the delivery as another user');
    else {
      row('', ...delivery.map((d) => d.who));
      row('Check ISO', ...delivery.map((d) => millis(d.checkMs)));
      row('ISO reads in Check ISO', ...delivery.map((d) => String(d.checkReads)));
      row('ISO writes in Check ISO', ...delivery.map((d) => String(d.checkWrites)));
      row('ISO reads in Upload artifact', ...delivery.map((d) => String(d.uploadReads)));
      row('ISO reads in all (goal ≤ 2)', ...delivery.map((d) => String(d.reads)));
      row('moved, not copied (same inode)', ...delivery.map((d) => (d.moved ? 'yes' : 'no')));
      row('peak disk of the run', ...delivery.map((d) => mib(d.diskPeak)));
      row('disk held as the upload starts', ...delivery.map((d) => mib(d.diskAtUpload)));
      say('  (reads and writes: bytes through read/write calls of the process, /proc/<pid>/io rchar and wchar, over the ISO size)');
    }
  }

  // Formatted as the repository's prettier config wants, so `npm run lint` stays clean.
  const resultsFile = path.join(BENCH, 'results.json');
  const json = JSON.stringify({
    load: { start: loadAtStart, end: load() },
    durations: DURATIONS,
    baseImageBytes: BASE_IMAGE_BYTES,
    runs,
    coldStart,
    hashing,
    delivery,
  });
  writeFileSync(resultsFile, await prettier.format(json, { ...(await prettier.resolveConfig(resultsFile)), parser: 'json' }));

  const failures: string[] = [];
  if (runs) {
    const { cold, warm } = runs;
    const coldRatio = cold.wallMs / cold.fixedCriticalMs;
    if (coldRatio > MAX_RATIO)
      failures.push(
        `cold run: wall time ${seconds(cold.wallMs)} is ${coldRatio.toFixed(3)} × the fixed critical path ${seconds(cold.fixedCriticalMs)}`,
      );
    if (warm.releaseBytes > 0) failures.push(`warm run: downloaded ${warm.releaseBytes} bytes from the oras release server`);
    if (warm.orasPullCalls > 0 || warm.orasPullBytes > 0)
      failures.push(`warm run: pulled from the registry (${warm.orasPullCalls} oras pull, ${warm.orasPullBytes} bytes)`);
    if (warm.makeRan) failures.push('warm run: make ran again (the RPMs were not restored from the cache)');
    if (failures.length > 0)
      for (const [label, run] of Object.entries({ cold, warm })) for (const l of run.cacheLines) say(`  ${label} run said: ${l}`);
  }
  if (coldStart) {
    const over = (what: string, c: (typeof coldStart)['firstError'], goal: number) => {
      if (c.ratio > goal)
        failures.push(
          `cold start: ${what} took ${c.ratio.toFixed(2)} × node -e 0 (median ${millis(c.ms)} against ${millis(coldStart.nodeMs)}), over ${goal}×`,
        );
    };
    over("the main step's first input error", coldStart.firstError, MAX_FIRST_ERROR);
    over("the main step's validate-only", coldStart.validateOnly, MAX_VALIDATE_ONLY);
    over('trident-iso --validate-only', coldStart.cliValidateOnly, MAX_VALIDATE_ONLY);
  }
  for (const d of delivery) {
    if (d.reads > 2) failures.push(`delivery as ${d.who}: the ISO was read ${d.reads} times`);
    if (!d.moved) failures.push(`delivery as ${d.who}: the ISO was copied, not moved`);
  }
  if (want('vm')) {
    say();
    say("5. verify's VM phases (bench/vm.ts: real QEMU and OVMF)");
    const vm = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', path.join(BENCH, 'vm.ts')], {
      stdio: 'inherit',
    });
    if (vm.status !== 0) failures.push(`the VM bench failed (exit ${vm.status ?? vm.signal})`);
  }
  if (want('patch')) {
    say();
    say("6. Patching an ISO's host config (bench/patch.ts: trident-iso patch against a copy)");
    const patch = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', path.join(BENCH, 'patch.ts')], {
      stdio: 'inherit',
    });
    if (patch.status !== 0) failures.push(`the patch bench failed (exit ${patch.status ?? patch.signal})`);
  }
  say();
  for (const f of failures) say(`FAIL: ${f}`);
  // Only the goals of the sections that ran: a section left out holds nothing.
  const held = [
    ...(runs ? [`cold wall within ${Math.round((MAX_RATIO - 1) * 100)}% of the fixed critical path; the warm run downloaded nothing`] : []),
    ...(coldStart ? [`the first input error within ${MAX_FIRST_ERROR}× and validate-only within ${MAX_VALIDATE_ONLY}× node -e 0`] : []),
    ...(deliveries.length > 0 ? ['the ISO read at most twice, moved'] : []),
  ];
  if (failures.length === 0) say(held.length > 0 ? `OK: ${held.join('; ')}.` : 'OK: no section with a goal ran.');
  process.exitCode = failures.length > 0 ? 1 : 0;
} catch (error) {
  const told = error instanceof SetupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`bench: ${told}`);
  process.exitCode = 2;
} finally {
  await cleanUp();
}
// Everything this started is stopped; exit now rather than wait for a stray timer
// (the e2e startDaemon's stop() leaves its 15 s SIGKILL fallback timer running).
process.exit();
