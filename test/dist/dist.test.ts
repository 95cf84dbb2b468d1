// Smoke tests of the bundle: dist/main/index.js, dist/post/index.js and dist/cli/index.js (as
// bin/trident-iso.js runs it) on Node 24, started as processes exactly as a
// runner (or a terminal) starts them, with the stand-in tools of
// test/dist/standins. They prove what only the bundle can get wrong: that it
// loads (the lazily loaded chunks included), talks to the runner through
// @actions/core (workflow commands, GITHUB_OUTPUT/STATE/STEP_SUMMARY, STATE_*
// in the post step), exits with the right code, and stops on the signals a
// cancelled job sends. What the action does is tested in process
// (test/behaviour, test/bad-input, test/faults); against real components in
// test/e2e.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { NODE24, REPO, runAction, startAction, type ActionRequest, type RunnerDirs } from '../support/runner.js';
import { emptyPlaceholder } from '../../src/iso/placeholder.js';
import { extractWithXorriso, makeIso } from '../support/iso-tools.js';
import { alive, readCalls, standinRunner, subcommand, waitFor, type Call } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const FIXTURES = path.join(REPO, 'test', 'fixtures');
const INPUTS = { 'host-config': 'host-config.yaml', cosi: 'os.cosi' };
/** A --import hook that writes the modules Node loaded to $MODULE_LOAD_LIST when the process exits. */
const MODULE_LIST_HOOK = pathToFileURL(path.join(REPO, 'test', 'support', 'module-load-list.mjs')).href;

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;

const calls = (tool?: string, sub?: string): Call[] => readCalls(log, tool).filter((c) => !sub || subcommand(c) === sub);
const leftovers = () => readdirSync(dirs.temp).filter((d) => d.startsWith('trident-iso-'));

function dist(inputs: Record<string, string>, extraEnv: Record<string, string> = {}, more: Partial<ActionRequest> = {}) {
  return runAction(dirs, { inputs, env: { ...env, ...extraEnv }, mode: 'dist', timeoutMs: 60_000, ...more });
}

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'dist-test-'))));
  copyFileSync(path.join(FIXTURES, 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
});

describe('dist/main/index.js and dist/post/index.js on Node 24', () => {
  it('main: builds the ISO, sets the outputs and the summary, saves the state; post: removes what was left', async () => {
    const run = await dist(INPUTS);
    expect(run.main.exitCode, run.main.stdout + run.main.stderr).toBe(0);
    const iso = readFileSync(path.join(dirs.workspace, 'installer.iso'));
    const work = run.state['work-dir']!;
    expect(run.outputs).toEqual({
      'config-path': `${work}/config/ic-config.yaml`,
      'host-config-path': `${work}/config/host-config.yaml`,
      'base-image-digest': `sha256:${'d'.repeat(64)}`,
      'trident-version': '',
      'iso-path': path.join(dirs.workspace, 'installer.iso'),
      'iso-sha256': createHash('sha256').update(iso).digest('hex'),
      'iso-size': String(iso.length),
      'artifact-id': '',
      'artifact-url': '',
      'artifact-digest': '',
    });
    expect(Object.keys(run.state).sort()).toEqual(['container', 'engine', 'image', 'process-groups', 'work-dir']);
    // Every process group the run started had ended by the end of the step: none left for the post step to stop.
    expect(run.state['process-groups']).toBe('');
    expect(run.paths).toEqual([path.join(dirs.toolCache, 'oras', '1.3.0', process.arch)]);
    expect(run.main.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^The ISO was not uploaded: not running inside a GitHub Actions job/));
    expect(run.main.stdout).toMatch(/^::group::Image Customizer$/m);
    expect(run.summary).toContain('## Trident installer ISO');
    expect(run.summary).toContain('```mermaid');
    expect(calls().map((c) => `${c.tool} ${subcommand(c)}`)).toEqual(
      expect.arrayContaining(['docker info', 'oras manifest', 'oras pull', 'docker pull', 'docker run-helper', 'docker run']),
    );
    // The post step read STATE_* and removed the work folder.
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.stdout).toContain(`Removed ${work}.`);
    expect(existsSync(work)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  // What the time validate-only takes against `node -e 0` (npm run bench) stands for: node:crypto took a tenth of
  // it, node:fs/promises (a dozen of Node's modules) with its round trips to libuv's thread pool a twentieth.
  // It starts no process either: node:child_process (with the stream modules it brings) is not its to load.
  it('validate-only loads neither node:crypto, node:fs/promises nor node:child_process (a --import hook lists the modules Node loaded)', async () => {
    const list = path.join(dirs.tmpdir, 'module-load-list.txt');
    const run = await dist({ ...INPUTS, 'validate-only': 'true' }, { NODE_OPTIONS: `--import=${MODULE_LIST_HOOK}`, MODULE_LOAD_LIST: list }, { post: false });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    // The hook itself ran: the list holds what every run loads.
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((m) => m.includes('crypto') || m.includes('fs/promises') || m.includes('child_process'))).toEqual([]);
  });

  it('a bad input: exit 1, one ::error titled with the input, nothing started', async () => {
    const run = await dist({ ...INPUTS, 'selinux-mode': 'sometimes' });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/^::error title=Input 'selinux-mode'::Input 'selinux-mode': must be one of disabled, permissive, enforcing, force-enforcing/m);
    expect(run.main.errors).toHaveLength(1);
    expect(calls()).toEqual([]);
  });

  it("Image Customizer fails: exit 1 with its log's tail, the container removed, no ISO", async () => {
    const run = await dist(INPUTS, { STANDIN_FAIL: 'docker:run' });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toEqual([
      { title: 'Image Customizer failed', message: expect.stringMatching(/^Image Customizer failed \(exit code 3\)\. The last lines of its log:\n[\s\S]*docker run: failing on purpose$/) },
    ]);
    expect(calls('docker', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', run.state.container]);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('the cache service fails: a warning, and the build carries on (the cache client loads)', async () => {
    // A results service that refuses connections: the cache fails, the build does not.
    const broken = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_CACHE_SERVICE_V2: 'true' };
    const run = await dist({ ...INPUTS, upload: 'false' }, broken);
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    // The lookup before the pull (tools/results-service.ts) warns and the pull goes on; then the save's
    // client (@actions/cache) loads and reports its own failure (it could not reserve the entry); the run carries on.
    expect(run.main.stdout).toMatch(/::warning::The cache could not be read \(Failed to GetCacheEntryDownloadURL: .*ECONNREFUSED\); carrying on without it\./);
    expect(run.main.stdout).toMatch(/^Failed to save: Unable to reserve cache with key trident-iso-base-image-/m);
    expect(calls('oras').map((c) => c.argv[0])).toEqual(['manifest', 'pull']);
    expect(run.outputs['iso-sha256']).toMatch(/^[a-f0-9]{64}$/);
  });

  it('credentials: masked through @actions/core, and given to the tools on stdin only', async () => {
    const password = 'p4ss`touch x`;|cat';
    const run = await dist({ ...INPUTS, 'registry-username': 'robot', 'registry-password': password, upload: 'false' });
    expect(run.main.exitCode, run.main.stdout).toBe(0);
    expect(run.main.masks).toEqual([password]);
    expect(run.main.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes('p4ss'))).toEqual([]);
    const login = calls('oras').find((c) => c.argv[0] === 'login');
    expect(login?.stdin).toBe(password);
    expect(calls().flatMap((c) => c.argv).some((a) => a.includes('p4ss'))).toBe(false);
  });

  it('post step: never fails, even with the engine gone and the work folder already removed', async () => {
    const run = await dist(
      INPUTS,
      { STANDIN_FAIL: 'docker:run' },
      {
        betweenSteps: (_outputs, state) => rmSync(state['work-dir']!, { recursive: true, force: true }),
        postEnv: { PATH: `${path.dirname(NODE24)}:/nonexistent` },
      },
    );
    expect(run.main.exitCode).toBe(1);
    expect(run.post?.exitCode, run.post?.stdout).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});

describe('a cancelled job (signals to dist/main/index.js)', () => {
  it('SIGTERM while Image Customizer runs: exit 130, the container removed, the work folder gone, the post step succeeds', async () => {
    const step = startAction(dirs, { inputs: INPUTS, env: { ...env, STANDIN_SLEEP_RUN: '30' }, mode: 'dist', timeoutMs: 60_000 });
    await waitFor('docker run', () => calls('docker', 'run').length > 0);
    const docker = calls('docker', 'run')[0]!;
    const workDir = step.state()['work-dir']!;
    step.cancel('SIGTERM');
    const run = await step.done;
    expect(run.main.exitCode, run.main.stdout + run.main.stderr).toBe(130);
    expect(run.main.stdout).toContain('::warning::Received SIGTERM: stopping the build and cleaning up.');
    expect(calls('docker', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', run.state.container]);
    await waitFor('docker run to end', () => !alive(docker.pid), 5_000);
    expect(existsSync(workDir)).toBe(false);
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.warnings).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('SIGINT then SIGTERM, as the runner sends them: one cleanup, exit 130', async () => {
    const step = startAction(dirs, { inputs: INPUTS, env: { ...env, STANDIN_SLEEP_RUN: '30' }, mode: 'dist', timeoutMs: 60_000 });
    await waitFor('docker run', () => calls('docker', 'run').length > 0);
    step.cancel('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (step.child?.exitCode === null) step.cancel('SIGTERM');
    const run = await step.done;
    expect(run.main.exitCode, run.main.stdout).toBe(130);
    expect(run.main.stdout.match(/Received SIG(INT|TERM)/g)).toEqual(['Received SIGINT']);
    expect(calls('docker', 'rm').map((c) => c.argv)).toContainEqual(['rm', '--force', run.state.container]);
    expect(leftovers()).toEqual([]);
  });
});

describe('bin/trident-iso.js (dist/cli/index.js)', () => {
  const cli = (...args: string[]) => cliWith({}, ...args);
  const cliWith = (extraEnv: Record<string, string>, ...args: string[]) =>
    promisify(execFile)(NODE24, [path.join(REPO, 'bin', 'trident-iso.js'), ...args], {
      cwd: dirs.workspace,
      env: { ...env, HOME: dirs.home, TMPDIR: dirs.tmpdir, RUNNER_TOOL_CACHE: dirs.toolCache, ...extraEnv },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('--validate-only prints the plan and the configs, starts nothing, and leaves nothing behind', async () => {
    const result = await cli('--host-config', 'host-config.yaml', '--cosi', 'os.cosi', '--validate-only');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Every input is valid. Without validate-only the action would run:');
    expect(result.stdout).toMatch(/# Image Customizer config\n/);
    expect(result.stdout).toMatch(/# Host config the ISO carries\n[\s\S]*file:\/\/\/mnt\/trident_cdrom\/images\/azure-linux\.cosi/);
    expect(calls()).toEqual([]);
    expect(readdirSync(dirs.tmpdir).filter((d) => d.startsWith('trident-iso-'))).toEqual([]);
  });

  // The CLI as the main step, and its clean-up (the work folder removed at the end) with node:fs's synchronous calls;
  // what stops processes, a VM or a container (and node:child_process with it) loads only for a run that left one.
  it('--validate-only loads neither node:crypto, node:fs/promises nor node:child_process, and pins the COSI by the SHA-384 node:crypto gives its metadata.json', async () => {
    const list = path.join(dirs.tmpdir, 'module-load-list.txt');
    const result = await cliWith({ NODE_OPTIONS: `--import=${MODULE_LIST_HOOK}`, MODULE_LOAD_LIST: list }, '--host-config', 'host-config.yaml', '--cosi', 'os.cosi', '--validate-only');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((m) => m.includes('crypto') || m.includes('fs/promises') || m.includes('child_process'))).toEqual([]);
    // Its work folder is gone, removed as the post step removes one.
    expect(readdirSync(dirs.tmpdir).filter((d) => d.startsWith('trident-iso-'))).toEqual([]);
    // GNU tar reads metadata.json out of the COSI (a tar); node:crypto hashes it here, in the test.
    const metadata = execFileSync('tar', ['-xOf', path.join(dirs.workspace, 'os.cosi'), 'metadata.json']);
    expect(result.stdout).toContain(`sha384: ${createHash('sha384').update(metadata).digest('hex')}`);
  });

  it('a wrong flag exits 2, a wrong input 1, each saying what to fix', async () => {
    const flag = await cli('--hots-config', 'x');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--hots-config'[\s\S]*trident-iso --help/);
    const input = await cli('--host-config', 'host-config.yaml', '--platform', 'linux/386');
    expect(input.code).toBe(1);
    expect(input.stderr).toMatch(/^error: Input 'platform': must be one of linux\/amd64, linux\/arm64; got 'linux\/386'\.$/m);
  });

  it('patch: another host config into a patchable ISO, no tool started; the ISO given untouched, --in-place writes into it', async () => {
    makeIso(path.join(dirs.workspace, 'in.iso'), { '/trident-config.yaml': emptyPlaceholder(8192), '/images/azure-linux.cosi': readFileSync(path.join(dirs.workspace, 'os.cosi')) });
    const before = sha256(path.join(dirs.workspace, 'in.iso'));
    const result = await cli('patch', '--iso', 'in.iso', '--host-config', 'host-config.yaml', '--output', 'out.iso');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const out = path.join(dirs.workspace, 'out.iso');
    expect(result.stdout).toContain(`iso-sha256: ${sha256(out)}`);
    expect(extractWithXorriso(out, '/trident-config.yaml').toString()).toContain('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect(sha256(path.join(dirs.workspace, 'in.iso'))).toBe(before);
    expect(calls()).toEqual([]);
    const missing = await cli('patch', '--iso', 'in.iso', '--host-config', 'host-config.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--output is required');
    const inPlace = await cli('patch', '--iso', 'in.iso', '--host-config', 'host-config.yaml', '--in-place');
    expect(inPlace.code, inPlace.stdout + inPlace.stderr).toBe(0);
    expect(sha256(path.join(dirs.workspace, 'in.iso'))).toBe(sha256(out));
  });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
