// Just enough of the tar format to list an archive's entries from their
// 512-byte headers: ustar (with its name prefix), GNU (long names, base-256
// sizes) and pax extended headers (path and size overrides). Pure functions
// over buffers; cosi.ts does the reading.

export const BLOCK = 512;

export interface TarHeader {
  name: string;
  size: number;
  /** The typeflag: '0' (or '\0') file, '5' directory, 'L' GNU long name, 'x'/'g' pax, … */
  type: string;
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
  return { name: headerName(block), size, type };
}

/** Sum of the header bytes with the checksum field counted as spaces (POSIX). */
function headerChecksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

/** POSIX ustar splits long names into prefix + name; GNU's magic ("ustar  ") uses that area for other fields. */
function headerName(block: Uint8Array): string {
  const name = cString(block, 0, 100);
  const posix = cString(block, 257, 6) === 'ustar' && block[262] === 0;
  const prefix = posix ? cString(block, 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

/** Octal ASCII, or GNU base-256 (high bit of the first byte set) for values octal cannot hold. */
function parseNumber(block: Uint8Array, offset: number, length: number): number | undefined {
  const first = block[offset] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (block[offset + i] ?? 0);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const text = cString(block, offset, length).trim();
  return /^[0-7]*$/.test(text) ? (text === '' ? 0 : parseInt(text, 8)) : undefined;
}

/** A NUL-terminated (or field-filling) string. */
export function cString(bytes: Uint8Array, offset: number, length: number): string {
  const field = bytes.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString('utf8');
}

/** The `path` and `size` records of a pax extended header (`<len> <key>=<value>\n` each). */
export function parsePax(data: Uint8Array): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = space === -1 ? NaN : Number(Buffer.from(data.subarray(offset, space)).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) throw new TarFormatError('malformed pax extended header');
    const record = Buffer.from(data.subarray(space + 1, offset + length - 1)).toString('utf8');
    const eq = record.indexOf('=');
    const key = record.slice(0, eq);
    const value = record.slice(eq + 1);
    if (key === 'path') out.path = value;
    if (key === 'size' && /^\d+$/.test(value)) out.size = Number(value);
    offset += length;
  }
  return out;
}
