// COSI (Composable OS Image): an uncompressed tar holding `cosi-marker`
// (empty, first), `metadata.json`, then `images/*`. COSIs are gigabytes, so
// reading walks the tar headers and reads only metadata.json's content.

import { openFileSource, type ByteSource } from '../iso/source.js';
import rawSchema from '../data/schemas/cosi-metadata-v1.2.schema.json' with { type: 'json' };
import { FILE_LIMITS } from '../context/limits.js';
import { schemaCheck } from '../data/schema-check.js';
import { platformOfCosiArch, type Platform } from '../context/platform.js';
import { isMapping } from '../context/yaml.js';
import { repeatedJsonKey } from './json-keys.js';
import { pointerJoin, quote, type Problem } from './problems.js';
import type { SchemaObject } from './schema-tools.js';
import { BLOCK, isFileType, isZeroBlock, paddedSize, parseLongName, parsePax, parseTarHeader, TarFormatError, type TarHeader } from './tar.js';
import { sha384Hex } from './sha384.js';

export interface CosiInfo {
  /** Size of the COSI file in bytes. */
  size: number;
  /** Entry names in archive order (a leading `./` removed, as Trident does). */
  entries: string[];
  /** The first entry's name, '' for an empty archive. */
  firstEntry: string;
  /** metadata.json as text, '' when absent. */
  metadataText: string;
  /** SHA-384 (hex) of metadata.json's bytes, what a host config's image.sha384 pins; '' when absent. */
  metadataSha384: string;
  /** metadata.json parsed, undefined when absent or not JSON. */
  metadata: unknown;
}

export const MARKER = 'cosi-marker';
export const METADATA = 'metadata.json';
/** ISO 9660 stores a file's size in 32 bits: 4 GiB - 1 is the largest file an ISO can hold. */
export const MAX_ISO_FILE_SIZE = 2 ** 32 - 1;

/** Bounds that no real COSI comes near; they keep a hostile file from costing memory. */
const MAX_ENTRIES = 10_000;
const MAX_METADATA_BYTES = FILE_LIMITS.cosiMetadata.bytes;
const MAX_EXTENDED_HEADER_BYTES = 1024 * 1024;

/** Reads a COSI's entry list and metadata.json. Throws on a file that is not a complete tar. */
export async function readCosi(file: string): Promise<CosiInfo> {
  const source = openFileSource(file);
  try {
    return await readCosiFrom(source);
  } finally {
    await source.close();
  }
}

/** The same, from bytes anywhere: a COSI file, or the COSI's extent inside an ISO. */
export function readCosiFrom(source: ByteSource): Promise<CosiInfo> {
  return walkCosi(source);
}

/** Names and sizes a pax ('x') or GNU long-name ('L') header sets for the entry that follows it. */
interface Pending {
  path?: string;
  size?: number;
  /** The extension header that set them, and where it was. */
  from?: { type: string; offset: number };
}

async function walkCosi(handle: ByteSource): Promise<CosiInfo> {
  const { size } = handle;
  if (size === 0) throw new Error('the file is empty; a COSI is a tar archive');
  const entries: string[] = [];
  let metadata: { text: string; sha384: string } | undefined;
  let pending: Pending = {};
  const seen = new Set<string>();
  let offset = 0;
  while (offset < size) {
    const block = await readAt(handle, offset, Math.min(BLOCK, size - offset));
    if (block.length < BLOCK) throw truncated(`a header at byte ${offset} is cut short`);
    if (isZeroBlock(block)) break;
    const header = parseHeaderAt(block, offset);
    // tar-rs reads 'L' and 'x' only in ustar or GNU headers (any other is an entry of its own, named by the
    // header), and a ustar name prefix only with version "00": refuse what it would read otherwise.
    if (header.dialect === 'other') {
      throw new Error(
        `the tar header at byte ${offset} is neither POSIX ustar nor GNU (its magic and version); a COSI is written in ustar, pax or GNU format`,
      );
    }
    const entrySize = pending.size ?? header.size;
    const dataStart = offset + BLOCK;
    if (dataStart + entrySize > size) {
      throw truncated(
        `entry ${quote(pending.path ?? header.name)} needs ${entrySize} bytes from byte ${dataStart}, but the file ends at byte ${size}`,
      );
    }
    if (header.type === 'L' || header.type === 'x') {
      // tar-rs refuses two of a kind and, given both, takes the long name over the pax path: one per entry.
      if (pending.from) {
        throw new Error(
          `the entry after byte ${pending.from.offset} has two extended headers (${kindOf(pending.from.type)} and ${kindOf(header.type)}); tar readers disagree on which names it`,
        );
      }
      const data = await readData(handle, dataStart, entrySize);
      const fields = extensionField(() => (header.type === 'L' ? { path: parseLongName(data) } : parsePax(data)), offset);
      pending = { ...fields, from: { type: header.type, offset } };
    } else {
      const name = normalizeName(pending.path ?? header.name);
      if (entries.length >= MAX_ENTRIES) throw new Error(`more than ${MAX_ENTRIES} entries: not a COSI`);
      // What Trident reads by name must be what was checked: one regular file per normalised name.
      // A pax global header ('g') or a GNU long link name ('K') is no exception: tar-rs lists the first as an entry.
      if (!isFileType(header.type))
        throw new Error(`entry ${quote(name)} is ${entryKind(header.type)}; every entry of a COSI must be a regular file`);
      const why = nameProblem(name);
      if (why) throw new Error(`entry ${quote(name)} ${why}; entry names must be normalised relative paths`);
      if (seen.has(name)) throw new Error(`entry ${quote(name)} appears twice; only one would be checked and hashed`);
      seen.add(name);
      entries.push(name);
      if (name === METADATA) metadata = await readMetadata(handle, dataStart, entrySize);
      pending = {};
    }
    offset = dataStart + paddedSize(entrySize);
  }
  if (pending.from) throw new Error(`the ${kindOf(pending.from.type)} at byte ${pending.from.offset} describes no entry: the archive ends after it`);
  return cosiInfo(size, entries, metadata);
}

function kindOf(type: string): string {
  return type === 'L' ? 'a GNU long name' : 'a pax extended header';
}

/** A malformed extension header is an error at its offset. */
function extensionField<T>(parse: () => T, offset: number): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof TarFormatError) throw new Error(`corrupt tar header at byte ${offset}: ${err.message}`);
    throw err;
  }
}

function parseHeaderAt(block: Buffer, offset: number): TarHeader {
  try {
    return parseTarHeader(block);
  } catch (err) {
    if (!(err instanceof TarFormatError)) throw err;
    if (offset === 0) throw new Error(`not a tar archive (${err.message})${compressionHint(block)}; a COSI is an uncompressed tar`);
    throw new Error(`corrupt tar header at byte ${offset}: ${err.message}`);
  }
}

/** Compressed COSIs are a likely mistake: name the compression when the magic bytes show it. */
function compressionHint(block: Buffer): string {
  if (block[0] === 0x28 && block[1] === 0xb5 && block[2] === 0x2f && block[3] === 0xfd) return ': it is zstd-compressed';
  if (block[0] === 0x1f && block[1] === 0x8b) return ': it is gzip-compressed';
  if (block.subarray(0, 3).toString('latin1') === 'BZh') return ': it is bzip2-compressed';
  if (block[0] === 0xfd && block.subarray(1, 6).toString('latin1') === '7zXZ\0') return ': it is xz-compressed';
  return '';
}

function truncated(detail: string): Error {
  return new Error(`truncated tar archive: ${detail}`);
}

/** What a tar typeflag makes an entry, for a message. */
function entryKind(type: string): string {
  const kinds: Record<string, string> = {
    '1': 'a hard link',
    '2': 'a symbolic link',
    '3': 'a character device',
    '4': 'a block device',
    '5': 'a directory',
    '6': 'a FIFO',
    g: 'a pax global header (Trident would list it as an entry)',
    K: 'a GNU long link name (for a link)',
    S: 'a GNU sparse file',
  };
  return kinds[type] ?? `of tar type ${JSON.stringify(type)}`;
}

/** Why a path is not a normalised relative one (absolute, `.`/`..`/empty segments, a trailing slash, a backslash, a control character), or undefined. */
export function nameProblem(name: string): string | undefined {
  if (name === '') return 'has an empty name';
  if (name.startsWith('/')) return 'is an absolute path';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return 'holds a control character or a backslash';
  const segments = name.split('/');
  if (segments.includes('..')) return "holds '..'";
  if (segments.some((s) => s === '' || s === '.')) return "holds an empty or '.' segment";
  return undefined;
}

/** Trident strips a leading `./` (tar -C dir . writes one), so the names compare as Trident sees them. */
function normalizeName(name: string): string {
  return name.startsWith('./') && name.length > 2 ? name.slice(2) : name;
}

async function readMetadata(handle: ByteSource, position: number, size: number): Promise<{ text: string; sha384: string }> {
  if (size > MAX_METADATA_BYTES) throw new Error(`metadata.json is ${size} bytes, more than the ${MAX_METADATA_BYTES} this reader accepts`);
  const bytes = await readAt(handle, position, size);
  return { text: bytes.toString('utf8'), sha384: sha384Hex(bytes) };
}

async function readData(handle: ByteSource, position: number, size: number): Promise<Buffer> {
  if (size > MAX_EXTENDED_HEADER_BYTES) throw new Error(`an extended tar header of ${size} bytes at byte ${position - BLOCK} is implausibly large`);
  return readAt(handle, position, size);
}

/** Reads exactly `length` bytes unless the source ends first. */
function readAt(source: ByteSource, position: number, length: number): Promise<Buffer> {
  return source.read(position, length);
}

function cosiInfo(size: number, entries: string[], metadata: { text: string; sha384: string } | undefined): CosiInfo {
  return {
    size,
    entries,
    firstEntry: entries[0] ?? '',
    metadataText: metadata?.text ?? '',
    metadataSha384: metadata?.sha384 ?? '',
    metadata: metadata ? parseJson(metadata.text) : undefined,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Everything that keeps this COSI from going on an ISO for `platform`. */
export async function checkCosi(info: CosiInfo, platform: Platform): Promise<Problem[]> {
  return [...structureProblems(info), ...sizeProblems(info), ...(await metadataProblems(info, platform))];
}

function structureProblems(info: CosiInfo): Problem[] {
  if (info.entries.length === 0) return [{ path: '', message: `the tar archive is empty; a COSI starts with the entry ${quote(MARKER)}` }];
  if (info.firstEntry === MARKER) return [];
  const where = info.entries.includes(MARKER) ? `at position ${info.entries.indexOf(MARKER) + 1}` : 'missing';
  return [{ path: '', message: `the first entry is ${quote(info.firstEntry)}, not ${quote(MARKER)} (which is ${where}); a COSI must start with it` }];
}

function sizeProblems(info: CosiInfo): Problem[] {
  if (info.size <= MAX_ISO_FILE_SIZE) return [];
  return [
    {
      path: '',
      message: `the COSI is ${info.size} bytes (${gib(info.size)} GiB); an ISO 9660 image holds files of at most ${MAX_ISO_FILE_SIZE} bytes (4 GiB - 1), so it cannot be put on the ISO`,
    },
  ];
}

function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(2);
}

const METADATA_POINTER = `/${METADATA}`;

async function metadataProblems(info: CosiInfo, platform: Platform): Promise<Problem[]> {
  if (!info.entries.includes(METADATA)) return [{ path: METADATA_POINTER, message: `the archive has no ${METADATA} entry` }];
  if (info.metadata === undefined) return [{ path: METADATA_POINTER, message: `is not valid JSON: ${jsonError(info.metadataText)}` }];
  const inMetadata = (p: Problem): Problem => ({ ...p, path: `${METADATA_POINTER}${p.path}` });
  const repeated = repeatedJsonKey(info.metadataText);
  if (repeated)
    return [
      inMetadata({
        path: repeated.pointer,
        message: `holds the key ${quote(repeated.key)} twice; Trident's reader refuses a repeated field (a JSON reader that keeps the last would check another metadata)`,
      }),
    ];
  return [
    ...(await checkCosiMetadata(info.metadata)).map(inMetadata),
    ...missingImageProblems(info).map(inMetadata),
    ...archProblems(info.metadata, platform).map(inMetadata),
  ];
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'unreadable';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

let schema: SchemaObject | undefined;

// Ajv's strict mode, as the explaining validator's: NaN and ±Infinity are no numbers.
const accepts = schemaCheck({ schema: rawSchema, strictNumbers: true });

/**
 * metadata.json against the COSI 1.2 schema; paths are JSON pointers inside
 * metadata.json. src/data/schema-check.ts says yes or no from the schema; the
 * validator that explains (compiled when the action is built from the schema
 * with its $refs inlined, scripts/compile-schemas.ts) loads only for metadata
 * it refuses.
 */
export async function checkCosiMetadata(metadata: unknown): Promise<Problem[]> {
  if (accepts(metadata)) return [];
  const [{ explainRefusal, inlineRefs }, { validate }] = await Promise.all([
    import('./schema-tools.js'),
    import('../data/validators/cosi-metadata.js'),
  ]);
  schema ??= inlineRefs(rawSchema);
  return explainRefusal(metadata, validate, schema, 'COSI metadata.json').map(({ path, message }) => ({ path, message }));
}

/** Each image file the metadata names (filesystems, their verity hashes, GPT regions), with where it is named. */
function imagePaths(metadata: unknown): { pointer: string; path: string }[] {
  if (!isMapping(metadata)) return [];
  const found: { pointer: string; path: string }[] = [];
  const add = (holder: unknown, pointer: string): void => {
    if (isMapping(holder) && isMapping(holder.image) && typeof holder.image.path === 'string') {
      found.push({ pointer: `${pointer}/image/path`, path: holder.image.path });
    }
  };
  listOf(metadata.images).forEach((fs, i) => {
    add(fs, pointerJoin('/images', i));
    if (isMapping(fs)) add(fs.verity, `${pointerJoin('/images', i)}/verity`);
  });
  if (isMapping(metadata.disk)) listOf(metadata.disk.gptRegions).forEach((r, i) => add(r, pointerJoin('/disk/gptRegions', i)));
  return found;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function missingImageProblems(info: CosiInfo): Problem[] {
  const present = new Set(info.entries);
  return imagePaths(info.metadata).flatMap(({ pointer, path }): Problem[] => {
    const why = nameProblem(path);
    if (why) return [{ path: pointer, message: `names ${quote(path)}, which ${why}; image paths must be normalised relative paths` }];
    return present.has(path) ? [] : [{ path: pointer, message: `names ${quote(path)}, which is not in the archive` }];
  });
}

function archProblems(metadata: unknown, platform: Platform): Problem[] {
  if (!isMapping(metadata) || typeof metadata.osArch !== 'string') return [];
  const osPlatform = platformOfCosiArch(metadata.osArch);
  if (osPlatform === undefined || osPlatform === platform) return [];
  return [{ path: '/osArch', message: `the OS is ${metadata.osArch} (${osPlatform}), but platform is ${platform}` }];
}
