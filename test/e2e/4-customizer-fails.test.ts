// Scenario 4 (and 7): Image Customizer exits non-zero. The step fails, the
// error holds the tail of its log, no container is left, nothing is uploaded.
// The failure is a real one: a package that no repository has (tdnf's
// "package not found or not installed", Error(1011); Image Customizer exits 1).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from './lib/proc.js';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { fetchState } from './lib/results-service.js';
import { describeRun, errorText } from '../support/runner.js';
import { e2e, newScenario } from './lib/scenario.js';
import { prepareWorkspace } from './lib/workspace.js';

describe('Image Customizer fails', () => {
  it('4: the step fails with the tail of its log, leaves no container and uploads nothing', async () => {
    const c = e2e();
    const s = newScenario('ic-fails');
    await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
    const dockerEnv = { ...process.env, ...c.docker.env };
    const containersBefore = (await exec(['docker', 'ps', '-aq'], { env: dockerEnv })).stdout.split('\n').filter(Boolean);
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image-file': 'base.vhdx',
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
      packages: 'e2e-no-such-package',
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).not.toBe(0);
    const error = errorText(run.main);
    expect(error, log).toMatch(/Image Customizer/i);
    expect(error, 'the error holds the last lines of its log').toContain('failed to install packages');
    expect(error, 'the error holds the last lines of its log').toContain('e2e-no-such-package package not found or not installed');
    expect(error, 'the error holds the last lines of its log').toContain('Error(1011) : No matching packages');
    expect(error).toMatch(/\b1\b/);

    const containersAfter = (await exec(['docker', 'ps', '-aq'], { env: dockerEnv })).stdout.split('\n').filter(Boolean);
    expect(
      containersAfter.filter((id) => !containersBefore.includes(id)),
      'a container is left',
    ).toEqual([]);
    expect(existsSync(path.join(s.dirs.workspace, 'installer.iso'))).toBe(false);
    for (const name of ['iso-path', 'iso-sha256', 'artifact-id', 'artifact-url']) expect(run.outputs[name] ?? '', name).toBe('');
    const state = await fetchState(c.results.url);
    expect(
      state.artifacts.filter((a) => a.runBackendId === s.ctx.runBackendId),
      'something was uploaded',
    ).toEqual([]);
    // The one call: the check before the build that the artifact's name is free (ListArtifacts by name); no upload began.
    expect(
      state.calls.filter((x) => x.runBackendId === s.ctx.runBackendId && x.service.endsWith('ArtifactService')).map((x) => [x.method, x.status]),
    ).toEqual([['ListArtifacts', 200]]);
  });

  it('7: after scenario 4, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind['ic-fails'], 'scenario 4 did not run').toBeDefined();
    expect(leftBehind['ic-fails']).toEqual([]);
  });
});
