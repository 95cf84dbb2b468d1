import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickDiskImage, getBaseImage } from '../../src/stages/base-image.js';
import { cacheKeys, restore } from '../../src/tools/cache.js';
import { CommandError, run, runChecked, stopAll } from '../../src/tools/exec.js';
import { createWorkDir, dropCredentials, removeWorkDir, trimWorkDir } from '../../src/run/workdir.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'exec-test-'));

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

  it('is stopped by its abort signal', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = run(['sleep', '30'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not keep stdout unless asked (memory stays bounded)', async () => {
    expect((await run(['echo', 'hello'])).stdout).toBe('');
  });

  it('stops what a child started too (its process group)', async () => {
    const marker = path.join(tmp, 'grandchild-alive');
    const pending = run(['sh', '-c', `(sleep 1; touch ${marker}) & wait`]);
    await new Promise((r) => setTimeout(r, 100));
    await stopAll(1000);
    await pending;
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(marker)).toBe(false);
  });

  it('stopAll ends every running child (what cancellation uses)', async () => {
    const pending = [run(['sleep', '30']), run(['sleep', '30'])];
    await new Promise((r) => setTimeout(r, 50));
    await stopAll(1000);
    const results = await Promise.all(pending);
    expect(results.map((r) => r.exitCode)).toEqual([128, 128]);
  });
});

describe('work directory', () => {
  it('is created with its parts, trimmed to its config, and removed', async () => {
    const work = await createWorkDir(tmp);
    expect(path.basename(work.root)).toMatch(/^trident-iso-/);
    expect(readdirSync(work.root).sort()).toEqual(['auth', 'base', 'build', 'config', 'output', 'rpms', 'scratch']);
    await dropCredentials(work);
    await trimWorkDir(work);
    expect(readdirSync(work.root)).toEqual(['config']);
    await removeWorkDir(work.root);
    expect(existsSync(work.root)).toBe(false);
  });

  it('never removes a folder it did not create', async () => {
    const mine = mkdtempSync(path.join(tmp, 'user-'));
    await expect(removeWorkDir(mine)).rejects.toThrow(/refusing/);
    expect(existsSync(mine)).toBe(true);
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
    const base = await getBaseImage({ kind: 'file', path: file }, 'linux/amd64', path.join(tmp, 'pull'), () => Promise.reject(new Error('no oras')));
    expect(base).toEqual({ file, digest: `sha256:${createHash('sha256').update('vhdxfile').digest('hex')}` });
  });
});

describe('cache', () => {
  it('keys the base image by platform and digest, the RPMs by platform and commit', () => {
    expect(cacheKeys.baseImage('linux/amd64', `sha256:${'a'.repeat(64)}`)).toBe(`trident-iso-base-image-linux-amd64-sha256-${'a'.repeat(64)}`);
    expect(cacheKeys.rpms('linux/arm64', 'abc123')).toBe('trident-iso-rpms-linux-arm64-abc123');
  });

  it('restores nothing, and says so, where there is no cache service', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    const lines: string[] = [];
    try {
      expect(await restore(path.join(tmp, 'c'), 'k', { info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`) })).toBe(false);
    } finally {
      process.env = saved;
    }
    expect(lines).toEqual(['The Actions cache service is not available here: nothing is restored.']);
  });
});
