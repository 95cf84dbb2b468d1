// Scenarios 1 and 2 (and 7 for each): the whole pipeline with trident-source,
// base-image from the registry, cosi and host-config on docker; then a second
// run with the same tool cache, which must download no oras.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readTar } from './fixtures/make-cosi.js';
import { hasIso9660Signature } from './lib/iso.js';
import { readLiveOs } from './lib/liveos.js';
import { ARTIFACT_CONTAINER, fetchState, readBlob } from './lib/results-service.js';
import { describeRun } from '../support/runner.js';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { e2e, newScenario, requestsSeen, type Scenario } from './lib/scenario.js';
import { tridentVersionRelease } from './lib/trident-checkout.js';
import { prepareWorkspace, sha256Of } from './lib/workspace.js';

const OUTPUT_NAMES = [
  'iso-path',
  'iso-sha256',
  'iso-size',
  'config-path',
  'host-config-path',
  'base-image-digest',
  'trident-version',
  'artifact-id',
  'artifact-url',
  'artifact-digest',
];

function inputsFor(): Record<string, string> {
  const c = e2e();
  return {
    'host-config': 'host-config.yaml',
    cosi: 'os.cosi',
    'trident-source': 'trident',
    'base-image': c.baseImage.ref,
    'oras-url': c.oras.url,
    'oras-checksum': c.oras.sha256,
    'imagecustomizer-image': c.imageCustomizer.refs['0.18.0'],
  };
}

const orasDownloads = async () => (await requestsSeen(e2e().oras.statsUrl)).filter((r) => r.path.endsWith('.tar.gz')).length;

let firstRun: Scenario | undefined;
/** Both runs are on one branch, so they share the Actions cache as on GitHub. */
const CACHE_SCOPE = 'refs/heads/main';

describe('happy path (docker)', () => {
  it('1: builds the ISO from trident-source, the registry base image, cosi and host-config, and uploads it unchanged', async () => {
    const c = e2e();
    const s = newScenario('happy', { cacheScope: CACHE_SCOPE });
    firstRun = s;
    const ws = await prepareWorkspace(s, { checkout: true });
    const downloadsBefore = await orasDownloads();
    const between: { config?: string; hostConfig?: string } = {};
    const run = await runRecorded(s, inputsFor(), {
      betweenSteps: (o) => {
        // config-path and host-config-path live in the work dir the post step removes.
        if (o['config-path'] && existsSync(o['config-path'])) between.config = readFileSync(o['config-path'], 'utf8');
        if (o['host-config-path'] && existsSync(o['host-config-path'])) between.hostConfig = readFileSync(o['host-config-path'], 'utf8');
      },
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(0);
    expect(run.main.errors, log).toEqual([]);
    if (run.post) expect(run.post.exitCode, log).toBe(0);

    // Every output is set.
    for (const name of OUTPUT_NAMES) expect(run.outputs[name], `output ${name}\n${log}`).toBeTruthy();
    const o = run.outputs;
    const iso = path.join(s.dirs.workspace, 'installer.iso');
    expect(o['iso-path']).toBe(iso);
    expect(hasIso9660Signature(iso)).toBe(true);
    expect(o['iso-sha256']).toBe(sha256Of(iso));
    expect(o['iso-size']).toBe(String(statSync(iso).size));
    expect([c.baseImage.manifestDigests['linux/amd64'], c.baseImage.indexDigest]).toContain(o['base-image-digest']);
    expect(o['trident-version']).toBe(tridentVersionRelease(c.trident.commit));
    // The trident binary extracted from the built RPM (the Trident stand-in) checked the host config the ISO carries.
    expect(run.main.stdout, log).toContain(`Trident version: ${tridentVersionRelease(c.trident.commit)}`);
    expect(run.main.stdout, log).toContain('Host Configuration is valid');
    expect(run.main.stdout, log).toContain('trident validate: the host config is valid');

    // The ISO landed in Azurite identical to the local one.
    const state = await fetchState(c.results.url);
    const artifacts = state.artifacts.filter((a) => a.runBackendId === s.ctx.runBackendId);
    expect(artifacts.map((a) => [a.name, a.finalized])).toEqual([['installer-amd64.iso', true]]);
    const artifact = artifacts[0]!;
    expect(o['artifact-id']).toBe(String(artifact.id));
    expect((o['artifact-digest'] ?? '').replace(/^sha256:/, '')).toBe(o['iso-sha256']);
    expect(artifact.hash).toBe(`sha256:${o['iso-sha256']}`);
    expect(o['artifact-url']).toContain(String(artifact.id));
    const blob = await readBlob(c.results.blobEndpoint, ARTIFACT_CONTAINER, artifact.blob);
    expect(blob.length).toBe(statSync(iso).size);
    expect(blob.equals(readFileSync(iso))).toBe(true);

    // The job summary is written.
    expect(run.summary.trim().length, log).toBeGreaterThan(0);
    expect(run.summary).toContain(o['iso-sha256']);

    // What is on the ISO: the COSI byte for byte on the media; in the live OS (liveos/rootfs.img) the
    // wired host config, the Trident that was built (the base image's distro Trident is older), the services.
    const live = await readLiveOs(iso, path.join(s.dir, 'iso-read'));
    const cosiOnIso = path.join(live.media, 'images', 'azure-linux.cosi');
    expect(live.files, live.files.join('\n')).toContain('/images/azure-linux.cosi');
    expect(readFileSync(cosiOnIso).equals(readFileSync(ws.cosi.file))).toBe(true);
    expect(readTar(readFileSync(cosiOnIso))[1]?.data.equals(ws.cosi.metadata)).toBe(true);
    expect(live.files).toEqual(
      expect.arrayContaining(['/liveos/rootfs.img', '/boot/grub2/grub.cfg', '/boot/grub2/efiboot.img', '/azl-image-customizer/saved-configs.yaml']),
    );

    const hostConfigInLiveOs = live.file('/etc/trident/config.yaml');
    expect(hostConfigInLiveOs, 'the host config goes into the live OS at /etc/trident/config.yaml').toBeDefined();
    const wired = YAML.parse(hostConfigInLiveOs ?? '') as Record<string, unknown> & { image: { url: string; sha384: string } };
    expect(wired.image.url).toBe('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect(wired.image.sha384).toBe(ws.cosi.metadataSha384);
    const original = YAML.parse(ws.hostConfigBytes.toString('utf8')) as Record<string, unknown>;
    expect({ ...wired, image: undefined }).toEqual({ ...original, image: undefined });
    expect(readFileSync(ws.hostConfig).equals(ws.hostConfigBytes), "the user's host config is never modified").toBe(true);
    expect(between.hostConfig, 'host-config-path exists until the post step').toBe(hostConfigInLiveOs);
    expect(between.config, 'config-path exists until the post step').toContain('hostname: installer-iso-mos');
    expect(live.link('/mnt/trident_cdrom'), 'the post-customization script ran in the live OS').toBe('/run/initramfs/live');
    expect(live.installed('trident')).toBe(tridentVersionRelease(c.trident.commit));
    expect(live.installed('trident-install-service')).toBe(tridentVersionRelease(c.trident.commit));
    expect(live.link('/etc/systemd/system/multi-user.target.wants/trident-install.service')).toBe('/usr/lib/systemd/system/trident-install.service');
    expect(live.file('/etc/hostname')).toBe('installer-iso-mos');

    // Check ISO read those from the ISO's bytes (the stand-in's zstd liveos/rootfs.img) before delivering it, and only them.
    const checked =
      /The ISO holds what the action wrote \(\d+ paths of the live OS and the media checked from its bytes; (\d+) of its (\d+) bytes read\)/.exec(
        run.main.stdout,
      );
    expect(checked, log).not.toBeNull();
    expect(Number(checked?.[2])).toBe(statSync(iso).size);
    expect(Number(checked?.[1])).toBeLessThan(statSync(iso).size / 100);

    // What the stand-in saw: Image Customizer 0.18.0, the amd64 base image.
    expect(run.main.stdout, log).toContain('Image Customizer stand-in version: 0.18.0');
    expect(run.main.stdout, log).toContain(`(vhdx, sha256 ${c.baseImage.vhdxSha256['linux/amd64']})`);
    // Image Customizer writes repodata into its RPM source: never the user's directory.
    const userRpms = path.join(ws.checkout!, 'bin', 'RPMS');
    for (const sub of readdirSync(userRpms)) expect(readdirSync(path.join(userRpms, sub))).not.toContain('repodata');
    expect(readdirSync(userRpms)).not.toContain('repodata');

    // oras came from the release server through the tool cache.
    expect(await orasDownloads()).toBe(downloadsBefore + 1);
    expect(readdirSync(path.join(s.dirs.toolCache, 'oras'))).toEqual([c.oras.version]);
  });

  it('7: after scenario 1, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind.happy, 'scenario 1 did not run').toBeDefined();
    expect(leftBehind.happy).toEqual([]);
  });

  it('2: a second run with the same tool cache downloads no oras', async () => {
    const c = e2e();
    let s = newScenario('second-run', { cacheScope: CACHE_SCOPE, ...(firstRun ? { sameRunnerAs: firstRun } : {}) });
    let ws = await prepareWorkspace(s, { checkout: true });
    if (!existsSync(path.join(s.dirs.toolCache, 'oras', c.oras.version))) {
      // Run alone: fill the tool cache (and the Actions cache) with a first run.
      const first = await s.run({ ...inputsFor(), output: 'first.iso', upload: 'false' });
      expect(first.main.exitCode, describeRun(first)).toBe(0);
      s = newScenario('second-run', { cacheScope: CACHE_SCOPE, sameRunnerAs: s });
      ws = await prepareWorkspace(s, { checkout: true });
    }
    const orasBefore = await requestsSeen(c.oras.statsUrl);
    const registryBefore = await requestsSeen(c.registry.statsUrl);
    const run = await runRecorded(s, inputsFor());
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(0);
    const orasAfter = await requestsSeen(c.oras.statsUrl);
    expect(orasAfter.slice(orasBefore.length), 'the release server saw requests during the second run').toEqual([]);
    expect(run.main.stdout, log).toMatch(/oras 1\.3\.0 found in the tool cache|tool cache/i);
    expect(run.outputs['iso-sha256']).toBe(sha256Of(path.join(s.dirs.workspace, 'installer.iso')));
    expect(run.outputs['base-image-digest']).toBeTruthy();

    // cache: true (the default) restores the base image (by digest) and the RPMs (by commit):
    // no layer is downloaded again, and make does not run in the checkout.
    const blobGets = (await requestsSeen(c.registry.statsUrl))
      .slice(registryBefore.length)
      .filter((r) => r.method === 'GET' && r.path.includes('/blobs/'));
    expect(blobGets, `base image layers downloaded again despite the cache\n${log}`).toEqual([]);
    expect(existsSync(path.join(ws.checkout!, 'bin')), `make ran despite the cached RPMs of this commit\n${log}`).toBe(false);
  });

  it('7: after scenario 2, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind['second-run'], 'scenario 2 did not run').toBeDefined();
    expect(leftBehind['second-run']).toEqual([]);
  });
});
