import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext, runContext } from '../../src/context/run-context.js';
import { Cancelled } from '../../src/run/cancel.js';
import { LeftoverTracker } from '../../src/run/leftovers.js';
import { runProcesses } from '../../src/run/procedure.js';
import { Stages } from '../../src/run/stages.js';
import {
  createWorkDir,
  dropCredentials,
  removeInBackground,
  removeNow,
  removeWorkDir,
  trimWorkDir,
  VALIDATE_ONLY_PARTS,
} from '../../src/run/workdir.js';
import { baseImage, pickDiskImage } from '../../src/stages/base-image.js';
import { tridentRpms } from '../../src/stages/rpms.js';
import { cacheKeys, restore } from '../../src/tools/cache.js';
import { abortable } from '../../src/tools/abortable.js';
import { childEnvironment, CommandError, processes } from '../../src/tools/exec.js';
import { inputEnv, recordingRuntime } from '../support/runner.js';
import { standinRunner } from '../support/standins.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'exec-test-'));
const { run, runChecked } = processes(process.env);

describe('exec', () => {
  it('passes argv without a shell: metacharacters stay literal', async () => {
    const canary = path.join(tmp, 'pwned');
    const result = await run(['printf', '%s', `$(touch ${canary}); echo hi`], { captureStdout: true });
    expect(result.stdout).toBe(`$(touch ${canary}); echo hi`);
    expect(existsSync(canary)).toBe(false);
  });

  it('feeds standard input (how passwords reach --password-stdin)', async () => {
    expect((await run(['cat'], { input: 's3cret', captureStdout: true })).stdout).toBe('s3cret');
  });

  it('keeps stdout as bytes too (a cpio archive is not text)', async () => {
    const result = await run(['printf', '\\377\\000\\001'], { captureStdout: true });
    expect([...result.stdoutBytes]).toEqual([0xff, 0x00, 0x01]);
  });

  it('streams lines as they come and keeps the last ones for errors', async () => {
    const lines: string[] = [];
    const error = await runChecked(['sh', '-c', 'for i in $(seq 1 60); do echo line $i; done; echo boom >&2; exit 4'], {
      onLine: (l) => lines.push(l),
    }).catch((e: unknown) => e);
    expect(lines).toHaveLength(61);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).exitCode).toBe(4);
    expect((error as CommandError).tail).toHaveLength(40);
    expect((error as CommandError).message).toMatch(/sh exited with code 4; its last output:\n[\s\S]*line 60\nboom$/);
  });

  it('is stopped by its abort signal: the call settles once the process has ended', async () => {
    const controller = new AbortController();
    const marker = path.join(tmp, 'sleeper-finished');
    const pending = run(['sh', '-c', `sleep 30; touch ${marker}`], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    await expect(pending).rejects.toThrow('stop');
    expect(existsSync(marker)).toBe(false);
  });

  it('does not keep stdout unless asked (memory stays bounded)', async () => {
    expect((await run(['echo', 'hello'])).stdout).toBe('');
  });

  it("gives children the step environment it was made with, not this process's", async () => {
    const exec = processes({ PATH: process.env.PATH, ONLY_HERE: 'yes' });
    const result = await exec.run(['sh', '-c', 'echo "$ONLY_HERE/${HOME:-no home}"'], { captureStdout: true });
    expect(result.stdout.trim()).toBe('yes/no home');
    expect(childEnvironment({ A: 'a', B: undefined })).toEqual({ A: 'a' });
  });

  it('stops what a child started too (its process group) when the run is cancelled', async () => {
    const controller = new AbortController();
    const exec = processes(process.env, controller.signal, 1000);
    const marker = path.join(tmp, 'grandchild-alive');
    const pending = exec.run(['sh', '-c', `(sleep 1; touch ${marker}) & wait`]);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort(new Cancelled('SIGTERM'));
    await expect(pending).rejects.toThrow(Cancelled);
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(marker)).toBe(false);
  });

  it('cancelling the run ends every running child, and starts no new one', async () => {
    const controller = new AbortController();
    const exec = processes(process.env, controller.signal, 1000);
    const pending = [exec.run(['sleep', '30']), exec.run(['sleep', '30'])];
    await new Promise((r) => setTimeout(r, 50));
    controller.abort(new Cancelled('SIGINT'));
    const results = await Promise.allSettled(pending);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(exec.run(['true'])).rejects.toThrow(Cancelled);
  });
});

describe("the run's processes (exec.ts loaded with the first)", () => {
  it('run the first once exec.ts has loaded, and every later one in the turn of its call', async () => {
    const exec = runProcesses({ PATH: process.env.PATH ?? '' });
    let first = false;
    const running = exec.run(['true'], { onSpawn: () => (first = true) });
    expect(first).toBe(false);
    expect((await running).exitCode).toBe(0);
    expect(first).toBe(true);
    // A turn's delay let other work on this thread (a client loading) go first and held make's start back.
    for (const call of [exec.run, exec.runChecked]) {
      let spawned = false;
      const later = call(['true'], { onSpawn: () => (spawned = true) });
      expect(spawned).toBe(true);
      expect((await later).exitCode).toBe(0);
    }
  });
});

describe('abortable (library calls that take no signal)', () => {
  it('settles as the call does while the run goes on', async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve('done'), controller.signal)).resolves.toBe('done');
    await expect(abortable(Promise.reject(new Error('503')), controller.signal)).rejects.toThrow('503');
  });

  it('gives up when the run is cancelled, with the cancellation', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => undefined);
    const waiting = abortable(never, controller.signal);
    controller.abort(new Cancelled('SIGTERM'));
    await expect(waiting).rejects.toThrow(Cancelled);
    await expect(abortable(never, controller.signal)).rejects.toThrow(Cancelled);
  });
});

describe('work directory', () => {
  it('is created with its parts, trimmed to its config, and removed', async () => {
    const work = createWorkDir(tmp);
    expect(path.basename(work.root)).toMatch(/^trident-iso-/);
    expect(readdirSync(work.root).sort()).toEqual(['auth', 'base', 'build', 'config', 'output', 'rpms', 'scratch']);
    await dropCredentials(work);
    await trimWorkDir(work);
    expect(readdirSync(work.root)).toEqual(['config']);
    await removeWorkDir(work.root);
    expect(existsSync(work.root)).toBe(false);
  });

  it("validate-only's is made with only the parts it writes in (the configs, and scratch for prebuilt RPMs)", async () => {
    const work = createWorkDir(tmp, undefined, VALIDATE_ONLY_PARTS);
    expect(readdirSync(work.root).sort()).toEqual(['config', 'scratch']);
    // Every part's path is in the WorkDir all the same: validate-only's plan prints them.
    expect(path.dirname(work.auth)).toBe(work.root);
    await removeWorkDir(work.root);
    expect(existsSync(work.root)).toBe(false);
  });

  it('never removes a folder it did not create', async () => {
    const mine = mkdtempSync(path.join(tmp, 'user-'));
    await expect(removeWorkDir(mine)).rejects.toThrow(/refusing/);
    expect(existsSync(mine)).toBe(true);
  });

  // The post step's and the CLI's clean-up remove at once (rmSync); the build frees its disk off the thread.
  it.each([
    ['removeNow', removeNow],
    ['removeInBackground', removeInBackground],
  ] as const)('%s removes a whole work folder, and a failure is a rejection, not a throw', async (_name, remove) => {
    const work = createWorkDir(tmp);
    writeFileSync(path.join(work.config, 'ic-config.yaml'), 'os: {}\n');
    await removeWorkDir(work.root, undefined, remove);
    expect(existsSync(work.root)).toBe(false);
    // /proc's files cannot be removed, not even by root.
    let failed: Promise<void> | undefined;
    expect(() => (failed = remove('/proc/1/status'))).not.toThrow();
    await expect(failed).rejects.toHaveProperty('code');
  });

  it('what this user may not remove goes to the remover that runs as root, then is removed again', async () => {
    const work = createWorkDir(tmp);
    const asRoot: string[][] = [];
    let denied = true;
    // As a job user meets root-owned files the container left: the first removal is refused.
    const remove = (p: string) =>
      denied ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, rmdir '${p}'`), { code: 'EACCES' })) : removeNow(p);
    await removeWorkDir(work.root, (paths) => ((denied = false), asRoot.push([...paths]), Promise.resolve()), remove);
    expect(asRoot).toEqual([[work.root]]);
    expect(existsSync(work.root)).toBe(false);
  });
});

describe('base image', () => {
  it('picks the disk image among the pulled files', () => {
    expect(pickDiskImage(['image.vhdx.spdx.json', 'image.vhdx.spdx.json.sig', 'image.vhdx'])).toBe('image.vhdx');
    expect(pickDiskImage(['disk.qcow2', 'notes.txt'])).toBe('disk.qcow2');
    expect(pickDiskImage(['image.vhdx.spdx.json'])).toBeUndefined();
  });

  it('takes a local file as it is, with its SHA-256 as the digest, and no oras', async () => {
    const file = path.join(tmp, 'base.vhdx');
    writeFileSync(file, 'vhdxfile');
    const rt = recordingRuntime({ ...inputEnv({ 'host-config': 'hc.yaml', 'base-image-file': file }), GITHUB_WORKSPACE: tmp, RUNNER_TEMP: tmp });
    // No program can start: were oras tried, the stage would fail.
    const start = readContext(rt, processes({ PATH: '/nonexistent' }));
    const ctx = runContext(start, tmp, { leftovers: new LeftoverTracker(() => undefined), stages: new Stages(rt.console) });
    const base = await baseImage(ctx, () => undefined, new AbortController().signal);
    expect(base).toEqual({ file, digest: `sha256:${createHash('sha256').update('vhdxfile').digest('hex')}` });
    expect(rt.paths).toEqual([]);
  });
});

describe('cache', () => {
  it('keys the base image by platform and digest, the RPMs by platform and commit', () => {
    expect(cacheKeys.baseImage('linux/amd64', `sha256:${'a'.repeat(64)}`)).toBe(`trident-iso-base-image-linux-amd64-sha256-${'a'.repeat(64)}`);
    expect(cacheKeys.rpms('linux/arm64', 'abc123')).toBe('trident-iso-rpms-linux-arm64-abc123');
  });

  it('hands the save of freshly built RPMs to the background: the RPM stage ends without waiting for it', async () => {
    const { dirs, env: standins } = standinRunner(mkdtempSync(path.join(tmp, 'rpm-cache-')));
    const checkout = path.join(dirs.workspace, 'trident');
    mkdirSync(checkout);
    writeFileSync(path.join(checkout, 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    writeFileSync(path.join(checkout, '.gitignore'), 'bin/\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: checkout });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'clean');
    // A cache service is configured for the step (cache: true applies); the stand-in make builds the RPMs.
    const env = {
      ...inputEnv({ 'host-config': 'hc.yaml', 'trident-source': 'trident' }),
      ...standins,
      GITHUB_WORKSPACE: dirs.workspace,
      RUNNER_TEMP: dirs.temp,
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
    };
    const rt = recordingRuntime(env);
    const stages = new Stages(rt.console);
    const handed: string[] = [];
    stages.background = (name) => void handed.push(name);
    const ctx = runContext(readContext(rt, processes(env)), dirs.temp, { leftovers: new LeftoverTracker(() => undefined), stages });
    expect(ctx.cache).toBe(true);
    const config = {
      configHostPath: '',
      configContainerPath: '',
      configDir: '',
      hostConfigPath: '',
      lists: [],
      owned: { expected: { liveOs: [], media: [], absent: [] }, input: undefined },
    };
    const set = await tridentRpms(config, undefined)(ctx, () => undefined, new AbortController().signal);
    expect(set.packages.map((p) => p.name)).toContain('trident');
    // The save was handed on, not run: the stage returned while it is still to do.
    expect(handed).toEqual(['Save RPMs to the cache']);
  });

  it('restores nothing, and says so, where there is no cache service', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    const lines: string[] = [];
    try {
      expect(
        await restore(path.join(tmp, 'c'), 'k', { info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`) }, processes(process.env)),
      ).toBe(false);
    } finally {
      process.env = saved;
    }
    expect(lines).toEqual(['The Actions cache service is not available here: nothing is restored.']);
  });
});
