// Scenario 3 (and 7): prebuilt trident-rpms tarball and a local base-image-file,
// on podman, with Image Customizer 1.6 (its entry point mounts /dev itself).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasIso9660Signature } from './lib/iso.js';
import { readLiveOs } from './lib/liveos.js';
import { exec } from './lib/proc.js';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { fetchState } from './lib/results-service.js';
import { describeRun } from '../support/runner.js';
import { e2e, newScenario, requestsSeen } from './lib/scenario.js';
import { tridentVersionRelease } from './lib/trident-checkout.js';
import { prepareWorkspace, sha256Of } from './lib/workspace.js';

describe('prebuilt RPMs and a local base image on podman', () => {
  it('3: builds the ISO from a trident-rpms tarball and base-image-file with container-engine podman', async () => {
    const c = e2e();
    const s = newScenario('podman');
    const ws = await prepareWorkspace(s, { prebuilt: true, baseImageFile: true });
    mkdirSync(path.join(s.dirs.workspace, 'out'));
    const registryBefore = (await requestsSeen(c.registry.statsUrl)).length;
    const orasBefore = (await requestsSeen(c.oras.statsUrl)).length;
    const run = await runRecorded(s, {
      'host-config': ws.hostConfig,
      cosi: ws.cosi.file,
      'trident-rpms': ws.prebuiltTarball!,
      'base-image-file': ws.baseImageFile!,
      'container-engine': 'podman',
      'imagecustomizer-image': c.imageCustomizer.refs['1.6.0'],
      output: 'out/podman-installer.iso',
      upload: 'false',
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(0);
    if (run.post) expect(run.post.exitCode, log).toBe(0);

    const iso = path.join(s.dirs.workspace, 'out', 'podman-installer.iso');
    expect(run.outputs['iso-path']).toBe(iso);
    expect(hasIso9660Signature(iso)).toBe(true);
    expect(run.outputs['iso-sha256']).toBe(sha256Of(iso));
    expect(run.outputs['base-image-digest']).toBe(`sha256:${ws.baseImageFileSha256}`);
    expect(run.outputs['trident-version']).toBe(tridentVersionRelease(c.trident.commit));
    expect(run.outputs['artifact-id'] ?? '').toBe('');

    const live = await readLiveOs(iso, path.join(s.dir, 'iso-read'));
    expect(readFileSync(path.join(live.media, 'images', 'azure-linux.cosi')).equals(readFileSync(ws.cosi.file))).toBe(true);
    expect(run.main.stdout, log).toContain('Image Customizer stand-in version: 1.6.0');
    expect(run.main.stdout, log).toContain(`sha256 ${ws.baseImageFileSha256})`);
    // The prebuilt RPMs' Trident is in the live OS.
    expect(live.installed('trident')).toBe(tridentVersionRelease(c.trident.commit));
    expect(live.installed('trident-selinux')).toBe(tridentVersionRelease(c.trident.commit));
    // Check ISO compared each file of those packages (the stand-in's tdnf unpacked them) with its RPM header, reading a part of the ISO.
    expect(run.main.stdout, log).toMatch(
      /The built ISO must hold the \d+ files, links and folders of [\w, -]*trident-install-service[\w, -]* as their RPM headers list them/,
    );
    const [, read, size] =
      /The ISO holds what the action wrote \(\d+ paths of the live OS and the media checked from its bytes; (\d+) of its (\d+) bytes read\)/.exec(
        run.main.stdout,
      ) ?? [];
    expect(Number(read)).toBeLessThan(Number(size) / 4);

    // It ran on podman (the image is in podman's store), needed no oras and no base-image registry.
    const images = await exec(['podman', 'images', '--format', '{{.Repository}}:{{.Tag}}'], { env: { ...process.env, ...c.podman.env } });
    expect(images.stdout).toContain(c.imageCustomizer.refs['1.6.0']);
    expect((await requestsSeen(c.registry.statsUrl)).length).toBe(registryBefore);
    expect((await requestsSeen(c.oras.statsUrl)).length).toBe(orasBefore);
    // upload: false uploads nothing.
    const state = await fetchState(c.results.url);
    expect(state.calls.filter((x) => x.runBackendId === s.ctx.runBackendId)).toEqual([]);
  });

  it('7: after scenario 3, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind.podman, 'scenario 3 did not run').toBeDefined();
    expect(leftBehind.podman).toEqual([]);
  });
});
