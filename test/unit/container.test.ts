import { describe, expect, it } from 'vitest';
import { registryOf } from '../../src/context/oci-ref.js';
import { containerArgv, type ContainerSpec } from '../../src/customizer/argv.js';
import { pullArgv } from '../../src/tools/argv.js';
import { privilegeVerdict, runContainer } from '../../src/tools/engine.js';
import { processes } from '../../src/tools/exec.js';
import { customizerFeatures } from '../../src/customizer/version.js';

function spec(engine: 'docker' | 'podman', version: string): ContainerSpec {
  return {
    engine,
    platform: 'linux/amd64',
    name: 'trident-iso-abc',
    image: `mcr.microsoft.com/azurelinux/imagecustomizer:${version}`,
    features: customizerFeatures(version),
    mounts: [
      { host: '/tmp/w/config', container: '/config', readOnly: true },
      { host: '/tmp/w/base/image.vhdx', container: '/inputs/base/image.vhdx', readOnly: true },
      { host: '/tmp/w/build', container: '/build', readOnly: false },
    ],
    configFile: '/config/ic-config.yaml',
    imageFile: '/inputs/base/image.vhdx',
    rpmSource: '/rpms',
    outputFile: '/output/installer.iso',
    logLevel: 'debug',
  };
}

const TAIL = [
  '--log-level',
  'debug',
  '--build-dir',
  '/build',
  '--image-file',
  '/inputs/base/image.vhdx',
  '--config-file',
  '/config/ic-config.yaml',
  '--rpm-source',
  '/rpms',
  '--output-image-file',
  '/output/installer.iso',
  '--output-image-format',
  'iso',
];
const MOUNTS = ['-v', '/tmp/w/config:/config:ro', '-v', '/tmp/w/base/image.vhdx:/inputs/base/image.vhdx:ro', '-v', '/tmp/w/build:/build'];

describe('containerArgv', () => {
  for (const engine of ['docker', 'podman'] as const) {
    it(`${engine} × Image Customizer 0.17: command argument, /dev mount, telemetry off`, () => {
      expect(containerArgv(spec(engine, '0.17.0'))).toEqual([
        engine,
        'run',
        '--rm',
        '--privileged',
        '--name',
        'trident-iso-abc',
        '--platform',
        'linux/amd64',
        '-v',
        '/dev:/dev',
        ...MOUNTS,
        '--',
        'mcr.microsoft.com/azurelinux/imagecustomizer:0.17.0',
        'imagecustomizer',
        ...TAIL,
        '--disable-telemetry',
      ]);
    });

    it(`${engine} × Image Customizer 0.18: flags directly, /dev mount`, () => {
      expect(containerArgv(spec(engine, '0.18.0'))).toEqual([
        engine,
        'run',
        '--rm',
        '--privileged',
        '--name',
        'trident-iso-abc',
        '--platform',
        'linux/amd64',
        '-v',
        '/dev:/dev',
        ...MOUNTS,
        '--',
        'mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0',
        ...TAIL,
        '--disable-telemetry',
      ]);
    });

    it(`${engine} × Image Customizer 1.6: no /dev mount (it mounts devtmpfs itself)`, () => {
      expect(containerArgv(spec(engine, '1.6.0'))).toEqual([
        engine,
        'run',
        '--rm',
        '--privileged',
        '--name',
        'trident-iso-abc',
        '--platform',
        'linux/amd64',
        ...MOUNTS,
        '--',
        'mcr.microsoft.com/azurelinux/imagecustomizer:1.6.0',
        ...TAIL,
        '--disable-telemetry',
      ]);
    });
  }

  it('has no --disable-telemetry before 0.16, where the flag does not exist', () => {
    expect(containerArgv(spec('docker', '0.15.0'))).not.toContain('--disable-telemetry');
  });

  it('passes no --rpm-source when Trident comes from the distro', () => {
    const { rpmSource: _r, ...rest } = spec('docker', '0.18.0');
    expect(containerArgv(rest)).not.toContain('--rpm-source');
  });

  it('never mounts the host root or the workspace wholesale', () => {
    const argv = containerArgv(spec('docker', '1.6.0'));
    const volumes = argv.filter((_, i) => argv[i - 1] === '-v');
    expect(volumes.every((v) => !v.startsWith('/:') && !v.startsWith('/home'))).toBe(true);
  });
});

describe('registryOf', () => {
  it.each([
    ['mcr.microsoft.com/azurelinux/imagecustomizer:0.18.0', 'mcr.microsoft.com'],
    ['localhost:5000/ic:1', 'localhost:5000'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000'],
    ['library/ubuntu', 'docker.io'],
    ['ubuntu', 'docker.io'],
  ])('%s → %s', (ref, registry) => expect(registryOf(ref)).toBe(registry));
});

describe('privilegeVerdict', () => {
  it('tells an engine that refuses privileges from other failures', () => {
    expect(privilegeVerdict(0, [])).toBe('ok');
    expect(privilegeVerdict(1, [])).toBe('refused'); // no /dev/loop-control: not really privileged (rootless)
    expect(privilegeVerdict(125, ['docker: Error response from daemon: authorization denied by plugin opa: privileged mode is not allowed.'])).toBe(
      'refused',
    );
    expect(privilegeVerdict(125, ['docker: Error response from daemon: no space left on device.'])).toBe('error');
    expect(privilegeVerdict(127, ['exec: "sh": executable file not found in $PATH'])).toBe('error');
  });
});

describe('pullArgv', () => {
  it('keeps credentials in a private store: docker --config before the command, podman --authfile after it', () => {
    const image = 'registry.example.com/ic/imagecustomizer:1.6.0';
    expect(pullArgv({ engine: 'docker', image, platform: 'linux/amd64', authDir: '/w/auth', username: 'robot' })).toEqual({
      login: ['docker', '--config', '/w/auth', 'login', 'registry.example.com', '--username', 'robot', '--password-stdin'],
      pull: ['docker', '--config', '/w/auth', 'pull', '--platform', 'linux/amd64', '--', image],
    });
    expect(pullArgv({ engine: 'podman', image, platform: 'linux/arm64', authDir: '/w/auth', username: 'robot' })).toEqual({
      login: ['podman', 'login', '--authfile', '/w/auth/auth.json', 'registry.example.com', '--username', 'robot', '--password-stdin'],
      pull: ['podman', 'pull', '--authfile', '/w/auth/auth.json', '--platform', 'linux/arm64', '--', image],
    });
    expect(pullArgv({ engine: 'docker', image, platform: 'linux/amd64' })).toEqual({
      pull: ['docker', 'pull', '--platform', 'linux/amd64', '--', image],
    });
  });
});

describe('runContainer', () => {
  // main.ts loads the upload's client (seconds of compiling on the step's thread) from onStarted: before the
  // container's process has started, that would hold it back.
  it('says when the container process has started, once, before it ends', async () => {
    const events: string[] = [];
    await runContainer(processes({ PATH: process.env.PATH ?? '' }), {
      argv: ['sh', '-c', 'echo line'],
      engine: 'docker',
      name: 'trident-iso-test',
      onLine: (line) => events.push(`line ${line}`),
      onStarted: () => events.push('started'),
    });
    expect(events).toEqual(['started', 'line line']);
  });

  it('does not say so for a process that could not start', async () => {
    const events: string[] = [];
    const run = runContainer(processes({ PATH: '/nonexistent' }), {
      argv: ['no-such-engine-here', 'run'],
      engine: 'docker',
      name: 'trident-iso-test',
      onLine: (line) => events.push(`line ${line}`),
      onStarted: () => events.push('started'),
    });
    await expect(run).rejects.toThrow();
    expect(events).toEqual([]);
  });
});
