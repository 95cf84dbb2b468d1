// What a VM left on its disk, read from the image itself (not from any log):
// the qcow2 converted to a sparse raw file, its partition table with
// `sfdisk --json`, each partition's filesystem with `blkid --probe --offset`,
// and files of an ext4 partition with debugfs (the kernel here cannot read
// partition tables, so nothing is mounted).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { exec } from './proc.js';

export interface DiskPartition {
  /** 1-based. */
  number: number;
  start: number;
  /** Size in bytes. */
  bytes: number;
  /** GPT type GUID, upper case. */
  type: string;
  /** GPT partition name. */
  name: string;
  uuid: string;
  /** blkid's view of the contents: TYPE, UUID, LABEL... (empty when nothing is recognised). */
  fs: Record<string, string>;
}

export interface DiskLayout {
  label: string;
  partitions: DiskPartition[];
  /** The raw image (removed by dispose). */
  raw: string;
  dispose(): void;
}

interface SfdiskJson {
  partitiontable: {
    label: string;
    sectorsize?: number;
    partitions?: { node: string; start: number; size: number; type: string; uuid: string; name?: string }[];
  };
}

/** Reads the partitions of a qcow2 (or raw) disk image. Call dispose() when done. */
export async function readDisk(image: string, workDir: string): Promise<DiskLayout> {
  const raw = path.join(workDir, `${path.basename(image)}.raw`);
  await exec(['qemu-img', 'convert', '-O', 'raw', image, raw], { timeoutMs: 300_000 });
  const dispose = () => rmSync(raw, { force: true });
  const table = await exec(['sfdisk', '--json', raw], { check: false });
  if (table.code !== 0) return { label: 'none', partitions: [], raw, dispose };
  const pt = (JSON.parse(table.stdout) as SfdiskJson).partitiontable;
  const sector = pt.sectorsize ?? 512;
  const partitions: DiskPartition[] = [];
  for (const [i, p] of (pt.partitions ?? []).entries()) {
    const probe = await exec(['blkid', '--probe', '--offset', String(p.start * sector), '--size', String(p.size * sector), '-o', 'export', raw], {
      check: false,
    });
    const fs = Object.fromEntries(
      probe.stdout
        .split('\n')
        .map((l) => /^(\w+)=(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, m[2]!]),
    );
    delete fs.DEVNAME;
    partitions.push({ number: i + 1, start: p.start, bytes: p.size * sector, type: p.type.toUpperCase(), name: p.name ?? '', uuid: p.uuid, fs });
  }
  return { label: pt.label, partitions, raw, dispose };
}

/** A file of an ext4 partition of the disk, read with debugfs. Undefined when it does not exist. */
export async function readExt4File(disk: DiskLayout, partition: DiskPartition, file: string): Promise<string | undefined> {
  // e2fsprogs' unix I/O manager takes the filesystem's offset in the image as an option.
  const r = await exec(['debugfs', '-R', `cat ${file}`, `${disk.raw}?offset=${partition.start * 512}`], { check: false });
  if (r.code !== 0 || r.stderr.includes('File not found')) return undefined;
  return r.stdout;
}
