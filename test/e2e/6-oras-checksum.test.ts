// Scenario 6 (and 7): an oras download whose SHA-256 does not match fails the
// step before anything is pulled, and nothing is installed.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { describeRun, errorText } from '../support/runner.js';
import { e2e, newScenario, requestsSeen } from './lib/scenario.js';
import { prepareWorkspace } from './lib/workspace.js';

describe('oras checksum mismatch', () => {
  it('6: fails before any pull when the oras download does not match oras-checksum', async () => {
    const c = e2e();
    const s = newScenario('oras-checksum');
    await prepareWorkspace(s, { prebuilt: true });
    const registryBefore = (await requestsSeen(c.registry.statsUrl)).length;
    const orasBefore = (await requestsSeen(c.oras.statsUrl)).length;
    const wrong = c.oras.sha256.replace(/^./, (ch) => (ch === '0' ? '1' : '0'));
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image': c.baseImage.ref,
      'oras-url': c.oras.url,
      'oras-checksum': wrong,
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).not.toBe(0);
    const error = errorText(run.main);
    expect(error, log).toMatch(/checksum|sha-?256/i);
    expect(error).toContain(wrong);
    expect(error).toContain(c.oras.sha256);

    // It was downloaded, but nothing was installed and nothing was pulled.
    expect((await requestsSeen(c.oras.statsUrl)).slice(orasBefore).map((r) => r.path)).toContain(new URL(c.oras.url).pathname);
    expect((await requestsSeen(c.registry.statsUrl)).slice(registryBefore), 'the base-image registry saw requests').toEqual([]);
    const cached = path.join(s.dirs.toolCache, 'oras');
    expect(existsSync(cached) ? readdirSync(cached) : []).toEqual([]);
    expect(existsSync(path.join(s.dirs.workspace, 'installer.iso'))).toBe(false);
    expect(run.outputs['base-image-digest'] ?? '').toBe('');
  });

  it('7: after scenario 6, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind['oras-checksum'], 'scenario 6 did not run').toBeDefined();
    expect(leftBehind['oras-checksum']).toEqual([]);
  });
});
