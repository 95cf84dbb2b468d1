// Scenario 5 (and 7): the registry answers 401, then 404: each run fails with
// a clear error that names the base-image input.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { describeRun, errorText } from '../support/runner.js';
import { e2e, newScenario, requestsSeen } from './lib/scenario.js';
import { prepareWorkspace } from './lib/workspace.js';

async function failingPull(name: string, ref: string) {
  const c = e2e();
  const s = newScenario(name);
  await prepareWorkspace(s, { prebuilt: true });
  const seenBefore = (await requestsSeen(c.registry.statsUrl)).length;
  const run = await runRecorded(s, {
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-rpms': 'trident-rpms.tar.gz',
    'base-image': ref,
    'oras-url': c.oras.url,
    'oras-checksum': c.oras.sha256,
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
  });
  const seen = (await requestsSeen(c.registry.statsUrl)).slice(seenBefore);
  expect(existsSync(path.join(s.dirs.workspace, 'installer.iso'))).toBe(false);
  return { run, seen, error: errorText(run.main), log: describeRun(run) };
}

describe('registry errors', () => {
  it('5: 401 and then 404 from the registry each fail with a clear error naming base-image', async () => {
    const c = e2e();
    const unauthorized = await failingPull('registry-401', c.baseImage.privateRef);
    expect(unauthorized.run.main.exitCode, unauthorized.log).not.toBe(0);
    expect(
      unauthorized.seen.map((r) => r.status),
      'the registry answered 401',
    ).toContain(401);
    expect(unauthorized.error, unauthorized.log).toContain('base-image');
    expect(unauthorized.error).toContain(c.baseImage.privateRef);
    expect(unauthorized.error).toMatch(/401|unauthori[sz]ed|denied|credentials/i);
    expect(unauthorized.error).not.toMatch(/not found/i);

    const missing = await failingPull('registry-404', c.baseImage.missingRef);
    expect(missing.run.main.exitCode, missing.log).not.toBe(0);
    expect(
      missing.seen.map((r) => r.status),
      'the registry answered 404',
    ).toContain(404);
    expect(missing.error, missing.log).toContain('base-image');
    expect(missing.error).toContain(c.baseImage.missingRef);
    expect(missing.error).toMatch(/not found|404|no such/i);
    expect(missing.error).not.toMatch(/unauthori[sz]ed|401/i);
  });

  it('7: after scenario 5, no container, loop device or temporary directory of the action is left', () => {
    for (const name of ['registry-401', 'registry-404']) {
      expect(leftBehind[name], `${name} did not run`).toBeDefined();
      expect(leftBehind[name], name).toEqual([]);
    }
  });
});
