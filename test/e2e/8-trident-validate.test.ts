// trident validate: the action extracts /usr/bin/trident from the real trident
// RPM (rpm2cpio) and runs it on the host config the ISO carries, before the
// container. Here the RPM's trident is the Trident stand-in, which rejects
// what Trident's storage rules reject: a partition size that is not a
// multiple of 4096 bytes (which the host config schema accepts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { describeRun, errorText } from '../support/runner.js';
import { e2e, newScenario } from './lib/scenario.js';
import { prepareWorkspace } from './lib/workspace.js';

describe('trident validate from the RPMs', () => {
  it("rejects a host config the RPM's trident rejects, before Image Customizer runs, with its words", async () => {
    const c = e2e();
    const s = newScenario('trident-validate');
    const ws = await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
    writeFileSync(ws.hostConfig, readFileSync(ws.hostConfig, 'utf8').replace('size: 64M', 'size: 1000'));
    const before = readFileSync(ws.hostConfig);
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'trident-rpms': 'trident-rpms.tar.gz',
      'base-image-file': 'base.vhdx',
      'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).not.toBe(0);
    const error = errorText(run.main);
    expect(error, log).toMatch(/Input 'host-config': trident validate rejects the host config the ISO carries/);
    expect(error, log).toContain('Trident failed due to invalid input');
    expect(error, log).toContain("Block device 'esp' of kind 'partition' is invalid: Partition size must be a non-zero multiple of 4096 bytes.");
    expect(run.main.stdout, log).not.toMatch(/Running: docker run/);
    expect(existsSync(path.join(s.dirs.workspace, 'installer.iso'))).toBe(false);
    expect(readFileSync(ws.hostConfig).equals(before), 'the user host config is unchanged').toBe(true);
  });

  it('7: after it, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind['trident-validate'], 'the scenario did not run').toBeDefined();
    expect(leftBehind['trident-validate']).toEqual([]);
  });
});
