// The check, from outside the image and after the build, that the ISO holds
// what the action wrote: in the live OS (liveos/rootfs.img, a SquashFS image
// of its root: microsoft/azure-linux-image-tools toolkit/tools/pkg/
// imagecustomizerlib/liveosisoimages.go, createSquashfsImage; liveosisogrub.go,
// liveOSImagePath) each owned path is exactly the file or link the action
// wrote, and nothing that would make Trident's units read another config is
// there; on the ISO media each owned file is a file of its size (and bytes,
// where they are known). Scripts of the config ran as root in the image and
// could have changed anything in it, the image's own tools included: so this
// reads the ISO's bytes itself, with the ISO 9660 and SquashFS readers here,
// and only the few paths it checks.
import { createHash } from 'node:crypto';
import { findFile, readIsoVolume, type IsoFile } from './iso9660.js';
import { sliceSource, type ByteSource } from './source.js';
import { SquashfsImage, type SquashfsNode } from './squashfs.js';

/** Where Image Customizer puts the live OS's root on the media. */
export const LIVE_OS_IMAGE = '/liveos/rootfs.img';

/** What one owned path of the live OS must be. */
export type LiveOsEntry = { kind: 'file'; path: string; sha256: string; size: number } | { kind: 'link'; path: string; target: string };

/** A file on the ISO media: of this size, and with these bytes when sha256 is given. */
export interface MediaEntry {
  path: string;
  size: number;
  sha256?: string;
}

export interface OwnedOnIso {
  liveOs: LiveOsEntry[];
  media: MediaEntry[];
  /** Live OS paths that must not be there: unit files and drop-in folders (an empty folder is fine), binaries that would shadow Trident's. */
  absent: string[];
  /** Folders that may be a symbolic link to one of these targets (merged /usr): an absent path under one is then the path it leads to. */
  mergedFolders?: Record<string, readonly string[]>;
}

/** A path that is not what it must be, and what was found instead. */
export interface OwnedFinding {
  where: 'live OS' | 'ISO media';
  path: string;
  found: string;
}

/** The ISO could not be read far enough to check it (fail closed: the ISO is not delivered). */
export class UncheckableIsoError extends Error {
  override name = 'UncheckableIsoError';
}

/** A source that counts what is read through it: the check reads a few paths, not the ISO. */
export function countingSource(source: ByteSource): ByteSource & { bytesRead: number } {
  const counted = {
    size: source.size,
    bytesRead: 0,
    read: async (position: number, length: number) => {
      const bytes = await source.read(position, length);
      counted.bytesRead += bytes.length;
      return bytes;
    },
  };
  return counted;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describeNode(node: SquashfsNode): string {
  switch (node.kind) {
    case 'file':
      return `a regular file of ${node.size} bytes`;
    case 'directory':
      return 'a directory';
    case 'symlink':
      return `a symbolic link to ${node.target}`;
    default:
      return `a ${node.type}`;
  }
}

/** The one extent of a file on the media, as a source (xorriso and mkisofs write a large file's extents back to back). */
function fileSource(iso: ByteSource, file: IsoFile): ByteSource {
  const first = file.extents[0];
  if (!first) return sliceSource(iso, 0, 0);
  let end = first.offset;
  for (const e of file.extents) {
    if (e.offset !== end) throw new UncheckableIsoError(`${file.path} is stored in extents that are not contiguous`);
    end += e.size;
  }
  return sliceSource(iso, first.offset, file.size);
}

async function checkLiveOs(image: SquashfsImage, owned: OwnedOnIso): Promise<OwnedFinding[]> {
  const findings: OwnedFinding[] = [];
  const add = (path: string, found: string) => findings.push({ where: 'live OS', path, found });
  for (const entry of owned.liveOs) {
    const found = await image.lookup(entry.path);
    if (!found.found) {
      add(
        entry.path,
        found.reason === 'missing'
          ? `missing (no ${found.at})`
          : found.reason === 'symlink-parent'
            ? `reached through a symbolic link, ${found.at} → ${found.target}`
            : `missing (${found.at} is a ${found.type}, not a directory)`,
      );
      continue;
    }
    const { node } = found;
    if (entry.kind === 'link') {
      if (node.kind !== 'symlink' || node.target !== entry.target) add(entry.path, `${describeNode(node)}, not a symbolic link to ${entry.target}`);
      continue;
    }
    if (node.kind !== 'file') {
      add(entry.path, `${describeNode(node)}, not the regular file the action wrote`);
      continue;
    }
    // A different size is a different file: its bytes are not read.
    if (node.size !== entry.size) {
      add(entry.path, `a regular file of ${node.size} bytes, not the ${entry.size} bytes the action wrote`);
      continue;
    }
    const digest = sha256(await image.readFile(node));
    if (digest !== entry.sha256) add(entry.path, `a regular file with SHA-256 ${digest}, not ${entry.sha256} (what the action wrote)`);
  }
  for (const path of owned.absent) {
    const found = await image.lookup(path);
    if (!found.found) {
      // A folder on the way that is a link leads elsewhere, where systemd would look all the same; a merged folder leads where the paths are Trident's own.
      if (found.reason === 'symlink-parent' && !owned.mergedFolders?.[found.at]?.includes(found.target))
        add(path, `reached through a symbolic link, ${found.at} → ${found.target}`);
      continue;
    }
    const { node } = found;
    if (node.kind === 'directory') {
      const entries = await image.list(node, path);
      if (entries.length > 0)
        add(
          path,
          `a folder holding ${entries
            .map((e) => e.name)
            .slice(0, 5)
            .join(', ')}${entries.length > 5 ? ', …' : ''}`,
        );
    } else add(path, describeNode(node));
  }
  return findings;
}

/**
 * Checks the ISO at `iso` (its bytes, through the readers here): every owned
 * path is what the action wrote. Returns what differs and how many bytes it
 * read; throws UncheckableIsoError when the ISO or its live OS image cannot be
 * read (malformed, another compressor), which must stop the delivery too.
 */
export async function checkOwnedOnIso(iso: ByteSource, owned: OwnedOnIso): Promise<{ findings: OwnedFinding[]; bytesRead: number }> {
  const source = countingSource(iso);
  const findings: OwnedFinding[] = [];
  try {
    const volume = await readIsoVolume(source);
    for (const entry of owned.media) {
      const file = findFile(volume, entry.path);
      if (!file) findings.push({ where: 'ISO media', path: entry.path, found: 'missing, or not a regular file' });
      else if (file.size !== entry.size)
        findings.push({
          where: 'ISO media',
          path: entry.path,
          found: `a file of ${file.size} bytes, not the ${entry.size} bytes the action put there`,
        });
      else if (entry.sha256 !== undefined) {
        const bytes = await fileSource(source, file).read(0, file.size);
        const digest = sha256(bytes);
        if (digest !== entry.sha256)
          findings.push({ where: 'ISO media', path: entry.path, found: `a file with SHA-256 ${digest}, not ${entry.sha256}` });
      }
    }
    if (owned.liveOs.length > 0 || owned.absent.length > 0) {
      const rootfs = findFile(volume, LIVE_OS_IMAGE);
      if (!rootfs)
        throw new UncheckableIsoError(
          `it has no ${LIVE_OS_IMAGE}, where Image Customizer puts the live OS (iso.initramfsType full-os puts it in the initramfs instead, which the action does not read)`,
        );
      const image = await SquashfsImage.open(fileSource(source, rootfs)).catch((error: unknown) => {
        throw new UncheckableIsoError(`its ${LIVE_OS_IMAGE} cannot be read: ${(error as Error).message}`);
      });
      findings.push(
        ...(await checkLiveOs(image, owned).catch((error: unknown) => {
          throw error instanceof UncheckableIsoError
            ? error
            : new UncheckableIsoError(`its ${LIVE_OS_IMAGE} cannot be read: ${(error as Error).message}`);
        })),
      );
    }
  } catch (error) {
    if (error instanceof UncheckableIsoError) throw error;
    throw new UncheckableIsoError((error as Error).message);
  }
  return { findings, bytesRead: source.bytesRead };
}
