// Checks the suite's own components, without the action: when these fail the
// harness is broken, not the action. (The scenarios are in 1-*.test.ts on.)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { makeCosi, readTar } from './fixtures/make-cosi.js';
import { hasIso9660Signature } from './lib/iso.js';
import { readLiveOs } from './lib/liveos.js';
import { exec } from './lib/proc.js';
import { PRIVATE_PASSWORD, PRIVATE_USER } from './lib/registry.js';
import { ARTIFACT_CONTAINER, fetchState, readBlob, runtimeToken } from './lib/results-service.js';
import { attachedLoopDevices, e2e } from './lib/scenario.js';
import { configFor, PROCEDURE_PACKAGES } from './lib/standin-iso.js';
import { cloneCheckout, expectedRpmFiles, tridentVersionRelease } from './lib/trident-checkout.js';

const c = () => e2e();

function scratch(name: string): string {
  const d = path.join(c().root, 'harness', name);
  mkdirSync(d, { recursive: true });
  return d;
}

async function oras(args: string[], options: { input?: string; home?: string } = {}) {
  return exec([c().oras.binary, ...args], {
    check: false,
    input: options.input,
    env: { ...process.env, HOME: options.home ?? scratch('oras-home'), DOCKER_CONFIG: '' },
  });
}

describe('harness', () => {
  it('oras stand-in resolves and pulls the minimal-os artifact by platform, and fails like oras on 401 and 404', async () => {
    const { baseImage } = c();
    const resolved = await oras(['resolve', baseImage.ref, '--platform', 'linux/amd64']);
    expect(resolved.stderr).toBe('');
    expect(resolved.stdout.trim()).toBe(baseImage.manifestDigests['linux/amd64']);
    expect((await oras(['resolve', baseImage.ref])).stdout.trim()).toBe(baseImage.indexDigest);

    const out = scratch('oras-pull');
    const pulled = await oras(['pull', baseImage.ref, '--platform', 'linux/amd64', '--output', out]);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['image.vhdx', 'image.vhdx.spdx.json', 'image.vhdx.spdx.json.sig']);
    const vhdx = readFileSync(path.join(out, 'image.vhdx'));
    expect(vhdx.subarray(0, 8).toString('latin1')).toBe('vhdxfile');
    expect(createHash('sha256').update(vhdx).digest('hex')).toBe(baseImage.vhdxSha256['linux/amd64']);

    const unauthorized = await oras(['pull', baseImage.privateRef, '--platform', 'linux/amd64', '-o', scratch('oras-401')]);
    expect(unauthorized.code).toBe(1);
    expect(unauthorized.stderr).toMatch(/^Error: .*401.*unauthorized/m);
    const missing = await oras(['resolve', baseImage.missingRef, '--platform', 'linux/amd64']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: .*: not found$/m);

    // login (password on stdin) into a private registry config, then the private pull works.
    const config = path.join(scratch('oras-login'), 'registry.json');
    const login = await oras(['login', c().registry.proxyHost, '--username', PRIVATE_USER, '--password-stdin', '--registry-config', config], {
      input: PRIVATE_PASSWORD,
    });
    expect(login.code, login.stderr).toBe(0);
    const privatePull = await oras([
      'pull',
      baseImage.privateRef,
      '--platform',
      'linux/amd64',
      '-o',
      scratch('oras-private'),
      '--registry-config',
      config,
    ]);
    expect(privatePull.code, privatePull.stderr).toBe(0);
    const badLogin = await oras(['login', c().registry.proxyHost, '-u', PRIVATE_USER, '--password-stdin', '--registry-config', config + '.2'], {
      input: 'wrong',
    });
    expect(badLogin.code).toBe(1);
    expect(badLogin.stderr).toMatch(/unauthorized/);
  });

  it('the oras release asset is a tar.gz holding oras and LICENSE with the advertised SHA-256', async () => {
    const r = await fetch(c().oras.url);
    expect(r.status).toBe(200);
    const data = Buffer.from(await r.arrayBuffer());
    expect(createHash('sha256').update(data).digest('hex')).toBe(c().oras.sha256);
    const dir = scratch('oras-asset');
    writeFileSync(path.join(dir, 'a.tar.gz'), data);
    const list = await exec(['tar', '-tzf', path.join(dir, 'a.tar.gz')]);
    expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual(['LICENSE', 'oras']);
  });

  it("the Trident checkout stand-in builds real RPMs named as Trident's, with trident.spec's dependencies", async () => {
    const dir = path.join(scratch('trident'), 'checkout');
    await cloneCheckout(c().trident.repo, dir);
    await exec(['make', '-C', dir, 'bin/trident-rpms.tar.gz']);
    const names = (await exec(['tar', '-tzf', path.join(dir, 'bin', 'trident-rpms.tar.gz')])).stdout.split('\n').filter((l) => l.endsWith('.rpm'));
    expect(names.map((n) => path.basename(n)).sort()).toEqual(expectedRpmFiles(c().trident.commit));
    expect(names.filter((n) => n.startsWith('RPMS/noarch/')).map((n) => path.basename(n))).toEqual([
      expect.stringMatching(/^trident-selinux-.*\.noarch\.rpm$/),
    ]);
    const rpm = readdirSync(path.join(dir, 'bin', 'RPMS', 'x86_64')).find((f) => f.startsWith('trident-0'));
    expect(rpm).toBeDefined();
    const file = path.join(dir, 'bin', 'RPMS', 'x86_64', rpm ?? '');
    const q = await exec(['rpm', '-qp', '--queryformat', '%{NAME} %{ARCH}', file]);
    expect(q.stdout).toBe('trident x86_64');
    // packaging/rpm/trident.spec: the hard Requires, the rich one, and the optional tools as Suggests only.
    const requires = (await exec(['rpm', '-qp', '--requires', file])).stdout;
    expect(requires).toContain(`(trident-selinux = ${tridentVersionRelease(c().trident.commit)} if selinux-policy-targeted)`);
    expect(requires).toContain('systemd >= 255');
    expect(requires).not.toMatch(/mdadm|netplan/);
    expect((await exec(['rpm', '-qp', '--suggests', file])).stdout.split('\n').filter(Boolean).sort()).toEqual([
      'cryptsetup',
      'grub2-tools',
      'mdadm',
      'netplan',
      'ntfs-3g',
      'ntfsprogs',
      'tpm2-tools',
      'veritysetup',
    ]);
    const units = (
      await exec([
        'rpm',
        '-qpl',
        path.join(dir, 'bin', 'RPMS', 'x86_64', `trident-install-service-${tridentVersionRelease(c().trident.commit)}.x86_64.rpm`),
      ])
    ).stdout;
    expect(units.trim()).toBe('/usr/lib/systemd/system/trident-install.service');
    // The build leaves the checkout clean (bin/ is ignored).
    expect((await exec(['git', '-C', dir, 'status', '--porcelain'])).stdout).toBe('');
  });

  it('the Image Customizer stand-in enforces its contract and writes a real ISO (docker, 0.18.0)', async () => {
    const { docker, imageCustomizer } = c();
    const dir = scratch('ic');
    const files = path.join(dir, 'config');
    mkdirSync(path.join(files, 'files'), { recursive: true });
    const rpms = path.join(dir, 'rpms');
    mkdirSync(rpms);
    await exec(['tar', '-xzf', c().trident.prebuiltTarball, '-C', rpms]);
    for (const sub of ['x86_64', 'noarch'])
      for (const f of readdirSync(path.join(rpms, 'RPMS', sub))) copyFileSync(path.join(rpms, 'RPMS', sub, f), path.join(rpms, f));
    rmSync(path.join(rpms, 'RPMS'), { recursive: true });
    const cosi = makeCosi(path.join(files, 'files', 'os.cosi'));
    writeFileSync(
      path.join(files, 'files', 'host-config.yaml'),
      'image:\n  url: file:///mnt/trident_cdrom/images/azure-linux.cosi\n  sha384: ignored\n',
    );
    const config = (packages: string[] = PROCEDURE_PACKAGES) =>
      YAML.stringify(configFor({ hostConfigFile: 'files/host-config.yaml', cosiFile: 'files/os.cosi', packages }));
    writeFileSync(path.join(files, 'ic.yaml'), config());
    writeFileSync(path.join(files, 'no-squashfs.yaml'), config(PROCEDURE_PACKAGES.filter((p) => p !== 'squashfs-tools')));
    writeFileSync(path.join(files, 'invalid.yaml'), 'os:\n  hostnam: typo\n');
    const base = path.join(dir, 'base');
    mkdirSync(base);
    copyFileSync(c().baseImageFile, path.join(base, 'image.vhdx'));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(rpms, 'not-an.rpm'), 'not an rpm');
    const env = { ...process.env, ...docker.env };
    const loopsBefore = attachedLoopDevices();
    const containersBefore = (await exec(['docker', 'ps', '-aq'], { env })).stdout;
    const runIc = (
      version: '0.17.0' | '0.18.0' | '1.6.0',
      configName: string,
      opts: { devMount?: boolean; cmdArg?: boolean; rpmsRo?: boolean; privileged?: boolean; hostRoot?: boolean } = {},
    ) =>
      exec(
        [
          'docker',
          'run',
          '--rm',
          ...(opts.privileged === false ? [] : ['--privileged']),
          '--platform',
          'linux/amd64',
          ...(opts.devMount === false ? [] : ['-v', '/dev:/dev']),
          ...(opts.hostRoot ? ['-v', '/:/host:ro'] : []),
          '-v',
          `${files}:/config:ro`,
          '-v',
          `${base}:/inputs/base:ro`,
          '-v',
          `${rpms}:/rpms${opts.rpmsRo ? ':ro' : ''}`,
          '-v',
          `${out}:/output`,
          imageCustomizer.refs[version],
          ...(opts.cmdArg ? ['imagecustomizer'] : []),
          '--log-level',
          'debug',
          '--build-dir',
          '/build',
          '--image-file',
          '/inputs/base/image.vhdx',
          '--config-file',
          `/config/${configName}`,
          '--rpm-source',
          '/rpms',
          '--output-image-file',
          '/output/out.iso',
          '--output-image-format',
          'iso',
          '--disable-telemetry',
        ],
        { env, check: false, timeoutMs: 300_000 },
      );

    // A file that is not an RPM in the source: createrepo_c fails on it.
    const badRpm = await runIc('0.18.0', 'ic.yaml');
    expect(badRpm.code).not.toBe(0);
    expect(badRpm.stderr).toMatch(/createrepo_c: not-an\.rpm: .*not an RPM package/);
    rmSync(path.join(rpms, 'not-an.rpm'));

    const ok = await runIc('0.18.0', 'ic.yaml');
    expect(ok.code, ok.stderr).toBe(0);
    const iso = path.join(out, 'out.iso');
    expect(hasIso9660Signature(iso)).toBe(true);
    const live = await readLiveOs(iso, path.join(dir, 'read'));
    expect(live.files).toEqual(
      expect.arrayContaining(['/images/azure-linux.cosi', '/liveos/rootfs.img', '/azl-image-customizer/saved-configs.yaml']),
    );
    const cosiOnIso = readFileSync(path.join(live.media, 'images', 'azure-linux.cosi'));
    expect(cosiOnIso.equals(readFileSync(cosi.file)), 'iso.additionalFiles are plain files on the media').toBe(true);
    expect(
      readTar(cosiOnIso)
        .map((e) => e.name)
        .slice(0, 2),
    ).toEqual(['cosi-marker', 'metadata.json']);
    expect(live.file('/etc/trident/config.yaml')).toContain('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect(existsSync(path.join(rpms, 'repodata', 'repomd.xml'))).toBe(true);

    // The contract: each of these must fail.
    const fails: [string, Awaited<ReturnType<typeof runIc>>, RegExp][] = [
      ['0.18 without -v /dev:/dev', await runIc('0.18.0', 'ic.yaml', { devMount: false }), /not devtmpfs.*-v \/dev:\/dev/],
      ['0.17 without the imagecustomizer argument', await runIc('0.17.0', 'ic.yaml'), /--log-level|executable file not found|no such file/],
      ['0.18 given the imagecustomizer argument', await runIc('0.18.0', 'ic.yaml', { cmdArg: true }), /unexpected argument imagecustomizer/],
      ['read-only RPM source', await runIc('0.18.0', 'ic.yaml', { rpmsRo: true }), /createrepo_c.*Read-only file system/],
      ['not privileged', await runIc('1.6.0', 'ic.yaml', { privileged: false }), /cannot mount devtmpfs|CAP_SYS_ADMIN/],
      ['invalid config', await runIc('0.18.0', 'invalid.yaml'), /invalid config file.*hostnam/s],
      ['the host root mounted', await runIc('0.18.0', 'ic.yaml', { hostRoot: true }), /whole filesystem is mounted at \/host/],
      ['no squashfs-tools in the image', await runIc('0.18.0', 'no-squashfs.yaml'), /package \(squashfs-tools\) is not installed/],
    ];
    for (const [what, r, message] of fails) {
      expect(r.code, what).not.toBe(0);
      expect(`${r.stderr}${r.stdout}`, what).toMatch(message);
    }
    // 0.17 with the argument and 1.6 without the /dev mount both work.
    const v17 = await runIc('0.17.0', 'ic.yaml', { cmdArg: true });
    expect(v17.code, v17.stderr).toBe(0);
    const v16 = await runIc('1.6.0', 'ic.yaml', { devMount: false });
    expect(v16.code, v16.stderr).toBe(0);
    expect((await exec(['docker', 'ps', '-aq'], { env })).stdout).toBe(containersBefore);
    expect(attachedLoopDevices()).toEqual(loopsBefore);
  });

  it('the Image Customizer stand-in runs privileged on podman with the test containers.conf', async () => {
    const { podman, imageCustomizer } = c();
    const env = { ...process.env, ...podman.env };
    await exec(['podman', 'pull', '--quiet', imageCustomizer.refs['0.18.0']], { env, timeoutMs: 300_000 });
    const r = await exec(
      [
        'podman',
        'run',
        '--rm',
        '--privileged',
        '-v',
        '/dev:/dev',
        '--entrypoint',
        '/bin/sh',
        imageCustomizer.refs['0.18.0'],
        '-c',
        'losetup -f && grep " /dev " /proc/self/mountinfo',
      ],
      {
        env,
        check: false,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\/dev\/loop\d+/);
    expect(r.stdout).toMatch(/devtmpfs/);
    await exec(['podman', 'rmi', '--force', imageCustomizer.refs['0.18.0']], { env, check: false });
  });

  it('@actions/artifact uploads through the results service stand-in into Azurite, byte for byte', async () => {
    const { results } = c();
    const dir = scratch('artifact');
    const file = path.join(dir, 'installer.iso');
    writeFileSync(file, Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251)));
    const run = `run-${Date.now()}`;
    const saved = { ...process.env };
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(run, 'job-1'),
      ACTIONS_RESULTS_URL: results.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: dir,
    });
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const up = await client.uploadArtifact('installer.iso', [file], dir, { skipArchive: true, retentionDays: 1 });
      expect(up.id).toBeGreaterThan(0);
      expect(up.digest).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
      const state = await fetchState(results.url);
      const record = state.artifacts.find((a) => a.runBackendId === run);
      expect(record?.finalized).toBe(true);
      expect(record?.hash).toBe(`sha256:${up.digest}`);
      const blob = await readBlob(results.blobEndpoint, ARTIFACT_CONTAINER, record?.blob ?? '');
      expect(blob.equals(readFileSync(file))).toBe(true);
    } finally {
      process.env = saved;
    }
  });

  it('@actions/cache (service v2) saves and restores through the stand-in and Azurite', async () => {
    const { results } = c();
    const dir = scratch('cache');
    const saved = { ...process.env };
    const cwd = process.cwd();
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: runtimeToken('run-cache', 'job-cache', 'refs/heads/harness'),
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: scratch('cache-temp'),
    });
    try {
      process.chdir(dir);
      mkdirSync(path.join(dir, 'payload'));
      writeFileSync(path.join(dir, 'payload', 'a.txt'), 'cached bytes\n');
      const cache = await import('@actions/cache');
      const id = await cache.saveCache(['payload'], 'e2e-harness-key');
      expect(id).toBeGreaterThan(0);
      writeFileSync(path.join(dir, 'payload', 'a.txt'), 'changed\n');
      const hit = await cache.restoreCache(['payload'], 'e2e-harness-key');
      expect(hit).toBe('e2e-harness-key');
      expect(readFileSync(path.join(dir, 'payload', 'a.txt'), 'utf8')).toBe('cached bytes\n');
      expect(await cache.restoreCache(['payload'], 'other-key')).toBeUndefined();
    } finally {
      process.chdir(cwd);
      process.env = saved;
    }
  });
});
