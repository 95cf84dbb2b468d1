// Issue 10, defect 8: `oras pull --platform` only for an image index. The oras
// stand-in behaves as oras v1.3.0 does against the real registry (plain HTTP
// for `localhost` only; --platform on a single manifest whose config is not an
// image config fails; an index pulled without --platform writes one file name
// twice), and the action pulls a single-arch base image without --platform.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leftBehind, runRecorded } from './lib/recorded.js';
import { exec } from './lib/proc.js';
import { MT, pushSingleArtifact } from './lib/registry.js';
import { e2e, newScenario } from './lib/scenario.js';
import { prepareWorkspace } from './lib/workspace.js';
import { describeRun } from '../support/runner.js';

const c = () => e2e();
let singleRef: string;
let singleDigest: string;

function scratch(name: string): string {
  const d = path.join(c().root, 'oras-platform', name);
  mkdirSync(d, { recursive: true });
  return d;
}

async function oras(args: string[]) {
  return exec([c().oras.binary, ...args], { check: false, env: { ...process.env, HOME: scratch('home'), DOCKER_CONFIG: '' } });
}

beforeAll(async () => {
  // Older minimal-os tags: one manifest, titled layers, an artifact config that names no platform.
  singleDigest = await pushSingleArtifact(c().registry.host, 'azurelinux/2.0/image/minimal-os', '2.0.20240101', {
    'image.vhdx': readFileSync(c().baseImageFile),
    'image.vhdx.spdx.json': Buffer.from('{}'),
  });
  singleRef = `${c().registry.proxyHost}/azurelinux/2.0/image/minimal-os:2.0.20240101`;
});

describe('oras stand-in: what the real oras does', () => {
  it('uses plain HTTP for localhost only, unless --plain-http says so', async () => {
    expect(c().baseImage.ref.startsWith('localhost:')).toBe(true);
    const byAddress = c().baseImage.ref.replace(/^localhost:/, '127.0.0.1:');
    const https = await oras(['manifest', 'fetch', '--descriptor', byAddress]);
    expect(https.code).toBe(1);
    expect(https.stderr).toMatch(/^Error: failed to find ".*": Head "https:\/\/127\.0\.0\.1:\d+\/v2\//m);
    expect((await oras(['manifest', 'fetch', '--descriptor', byAddress, '--plain-http'])).code).toBe(0);
    expect((await oras(['manifest', 'fetch', '--descriptor', c().baseImage.ref, '--plain-http=false'])).code).toBe(1);
  });

  it('manifest fetch --descriptor prints the descriptor: an index for minimal-os:latest, a manifest for the single-arch tag', async () => {
    const index = await oras(['manifest', 'fetch', '--descriptor', c().baseImage.ref]);
    expect(index.code, index.stderr).toBe(0);
    expect(JSON.parse(index.stdout)).toEqual({ mediaType: MT.index, digest: c().baseImage.indexDigest, size: expect.any(Number) });
    const single = await oras(['manifest', 'fetch', '--descriptor', singleRef]);
    expect(JSON.parse(single.stdout)).toEqual({ mediaType: MT.manifest, digest: singleDigest, size: expect.any(Number) });
  });

  it('--platform: selects from an index, fails on a single manifest; an index without it writes a name twice', async () => {
    const withPlatform = await oras(['pull', singleRef, '--platform', 'linux/amd64', '-o', scratch('single-platform')]);
    expect(withPlatform.code).toBe(1);
    expect(withPlatform.stderr).toMatch(
      /^Error: fail to recognize platform from unknown config application\/vnd\.microsoft\.azurelinux\.image\.config\.v1\+json: expect application\/vnd\.oci\.image\.config\.v1\+json: unsupported$/m,
    );
    const without = await oras(['pull', singleRef, '-o', scratch('single')]);
    expect(without.code, without.stderr).toBe(0);
    expect(existsSync(path.join(scratch('single'), 'image.vhdx'))).toBe(true);
    const index = await oras(['pull', c().baseImage.ref, '-o', scratch('index')]);
    expect(index.code).toBe(1);
    expect(index.stderr).toMatch(/: duplicate name$/m);
  });
});

describe('the action and a single-arch base image', () => {
  it('6b: pulls it without --platform (an index with it, as scenario 1 does) and builds the ISO', async () => {
    const s = newScenario('single-arch-base');
    // Trident from the distribution's repositories: this scenario is about the base image.
    await prepareWorkspace(s);
    const run = await runRecorded(s, {
      'host-config': 'host-config.yaml',
      cosi: 'os.cosi',
      'base-image': singleRef,
      'oras-url': c().oras.url,
      'oras-checksum': c().oras.sha256,
      'imagecustomizer-image': c().imageCustomizer.refs['0.18.0'],
      upload: 'false',
    });
    const log = describeRun(run);
    expect(run.main.exitCode, log).toBe(0);
    expect(run.main.stdout).toContain(`${singleRef} resolves to ${singleDigest} (${MT.manifest}: one manifest, pulled without --platform)`);
    expect(run.outputs['base-image-digest']).toBe(singleDigest);
    expect(existsSync(path.join(s.dirs.workspace, 'installer.iso'))).toBe(true);
  });

  it('7: after scenario 6b, no container, loop device or temporary directory of the action is left', () => {
    expect(leftBehind['single-arch-base'], 'scenario 6b did not run').toBeDefined();
    expect(leftBehind['single-arch-base']).toEqual([]);
  });
});
