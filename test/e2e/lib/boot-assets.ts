// What the VMs boot, prepared once from Debian packages and cached between
// runs: Debian's generic kernel (apt-get download + dpkg-deb, never
// installed; the cloud kernel has no AHCI driver, so no /dev/sda or /dev/sr0),
// the closure of the kernel modules the initramfs images and the live OS load
// (resolved with the host's `modprobe --show-depends`, as busybox insmod does
// not resolve dependencies), busybox-static, and the ISO's El Torito EFI image
// (a FAT image holding EFI/BOOT/BOOTX64.EFI, a GRUB made with
// grub-mkstandalone that finds the media by its label CDROM and loads
// /boot/grub2/grub.cfg, as Image Customizer's efiboot.img does:
// toolkit/tools/internal/isogenerator/isogenerator.go and
// pkg/imagecustomizerlib/liveosisogrub.go in microsoft/azure-linux-image-tools).
//
// These stand in for the base OS's own kernel, modules and boot loader: the
// Image Customizer stand-in image carries them (lib/imagecustomizer-image.ts).
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exec, execToFile, makeTempDir, removeTempDir } from './proc.js';

/** Modules the live ISO's bootstrap initramfs loads (dracut dmsquash-live's needs: the CD, squashfs, the overlay). */
export const LIVE_INITRAMFS_MODULES = ['ahci', 'sd_mod', 'sr_mod', 'isofs', 'squashfs', 'loop', 'overlay', 'virtio_pci', 'virtio_blk'];
/** Modules the installed OS's initramfs loads: its disk (SATA or virtio) and its root filesystem. */
export const TARGET_INITRAMFS_MODULES = ['ahci', 'sd_mod', 'virtio_pci', 'virtio_blk', 'ext4', 'vfat', 'nls_cp437', 'nls_iso8859-1'];
/** Modules the live OS can load later (Trident mounts the new root to write into it; md for RAID). */
export const LIVE_OS_MODULES = [...new Set([...LIVE_INITRAMFS_MODULES, ...TARGET_INITRAMFS_MODULES, 'md_mod', 'raid1'])];

const KERNEL_SUBTREES = [
  'drivers/ata',
  'drivers/scsi',
  'drivers/cdrom',
  'drivers/block',
  'drivers/md',
  'drivers/virtio',
  'fs',
  'lib',
  'crypto',
  'arch/x86/crypto',
  'block',
];

export interface BootAssets {
  /** The directory holding everything below (in the cache). */
  dir: string;
  /** Kernel release, e.g. 6.1.0-56-amd64. */
  kver: string;
  /** The kernel image. */
  vmlinuz: string;
  /** A root holding lib/modules/<kver>/ with the module closure and depmod's files. */
  modulesRoot: string;
  /** Module files (paths relative to modulesRoot) in load order, per initramfs. */
  liveInitramfsModules: string[];
  targetInitramfsModules: string[];
  /** busybox-static. */
  busybox: string;
  /** The ISO's El Torito EFI image (FAT, EFI/BOOT/BOOTX64.EFI). */
  efibootImg: string;
  /** The Debian package versions the assets come from. */
  versions: { kernel: string; busybox: string; grub: string };
}

export function cacheRoot(): string {
  return process.env.E2E_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'trident-iso-action-e2e');
}

async function debVersion(pkg: string): Promise<string> {
  const r = await exec(['dpkg-query', '-W', '-f', '${Version}', pkg], { check: false });
  if (r.code !== 0 || !r.stdout.trim()) throw new Error(`e2e: ${pkg} is not installed: run .ci/install-e2e-deps.sh`);
  return r.stdout.trim();
}

/** The linux-image-<kver> package linux-image-amd64 depends on, and its candidate version. */
async function kernelPackage(): Promise<{ name: string; version: string }> {
  const deps = await exec(['apt-cache', 'depends', 'linux-image-amd64']);
  const name = /Depends: (linux-image-\d\S*)/.exec(deps.stdout)?.[1];
  if (!name) throw new Error(`e2e: apt-cache knows no linux-image-amd64 dependency:\n${deps.stdout}`);
  const policy = await exec(['apt-cache', 'policy', name]);
  const version = /Candidate:\s*(\S+)/.exec(policy.stdout)?.[1];
  if (!version || version === '(none)') throw new Error(`e2e: no candidate version of ${name}: run apt-get update`);
  return { name, version };
}

/** Module files in load order (dependencies first), relative to root. */
async function moduleClosure(root: string, kver: string, modules: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const m of modules) {
    const r = await exec(['modprobe', '-d', root, '-S', kver, '--show-depends', m]);
    for (const line of r.stdout.split('\n')) {
      const ko = /^insmod (\S+)/.exec(line)?.[1];
      if (ko) {
        const rel = path.relative(root, ko);
        if (!out.includes(rel)) out.push(rel);
      }
    }
  }
  return out;
}

/** grub-mkstandalone for x86_64-efi with an embedded grub.cfg; modules limited to what it needs. */
export async function grubStandalone(out: string, embeddedCfg: string, extraModules: readonly string[] = []): Promise<void> {
  const dir = makeTempDir('e2e-grub-');
  try {
    const cfg = path.join(dir, 'embed.cfg');
    writeFileSync(cfg, embeddedCfg);
    const modules = [
      'linux',
      'normal',
      'search',
      'search_label',
      'search_fs_uuid',
      'search_fs_file',
      'configfile',
      'echo',
      'boot',
      'test',
      'part_gpt',
      'fat',
      'iso9660',
      ...extraModules,
    ];
    await exec([
      'grub-mkstandalone',
      '-O',
      'x86_64-efi',
      '-o',
      out,
      `--install-modules=${modules.join(' ')}`,
      '--modules=part_gpt fat iso9660 search_label search_fs_uuid',
      '--locales=',
      '--fonts=',
      '--themes=',
      `boot/grub/grub.cfg=${cfg}`,
    ]);
  } finally {
    removeTempDir(dir);
  }
}

/** A FAT image of sizeKiB holding files (path in the image → host file), made with mkfs.vfat and mtools. */
export async function fatImage(out: string, sizeKiB: number, files: Record<string, string>, volumeId?: string): Promise<void> {
  rmSync(out, { force: true });
  await exec(['mkfs.vfat', ...(volumeId ? ['-i', volumeId] : []), '-n', 'ESP', '-C', out, String(sizeKiB)]);
  const dirs = new Set<string>();
  for (const inImage of Object.keys(files)) {
    const parts = inImage.split('/').filter(Boolean).slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of [...dirs].sort()) await exec(['mmd', '-i', out, `::/${d}`]);
  for (const [inImage, host] of Object.entries(files)) await exec(['mcopy', '-i', out, host, `::/${inImage.replace(/^\//, '')}`]);
}

const ISO_GRUB_CFG = `# Stand-in for Image Customizer's ISO GRUB: find the media by its volume label, load its grub.cfg.
search --no-floppy --label CDROM --set root
configfile ($root)/boot/grub2/grub.cfg
`;

async function build(dir: string): Promise<void> {
  const kpkg = await kernelPackage();
  const work = makeTempDir('e2e-kernel-');
  try {
    const download = () => exec(['apt-get', 'download', '-q', `${kpkg.name}=${kpkg.version}`], { cwd: work, timeoutMs: 600_000 });
    try {
      await download();
    } catch {
      // Stale package lists name a version the mirror no longer has: refresh them once.
      await exec(['apt-get', 'update', '-qq'], { timeoutMs: 600_000 });
      await download();
    }
    const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error(`e2e: apt-get download ${kpkg.name} left no .deb`);
    const extracted = path.join(work, 'root');
    mkdirSync(extracted);
    // dpkg-deb --fsys-tarfile | tar -x, without a shell: the tarball goes through a file.
    const tarball = path.join(work, 'data.tar');
    await execToFile(['dpkg-deb', '--fsys-tarfile', path.join(work, deb)], tarball);
    await exec(
      [
        'tar',
        '-x',
        '-C',
        extracted,
        '--wildcards',
        './boot/vmlinuz-*',
        './lib/modules/*/modules.*',
        ...KERNEL_SUBTREES.map((s) => `./lib/modules/*/kernel/${s}/*`),
        '-f',
        tarball,
      ],
      { timeoutMs: 300_000 },
    );
    const kver = readdirSync(path.join(extracted, 'lib', 'modules'))[0];
    if (!kver) throw new Error('e2e: the kernel package holds no lib/modules');
    await exec(['depmod', '-b', extracted, kver]);
    const live = await moduleClosure(extracted, kver, LIVE_INITRAMFS_MODULES);
    const target = await moduleClosure(extracted, kver, TARGET_INITRAMFS_MODULES);
    const all = await moduleClosure(extracted, kver, LIVE_OS_MODULES);

    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(extracted, 'boot', `vmlinuz-${kver}`), path.join(dir, 'vmlinuz'));
    const modulesRoot = path.join(dir, 'modules');
    for (const rel of all) {
      mkdirSync(path.dirname(path.join(modulesRoot, rel)), { recursive: true });
      copyFileSync(path.join(extracted, rel), path.join(modulesRoot, rel));
    }
    for (const f of readdirSync(path.join(extracted, 'lib', 'modules', kver)).filter((n) => n.startsWith('modules.')))
      copyFileSync(path.join(extracted, 'lib', 'modules', kver, f), path.join(modulesRoot, 'lib', 'modules', kver, f));
    // modules.dep for just the modules kept (busybox modprobe in the live OS reads it).
    await exec(['depmod', '-b', modulesRoot, kver]);
    const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
    if (!busybox) throw new Error('e2e: busybox not found: run .ci/install-e2e-deps.sh (busybox-static)');
    copyFileSync(busybox, path.join(dir, 'busybox'));
    chmodSync(path.join(dir, 'busybox'), 0o755);

    const grubEfi = path.join(work, 'BOOTX64.EFI');
    await grubStandalone(grubEfi, ISO_GRUB_CFG);
    await fatImage(path.join(dir, 'efiboot.img'), 4096, { 'EFI/BOOT/BOOTX64.EFI': grubEfi });

    const manifest = {
      kver,
      liveInitramfsModules: live,
      targetInitramfsModules: target,
      versions: { kernel: `${kpkg.name} ${kpkg.version}`, busybox: await debVersion('busybox-static'), grub: await debVersion('grub-efi-amd64-bin') },
    };
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  } finally {
    removeTempDir(work);
  }
}

function load(dir: string): BootAssets {
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Pick<
    BootAssets,
    'kver' | 'liveInitramfsModules' | 'targetInitramfsModules' | 'versions'
  >;
  return {
    dir,
    ...m,
    vmlinuz: path.join(dir, 'vmlinuz'),
    modulesRoot: path.join(dir, 'modules'),
    busybox: path.join(dir, 'busybox'),
    efibootImg: path.join(dir, 'efiboot.img'),
  };
}

/**
 * The boot assets, from the cache when it holds them for the same Debian
 * package versions and the same recipe (this file), else built (about 10 s
 * plus a 70 MB kernel download) and cached.
 */
export async function bootAssets(): Promise<BootAssets> {
  const kpkg = await kernelPackage();
  const key = createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .update(`${kpkg.name} ${kpkg.version} ${await debVersion('busybox-static')} ${await debVersion('grub-efi-amd64-bin')}`)
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(cacheRoot(), `boot-${key}`);
  if (existsSync(path.join(dir, 'manifest.json'))) return load(dir);
  mkdirSync(cacheRoot(), { recursive: true });
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    await build(partial);
    // Another run may have cached the same assets meanwhile: keep theirs.
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return load(dir);
}
