// Reading what an Image Customizer (stand-in) ISO carries: every file of the
// ISO 9660 image (xorriso), the live OS's root filesystem from
// liveos/rootfs.img (unsquashfs), its installed-package database, and the
// kernel command line of boot/grub2/grub.cfg.
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { readRpmdb, type RpmdbRecord } from './base-image.js';
import { extractIso } from './iso.js';
import { exec } from './proc.js';

export interface LiveOs {
  /** Files on the ISO media ("/a/b"). */
  files: string[];
  /** Where the media was extracted. */
  media: string;
  /** Where the live OS's root filesystem was extracted. */
  root: string;
  rpmdb: RpmdbRecord[];
  /** The `linux` line's arguments in boot/grub2/grub.cfg. */
  cmdline: string;
  /** version-release of an installed package, or undefined. */
  installed(name: string): string | undefined;
  /** A regular file of the live OS (undefined when absent or a symlink: those point into the live system, not here). */
  file(p: string): string | undefined;
  /** A symlink's target in the live OS (undefined when not a symlink). */
  link(p: string): string | undefined;
}

export async function readLiveOs(iso: string, dir: string): Promise<LiveOs> {
  const media = path.join(dir, 'media');
  const root = path.join(dir, 'liveos-root');
  const files = await extractIso(iso, media);
  await exec(['unsquashfs', '-q', '-no-xattrs', '-d', root, path.join(media, 'liveos', 'rootfs.img')], { timeoutMs: 300_000 });
  const rpmdb = readRpmdb(root);
  const grub = readFileSync(path.join(media, 'boot', 'grub2', 'grub.cfg'), 'utf8');
  const cmdline = /^\s*linux\s+\S+\s+(.*)$/m.exec(grub)?.[1] ?? '';
  return {
    files,
    media,
    root,
    rpmdb,
    cmdline,
    installed: (name) => {
      const r = rpmdb.find((x) => x.name === name);
      return r ? `${r.version}-${r.release}` : undefined;
    },
    file: (p) => {
      const f = path.join(root, p);
      const st = lstatSync(f, { throwIfNoEntry: false });
      return st?.isFile() ? readFileSync(f, 'utf8') : undefined;
    },
    link: (p) => {
      const f = path.join(root, p);
      return lstatSync(f, { throwIfNoEntry: false })?.isSymbolicLink() ? readlinkSync(f) : undefined;
    },
  };
}
