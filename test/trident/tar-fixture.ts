// A tiny ustar writer for tests: builds COSI-shaped archives, including ones
// with multi-GiB "sparse" entries whose data is a hole in the file (no disk,
// no time), and deliberately broken ones.

import { open } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

export interface FixtureEntry {
  name: string;
  /** Content; omitted with `sparseSize` to leave a hole of that many bytes. */
  data?: string | Uint8Array;
  sparseSize?: number;
  /** Typeflag, '0' (file) unless given. */
  type?: string;
  /** Size to write in the header when it must differ from the data (pax size override tests). */
  headerSize?: number;
  /** Magic and version: POSIX ustar (the default), GNU, old v7 (none), or ustar's magic with another version. */
  dialect?: HeaderDialect;
  /** The ustar name prefix field. */
  prefix?: string;
}

export type HeaderDialect = 'ustar' | 'gnu' | 'v7' | 'ustar-version-xx';
const MAGIC: Record<HeaderDialect, string> = {
  ustar: 'ustar\u000000',
  gnu: 'ustar  \u0000',
  v7: '\u0000'.repeat(8),
  'ustar-version-xx': 'ustar\u0000xx',
};

const BLOCK = 512;

/** One ustar header block with a correct checksum. */
export function tarHeader(
  name: string,
  size: number,
  type = '0',
  { dialect = 'ustar', prefix = '' }: { dialect?: HeaderDialect; prefix?: string } = {},
): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'ascii'); // mode
  block.write('0000000\0', 108, 'ascii'); // uid
  block.write('0000000\0', 116, 'ascii'); // gid
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write('00000000000\0', 136, 'ascii'); // mtime
  block.write(type, 156, 'ascii');
  block.write(MAGIC[dialect], 257, 'latin1');
  block.write(prefix, 345, 155, 'utf8');
  block.fill(0x20, 148, 156);
  const sum = block.reduce((a, b) => a + b, 0);
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** A pax extended header's data: `<len> key=value\n` records. */
export function paxRecords(records: Record<string, string>): string {
  return Object.entries(records)
    .map(([key, value]) => {
      const body = ` ${key}=${value}\n`;
      let length = body.length + 1;
      while (`${length}${body}`.length !== length) length += 1;
      return `${length}${body}`;
    })
    .join('');
}

/** Writes a tar; `end: false` leaves out the two zero blocks that close an archive. */
export async function writeTar(file: string, entries: FixtureEntry[], { end = true } = {}): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let position = 0;
    for (const entry of entries) {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data ?? []);
      const size = entry.sparseSize ?? data.length;
      await handle.write(tarHeader(entry.name, entry.headerSize ?? size, entry.type, entry), 0, BLOCK, position);
      if (data.length > 0) await handle.write(data, 0, data.length, position + BLOCK);
      position += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
    if (end) await handle.write(Buffer.alloc(2 * BLOCK), 0, 2 * BLOCK, position);
    else await handle.truncate(position);
  } finally {
    await handle.close();
  }
}

const SAMPLE = new URL('../fixtures/samples/cosi-metadata/valid-grub-simple.json', import.meta.url);

/** The official valid sample's metadata.json, with osArch replaced when asked. */
export function sampleMetadata(osArch?: string): string {
  const text = readFileSync(SAMPLE, 'utf8');
  if (osArch === undefined) return text;
  const value = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify({ ...value, osArch }, null, 2);
}

/** The image files the sample metadata names. */
export const SAMPLE_IMAGES = ['images/primary-gpt.rawzst', 'images/esp.rawzst', 'images/root.rawzst'];

/** Entries of a well-formed COSI around the given metadata text. */
export function cosiEntries(metadata: string = sampleMetadata()): FixtureEntry[] {
  return [
    { name: 'cosi-marker', data: '' },
    { name: 'metadata.json', data: metadata },
    ...SAMPLE_IMAGES.map((name) => ({ name, data: `zstd frames of ${name}` })),
  ];
}
