import { describe, expect, it } from 'vitest';
import { isImageRef, parseImageRef, pinnedRef, registryOf, tagVersion } from '../../src/context/oci-ref.js';
import { PLATFORM_NAMES, PLATFORMS, platformMismatch, platformOfCosiArch, platformOfNodeArch } from '../../src/context/platform.js';
import { orasPlatform } from '../../src/tools/oras-releases.js';

describe('the platform table', () => {
  it('spells each platform for Node, RPM, COSI, oras and cache keys', () => {
    expect(PLATFORMS['linux/amd64']).toMatchObject({ node: 'x64', rpm: 'x86_64', oras: 'amd64', key: 'linux-amd64' });
    expect(PLATFORMS['linux/arm64']).toMatchObject({ node: 'arm64', rpm: 'aarch64', oras: 'arm64', key: 'linux-arm64' });
  });

  it('reads every spelling back to its platform', () => {
    for (const platform of PLATFORM_NAMES) {
      const s = PLATFORMS[platform];
      expect(platformOfNodeArch(s.node)).toBe(platform);
      for (const arch of s.cosi) expect(platformOfCosiArch(arch.toUpperCase())).toBe(platform);
      expect(orasPlatform('linux', s.node)).toEqual({ os: 'linux', arch: s.oras });
    }
    expect(platformOfNodeArch('s390x')).toBeUndefined();
    expect(platformOfCosiArch('riscv64')).toBeUndefined();
    expect(orasPlatform('linux', 'riscv64')).toEqual({ os: 'linux', arch: 'riscv64' });
  });

  it('explains a runner that cannot build the platform, suggesting one that can', () => {
    expect(platformMismatch('linux/amd64', 'x64')).toBeUndefined();
    expect(platformMismatch('linux/arm64', 'x64')).toMatch(/cannot build for another architecture.*an arm64 runner \(e\.g\. ubuntu-24\.04-arm\)/);
    expect(platformMismatch('linux/amd64', 'arm64')).toMatch(/this runner is linux\/arm64.*an x64 runner or set platform: linux\/arm64/);
  });
});

describe('image references', () => {
  it('are read into their parts', () => {
    expect(parseImageRef('mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0')).toEqual({
      registry: 'mcr.microsoft.com',
      name: 'mcr.microsoft.com/azurelinux/imagecustomizer',
      tag: '0.18.0',
    });
    expect(parseImageRef(`localhost:5000/os@sha256:${'b'.repeat(64)}`)).toEqual({
      registry: 'localhost:5000',
      name: 'localhost:5000/os',
      digest: `sha256:${'b'.repeat(64)}`,
    });
    expect(parseImageRef('library/ubuntu')).toEqual({ name: 'library/ubuntu' });
  });

  it('are judged by the distribution spec: lower-case paths, a tag, a full digest', () => {
    expect(isImageRef('mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest')).toBe(true);
    expect(isImageRef('localhost:5000/a/b_c__d-e:v1.0')).toBe(true);
    expect(isImageRef('Example/IC:1.6.0')).toBe(false);
    expect(isImageRef('minimal-os@sha256:abc')).toBe(false);
    expect(isImageRef('not an image')).toBe(false);
  });

  it('name their registry, their tag version, and pin by digest with the one reading', () => {
    expect(registryOf('registry.example.com/ic:1')).toBe('registry.example.com');
    expect(registryOf('ubuntu')).toBe('docker.io');
    expect(tagVersion('registry.example.com:5000/ic:v1.6.0-rc1')).toBe('1.6.0');
    expect(tagVersion('registry.example.com:5000/ic')).toBeUndefined();
    expect(pinnedRef('registry.example.com:5000/ic:1.6.0', 'sha256:x')).toBe('registry.example.com:5000/ic@sha256:x');
  });
});
