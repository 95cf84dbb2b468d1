// Just enough of the tar format to list an archive's entries from their
// 512-byte headers: ustar (with its name prefix), GNU (long names, base-256
// sizes) and pax extended headers (path and size overrides). Pure functions
// over buffers; cosi.ts does the reading.
//
// Trident reads a COSI with the Rust `tar` crate (alexcrichton/tar-rs,
// src/archive.rs `next_entry`, src/entry.rs `path_bytes`, src/pax.rs,
// src/header.rs), and a COSI must mean the same to both readers: where the
// two could differ, this reader refuses rather than guesses. So a header is
// ustar or GNU (the crate reads extension headers only in those, and a ustar
// name prefix only with version "00"), a number is octal digits (or base-256),
// a name is UTF-8 without NUL, and a pax header is records that both a
// length walk and a newline split read alike, each key once.

export const BLOCK = 512;

/** The header's magic and version: POSIX ustar, GNU, or anything else (v7, a typo). */
export type TarDialect = 'ustar' | 'gnu' | 'other';

export interface TarHeader {
  name: string;
  size: number;
  /** The typeflag: '0' (or '\0') file, '5' directory, 'L' GNU long name, 'x'/'g' pax, … */
  type: string;
  dialect: TarDialect;
}

export class TarFormatError extends Error {}

/** Entry types whose data is a file's content (as opposed to metadata for the next entry). */
export function isFileType(type: string): boolean {
  return type === '0' || type === '\0' || type === '7';
}

/** Two of these end an archive. */
export function isZeroBlock(block: Uint8Array): boolean {
  return block.every((b) => b === 0);
}

/** The bytes an entry's data occupies, padded to whole blocks. */
export function paddedSize(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** Parses one header block; throws TarFormatError when it is not one (bad checksum or fields). */
export function parseTarHeader(block: Uint8Array): TarHeader {
  if (block.length !== BLOCK) throw new TarFormatError(`a tar header is ${BLOCK} bytes, got ${block.length}`);
  const stored = parseNumber(block, 148, 8);
  if (stored === undefined || stored !== headerChecksum(block)) throw new TarFormatError('header checksum does not match');
  const size = parseNumber(block, 124, 12);
  if (size === undefined) throw new TarFormatError('header size field is not a number');
  const type = String.fromCharCode(block[156] ?? 0);
  const dialect = dialectOf(block);
  return { name: headerName(block, dialect), size, type, dialect };
}

/** Sum of the header bytes with the checksum field counted as spaces (POSIX). */
function headerChecksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

/** tar-rs src/header.rs is_ustar / is_gnu: magic and version together. */
function dialectOf(block: Uint8Array): TarDialect {
  const magic = Buffer.from(block.subarray(257, 265)).toString('latin1');
  if (magic === 'ustar\u000000') return 'ustar';
  if (magic === 'ustar  \u0000') return 'gnu';
  return 'other';
}

/** POSIX ustar splits long names into prefix + name; GNU uses that area for other fields. */
function headerName(block: Uint8Array, dialect: TarDialect): string {
  const name = cString(block, 0, 100);
  const prefix = dialect === 'ustar' ? cString(block, 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

/** Octal ASCII (digits, spaces around them), or GNU base-256 (high bit of the first byte set) for values octal cannot hold. */
function parseNumber(block: Uint8Array, offset: number, length: number): number | undefined {
  const first = block[offset] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (block[offset + i] ?? 0);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  // An empty field is no number (tar-rs refuses it too), not 0.
  const text = cString(block, offset, length).replace(/^ +| +$/g, '');
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A NUL-terminated (or field-filling) string; bytes that are not UTF-8 are an error (they would decode to look-alikes). */
export function cString(bytes: Uint8Array, offset: number, length: number): string {
  const field = bytes.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return decodeName(end === -1 ? field : field.subarray(0, end));
}

function decodeName(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new TarFormatError(`a name is not valid UTF-8 (${JSON.stringify(Buffer.from(bytes).toString('latin1'))})`);
  }
}

/**
 * A GNU long name ('L') entry's data: the name and at most one NUL, last.
 * tar-rs drops one trailing NUL and keeps the rest, so a NUL inside would
 * make a name this reader would otherwise cut short.
 */
export function parseLongName(data: Uint8Array): string {
  const body = data.length > 0 && data[data.length - 1] === 0 ? data.subarray(0, data.length - 1) : data;
  if (body.includes(0)) throw new TarFormatError('a GNU long name holds a NUL before its end');
  return decodeName(body);
}

/**
 * The `path` and `size` records of a pax extended header (`<len> <key>=<value>\n`
 * each). tar-rs splits the data at newlines and takes the first `path`/`size`;
 * a walk by length would read a value holding a newline differently, so every
 * record must end at its newline and hold no other, the records must fill the
 * data exactly, a key may appear once, and `size` must be decimal digits.
 */
export function parsePax(data: Uint8Array): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {};
  const keys = new Set<string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const digits = space === -1 ? '' : Buffer.from(data.subarray(offset, space)).toString('latin1');
    const length = /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : NaN;
    const end = offset + length;
    if (!Number.isInteger(length) || end > data.length || data[end - 1] !== 0x0a) throw malformedPax(offset, 'its length does not end at a newline');
    const record = data.subarray(space + 1, end - 1);
    if (record.includes(0x0a)) throw malformedPax(offset, 'holds a newline before its end');
    const eq = record.indexOf(0x3d);
    if (eq <= 0) throw malformedPax(offset, 'has no key=value');
    const key = decodeName(record.subarray(0, eq));
    if (keys.has(key)) throw malformedPax(offset, `key '${key}' appears again (tar readers differ on which one counts)`);
    keys.add(key);
    const value = record.subarray(eq + 1);
    if (key === 'path') out.path = decodeName(value);
    if (key === 'size') out.size = paxSize(Buffer.from(value).toString('latin1'), offset);
    offset = end;
  }
  return out;
}

function paxSize(value: string, offset: number): number {
  const size = /^[0-9]{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size)) throw malformedPax(offset, `size '${value}' is not decimal digits`);
  return size;
}

function malformedPax(offset: number, why: string): TarFormatError {
  return new TarFormatError(`malformed pax extended header: its record at byte ${offset} ${why}`);
}
