// What a workflow's run page shows (in process, stand-in tools): the job
// summary of a failed run and of validate-only, the outputs of a run that
// stopped part way, and the lines of stages that run at once, live.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRun, REPO, runAction, type RunnerDirs } from '../support/runner.js';
import { readCalls, standinRunner } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'workflows-'))));
  copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
  // A Trident checkout (the stand-in make builds real RPMs) and a local base image.
  mkdirSync(path.join(dirs.workspace, 'trident'));
  writeFileSync(path.join(dirs.workspace, 'trident', 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
  writeFileSync(path.join(dirs.workspace, 'base.vhdx'), 'a base image\n');
});

const INPUTS = { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'trident-source': 'trident' };

describe('the job summary of a failed run', () => {
  it('holds the error and the last lines of the failing tool, each once', async () => {
    const run = await runAction(dirs, { inputs: INPUTS, env: { ...env, STANDIN_FAIL: 'make:bin/trident-rpms.tar.gz' } });
    expect(run.main.exitCode).toBe(1);
    const error = run.main.errors.find((e) => e.title === 'Trident RPMs failed');
    expect(error, describeRun(run)).toBeDefined();
    const summary = run.summary;
    expect(summary).toContain('The stage **Trident RPMs** failed:');
    // The error as the annotation says it, in a block of its own, without saying the stage again.
    expect(error!.message).toMatch(/^Trident RPMs failed: make exited with code 3/);
    expect(summary).toContain('```text\nmake exited with code 3');
    expect(summary.match(/Trident RPMs\*?\*? failed/g)).toHaveLength(1);
    expect(summary).toContain('make bin/trident-rpms.tar.gz: failing on purpose');
    // The tool's last lines (the stand-in make prints 50 and fails): the last one there, each line once in the summary.
    expect(summary).toContain('make bin/trident-rpms.tar.gz: log line 50');
    expect(summary.split('make bin/trident-rpms.tar.gz: log line 50').length - 1).toBe(1);
    expect(summary).not.toContain('log line 1\n');
    expect(summary).toContain('### Where the time went');
  });

  it('says the step failed before its first stage, with the error, when an input is wrong', async () => {
    const run = await runAction(dirs, { inputs: { cosi: 'os.cosi' }, env });
    expect(run.main.exitCode).toBe(1);
    expect(run.summary).toContain("Input 'host-config': is required");
    expect(run.summary.match(/Input 'host-config'/g)).toHaveLength(1);
  });
});

describe('outputs of a failed run', () => {
  it('name what was known when it stopped: the configs and the base image digest, not the ISO', async () => {
    const run = await runAction(dirs, {
      inputs: { ...INPUTS, 'base-image-file': 'base.vhdx' },
      // make fails once the base image (a local file: its digest at once) is done.
      env: { ...env, STANDIN_SLEEP: 'make:bin/trident-rpms.tar.gz:3', STANDIN_FAIL: 'make:bin/trident-rpms.tar.gz' },
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/■ Base image: done in/);
    const sha = createHash('sha256')
      .update(readFileSync(path.join(dirs.workspace, 'base.vhdx')))
      .digest('hex');
    expect(run.outputs['base-image-digest']).toBe(`sha256:${sha}`);
    expect(run.outputs['config-path']).toMatch(/\.yaml$/);
    expect(run.outputs['host-config-path']).toMatch(/host-config/);
    expect(run.outputs['trident-version'] ?? '').toBe('');
    expect(run.outputs['iso-path'] ?? '').toBe('');
  });
});

describe('stages that run at once', () => {
  it('print their lines live, each prefixed with its stage, and end with one line each', async () => {
    const run = await runAction(dirs, { inputs: { ...INPUTS, 'base-image-file': 'base.vhdx' }, env });
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    const lines = run.main.stdout.split('\n');
    const prefixed = lines.filter((l) => l.startsWith('[Trident RPMs] '));
    expect(prefixed.length, run.main.stdout).toBeGreaterThan(0);
    const done = lines.findIndex((l) => l.startsWith('■ Trident RPMs: done in'));
    // Printed as they came, not held back until the stage ended.
    expect(lines.indexOf(prefixed[0]!)).toBeLessThan(done);
    expect(lines.filter((l) => l.startsWith('■ '))).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('::group::Trident RPMs'))).toBe(false);
  });
});

describe('validate-only', () => {
  it('writes a job summary: the checks that passed, the commands, the configs (collapsed)', async () => {
    const run = await runAction(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'validate-only': 'true' }, env, post: false });
    expect(run.main.exitCode, describeRun(run)).toBe(0);
    expect(readCalls(log).filter((c) => c.tool !== 'docker' || c.argv[0] !== 'info')).toEqual([]);
    const s = run.summary;
    expect(s).toContain('## Trident installer ISO: validate-only');
    expect(s).toContain('- ✅ **Check inputs**');
    expect(s).toContain('- ✅ **Write Image Customizer config**');
    expect(s).toMatch(/docker run --rm --privileged/);
    // The configs as written, each in a collapsed block.
    const config = readFileSync(run.outputs['config-path']!, 'utf8');
    const hostConfig = readFileSync(run.outputs['host-config-path']!, 'utf8');
    expect(s).toContain(`<details><summary>Image Customizer config (<code>${run.outputs['config-path']}</code>)</summary>`);
    expect(s).toContain(config.trimEnd());
    expect(s).toContain(`<details><summary>Host config the ISO carries (<code>${run.outputs['host-config-path']}</code>)</summary>`);
    expect(s).toContain(hostConfig.trimEnd());
  });
});
