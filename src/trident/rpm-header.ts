// What an RPM file says about itself, read from its header with nothing but
// its bytes (no rpm tools, no shell): name, epoch, version, release, arch,
// whether it is a source package, its Requires and Provides, and the files
// it installs with their types, sizes, digests and link targets (what the
// check of the built ISO compares the live OS with). The file name says
// nothing: a renamed or crafted file is judged by its content.
//
// The format (rpm-software-management/rpm docs/manual/format_v4.md,
// format_lead.md, format_header.md; include/rpm/rpmtag.h for tags and types):
//   lead: 96 bytes starting with ed ab ee db (only the magic matters: rpm's
//         lib/rpmlead.cc checks nothing else);
//   signature header, zero-padded to a multiple of 8 (lib/header.cc hdrblobRead);
//   main header; then the payload, which is not read.
// A header is 8 bytes of magic (8e ad e8 01 00 00 00 00), `il` and `dl`
// (uint32, big-endian), `il` index entries {tag, type, offset, count} of 16
// bytes, then `dl` bytes of data that the offsets point into.
//
// Every number taken from the file is checked before it is used, because the
// files come from users: the entry count and data size are capped (rpm's own
// limits, lib/header.cc hdrblobVerifyLengths, and a tighter data cap for the
// main header) before anything is allocated, offsets and counts must stay
// inside the data, integers must be aligned, strings NUL-terminated inside
// the data and valid UTF-8, and only the few tags used are decoded, each at
// most once, so the work is bounded by a small multiple of the header size.
import { constants } from 'node:fs';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface RpmDependency {
  name: string;
  /** RPMSENSE_* bits: LESS 2, GREATER 4, EQUAL 8 (include/rpm/rpmds.h). */
  flags: number;
  /** The [epoch:]version[-release] compared with, '' when unversioned. */
  version: string;
}

export interface RpmHeader {
  name: string;
  /** Absent means 0 (rpm docs/manual/tags.md). */
  epoch?: number;
  version: string;
  release: string;
  arch: string;
  /** The source package it was built from; absent in a source package itself. */
  sourceRpm?: string;
  requires: RpmDependency[];
  provides: RpmDependency[];
  /** The files it installs (empty for a package of none). */
  files: RpmFileEntry[];
  /** FILEDIGESTALGO (a PGPHASHALGO_* value: 1 MD5, 8 SHA-256); absent means MD5 (rpm lib/rpmfi.c). */
  fileDigestAlgorithm?: number;
}

/** One file of the package, as its header lists it (rpm lib/rpmfi.c reads the same tags). */
export interface RpmFileEntry {
  /** Absolute, normalised: DIRNAMES[DIRINDEXES[i]] + BASENAMES[i]. */
  path: string;
  /** st_mode: the type (S_IFMT) and permissions. */
  mode: number;
  size: number;
  /** Lower-case hex of FILEDIGESTALGO, '' for what has none (directories, links, %ghost). */
  digest: string;
  /** The target of a symbolic link, '' for anything else. */
  linkTo: string;
  /** RPMFILE_* bits (include/rpm/rpmfiles.h): CONFIG 1, DOC 2, MISSINGOK 8, GHOST 64, LICENSE 128. */
  flags: number;
}

export const RPMFILE = { CONFIG: 1, DOC: 2, MISSINGOK: 8, GHOST: 64, LICENSE: 128 } as const;
/** PGPHASHALGO_* (include/rpm/rpmpgp.h) and the length of their hex digests. */
export const DIGEST_HEX_LENGTH: Readonly<Record<number, number>> = { 1: 32, 2: 40, 8: 64, 9: 96, 10: 128, 11: 56 };

/** The file is not an RPM, or its header is malformed or too large. */
export class RpmHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpmHeaderError';
  }
}

export const RPMSENSE = { LESS: 2, GREATER: 4, EQUAL: 8 } as const;

export const LEAD_SIZE = 96;
const INTRO_SIZE = 16;
const ENTRY_SIZE = 16;
const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);

/** The caps: rpm's own for the signature header and the entry count, 16 MiB of main header data (rpm allows 256). */
export const RPM_LIMITS = {
  signatureEntries: 32,
  signatureData: 64 * 1024 * 1024,
  headerEntries: 0xffff,
  headerData: 16 * 1024 * 1024,
  /** Name, version, release and arch are short in every real package. */
  fieldLength: 255,
  /** Files of one package (Trident's have a handful; a distro's largest, some thousands). */
  files: 100_000,
  /** A path (rpm's own PATH_MAX). */
  pathLength: 4096,
} as const;

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  arch: 1022,
  sourceRpm: 1044,
  provideName: 1047,
  requireFlags: 1048,
  requireName: 1049,
  requireVersion: 1050,
  provideFlags: 1112,
  provideVersion: 1113,
  // The file list (include/rpm/rpmtag.h).
  fileSizes: 1028,
  fileModes: 1030,
  fileDigests: 1035,
  fileLinkTos: 1036,
  fileFlags: 1037,
  oldFilenames: 1027,
  dirIndexes: 1116,
  baseNames: 1117,
  dirNames: 1118,
  fileDigestAlgo: 5011,
  longFileSizes: 5008,
} as const;

const TYPE = { int16: 3, int32: 4, int64: 5, string: 6, stringArray: 8, i18nString: 9 } as const;
const MAX_TYPE = 9;
const ALIGN: Record<number, number> = { [TYPE.int16]: 2, [TYPE.int32]: 4, [TYPE.int64]: 8 };

// rpmbuild's own rules are a little wider (it allows %{} in names); these are what real packages use.
const NAME = /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/;
const VERSION_OR_RELEASE = /^[A-Za-z0-9._+~^]+$/;
const ARCH = /^[A-Za-z0-9_]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function fail(message: string): never {
  throw new RpmHeaderError(message);
}

/** il and dl of a header intro, checked against the caps; the header's length in bytes. */
function headerLength(intro: Buffer, what: string, maxEntries: number, maxData: number): { il: number; dl: number; length: number } {
  if (intro.length < INTRO_SIZE) fail(`the file ends inside the ${what}`);
  if (!intro.subarray(0, 8).equals(HEADER_MAGIC)) fail(`the ${what} has no header magic (8e ad e8 01)`);
  const il = intro.readUInt32BE(8);
  const dl = intro.readUInt32BE(12);
  if (il < 1 || il > maxEntries) fail(`the ${what} claims ${il} index entries (at most ${maxEntries} are accepted)`);
  if (dl < 1 || dl > maxData) fail(`the ${what} claims ${dl} bytes of data (at most ${maxData} are accepted)`);
  return { il, dl, length: INTRO_SIZE + il * ENTRY_SIZE + dl };
}

/** Where the main header starts, from the first LEAD_SIZE + 16 bytes of the file. Pure. */
export function mainHeaderOffset(head: Buffer): number {
  if (head.length < LEAD_SIZE || !head.subarray(0, 4).equals(LEAD_MAGIC)) fail('not an RPM file (no lead magic ed ab ee db)');
  const sig = headerLength(
    head.subarray(LEAD_SIZE, LEAD_SIZE + INTRO_SIZE),
    'signature header',
    RPM_LIMITS.signatureEntries,
    RPM_LIMITS.signatureData,
  );
  // Zero padding to a multiple of 8 (rpm lib/header.cc: pad = (8 - (sigSize % 8)) % 8).
  return LEAD_SIZE + sig.length + ((8 - (sig.length % 8)) % 8);
}

/** The main header's length, from its first 16 bytes. Pure. */
export function mainHeaderLength(intro: Buffer): number {
  return headerLength(intro, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData).length;
}

interface Entry {
  tag: number;
  type: number;
  offset: number;
  count: number;
}

const WANTED = new Set<number>(Object.values(TAG));

/** Decodes a main header (intro, index, data) into the fields the action uses. Pure. */
export function decodeMainHeader(blob: Buffer): RpmHeader {
  const { il, dl, length } = headerLength(blob, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData);
  if (blob.length < length) fail('the file ends inside the main header');
  const dataStart = INTRO_SIZE + il * ENTRY_SIZE;
  const data = blob.subarray(dataStart, dataStart + dl);
  const entries = new Map<number, Entry>();
  for (let i = 0; i < il; i++) {
    const at = INTRO_SIZE + i * ENTRY_SIZE;
    const entry = {
      tag: blob.readUInt32BE(at),
      type: blob.readUInt32BE(at + 4),
      offset: blob.readUInt32BE(at + 8),
      count: blob.readUInt32BE(at + 12),
    };
    if (!WANTED.has(entry.tag)) continue;
    if (entries.has(entry.tag)) fail(`tag ${entry.tag} appears twice in the main header`);
    if (entry.type > MAX_TYPE) fail(`tag ${entry.tag} has unknown type ${entry.type}`);
    if (entry.offset >= dl) fail(`tag ${entry.tag} points outside the header data (offset ${entry.offset} of ${dl})`);
    if (entry.count < 1 || entry.count > dl) fail(`tag ${entry.tag} has a count of ${entry.count}`);
    const align = ALIGN[entry.type];
    if (align && entry.offset % align !== 0) fail(`tag ${entry.tag} is not aligned`);
    entries.set(entry.tag, entry);
  }

  const strings = (tag: number): string[] | undefined => {
    const entry = entries.get(tag);
    if (!entry) return undefined;
    if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString)
      fail(`tag ${tag} should hold strings (type ${entry.type})`);
    if (entry.type === TYPE.string && entry.count !== 1) fail(`tag ${tag} is a string with a count of ${entry.count}`);
    return readStrings(data, entry);
  };
  const one = (tag: number, what: string, pattern: RegExp): string => {
    if (entries.has(tag) && entries.get(tag)?.type !== TYPE.string) fail(`the ${what} (tag ${tag}) is not a string`);
    const value = strings(tag)?.[0];
    if (value === undefined) fail(`the main header has no ${what}`);
    if (value.length === 0 || value.length > RPM_LIMITS.fieldLength || !pattern.test(value))
      fail(`the ${what} ${JSON.stringify(value.slice(0, 80))} is not valid`);
    return value;
  };
  const ints = (tag: number): number[] | undefined => {
    const entry = entries.get(tag);
    if (!entry) return undefined;
    if (entry.type !== TYPE.int32) fail(`tag ${tag} should hold 32-bit integers (type ${entry.type})`);
    if (entry.offset + entry.count * 4 > dl) fail(`tag ${tag} runs past the header data`);
    return Array.from({ length: entry.count }, (_, i) => data.readUInt32BE(entry.offset + i * 4));
  };
  const numbers = (tag: number, type: number, width: 2 | 8): number[] | undefined => {
    const entry = entries.get(tag);
    if (!entry) return undefined;
    if (entry.type !== type) fail(`tag ${tag} should hold ${width * 8}-bit integers (type ${entry.type})`);
    if (entry.offset + entry.count * width > dl) fail(`tag ${tag} runs past the header data`);
    return Array.from({ length: entry.count }, (_, i) => {
      const at = entry.offset + i * width;
      if (width === 2) return data.readUInt16BE(at);
      const big = data.readBigUInt64BE(at);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) fail(`tag ${tag} holds a size too large to be real`);
      return Number(big);
    });
  };

  const epochs = ints(TAG.epoch);
  if (epochs && (epochs.length !== 1 || (epochs[0] ?? 0) > 0x7fffffff)) fail('the epoch is not valid');
  const sourceRpms = strings(TAG.sourceRpm);
  if (sourceRpms && (entries.get(TAG.sourceRpm)?.type !== TYPE.string || !sourceRpms[0] || CONTROL.test(sourceRpms[0])))
    fail('the source RPM name is not valid');
  const sourceRpm = sourceRpms?.[0];
  return {
    name: one(TAG.name, 'name', NAME),
    ...(epochs ? { epoch: epochs[0] ?? 0 } : {}),
    version: one(TAG.version, 'version', VERSION_OR_RELEASE),
    release: one(TAG.release, 'release', VERSION_OR_RELEASE),
    arch: one(TAG.arch, 'arch', ARCH),
    ...(sourceRpm === undefined ? {} : { sourceRpm }),
    requires: dependencies('requires', strings(TAG.requireName), ints(TAG.requireFlags), strings(TAG.requireVersion)),
    provides: dependencies('provides', strings(TAG.provideName), ints(TAG.provideFlags), strings(TAG.provideVersion)),
    // A source package lists its sources by bare name (no directory); it installs nothing, and is refused as a source package.
    ...(sourceRpm === undefined
      ? { files: [] }
      : fileList(entries.has(TAG.oldFilenames), {
          baseNames: strings(TAG.baseNames),
          dirNames: strings(TAG.dirNames),
          dirIndexes: ints(TAG.dirIndexes),
          modes: numbers(TAG.fileModes, TYPE.int16, 2),
          sizes: ints(TAG.fileSizes),
          longSizes: numbers(TAG.longFileSizes, TYPE.int64, 8),
          digests: strings(TAG.fileDigests),
          linkTos: strings(TAG.fileLinkTos),
          flags: ints(TAG.fileFlags),
          algorithm: ints(TAG.fileDigestAlgo),
        })),
  };
}

interface FileTags {
  baseNames?: string[] | undefined;
  dirNames?: string[] | undefined;
  dirIndexes?: number[] | undefined;
  modes?: number[] | undefined;
  sizes?: number[] | undefined;
  longSizes?: number[] | undefined;
  digests?: string[] | undefined;
  linkTos?: string[] | undefined;
  flags?: number[] | undefined;
  algorithm?: number[] | undefined;
}

const HEX = /^[0-9a-f]*$/;
/** st_mode's type bits (S_IFMT) and the types the check of the built ISO tells apart. */
const S_IFMT = 0o170000;
const FILE_TYPES: Readonly<Record<number, FileKind>> = { 0o100000: 'file', 0o120000: 'link', 0o040000: 'directory' };

/**
 * The file list from its parallel tags (rpm lib/rpmfi.c, rpmfilesPopulate):
 * every per-file tag has one value per basename, each dirindex names a
 * dirname, each digest is hex of the algorithm's length (or empty), each
 * path is absolute and normalised.
 */
function fileList(oldFilenames: boolean, t: FileTags): { files: RpmFileEntry[]; fileDigestAlgorithm?: number } {
  const algorithm = t.algorithm ? (t.algorithm.length === 1 ? t.algorithm[0] : fail('the file digest algorithm is not one number')) : undefined;
  const withAlgorithm = algorithm === undefined ? {} : { fileDigestAlgorithm: algorithm };
  if (!t.baseNames) {
    if (oldFilenames) fail('the file list is in the old format (OLDFILENAMES, rpm before 4.0), which is not read');
    const stray = [t.dirNames, t.dirIndexes, t.modes, t.sizes, t.longSizes, t.digests, t.linkTos, t.flags].some((v) => v !== undefined);
    if (stray) fail('the header has per-file tags but no file names (BASENAMES)');
    return { files: [], ...withAlgorithm };
  }
  const n = t.baseNames.length;
  if (n > RPM_LIMITS.files) fail(`the header lists ${n} files (at most ${RPM_LIMITS.files} are accepted)`);
  const sizes = t.longSizes ?? t.sizes;
  const { dirNames, dirIndexes, modes, digests, linkTos, flags } = t;
  if (!dirNames || !dirIndexes || !modes || !sizes || !digests || !linkTos || !flags)
    fail('the file list lacks one of DIRNAMES, DIRINDEXES, FILEMODES, FILESIZES, FILEDIGESTS, FILELINKTOS, FILEFLAGS');
  for (const [what, list] of [
    ['DIRINDEXES', dirIndexes],
    ['FILEMODES', modes],
    ['FILESIZES', sizes],
    ['FILEDIGESTS', digests],
    ['FILELINKTOS', linkTos],
    ['FILEFLAGS', flags],
  ] as const)
    if (list.length !== n) fail(`the file list's ${what} has ${list.length} values for ${n} files`);
  const hexLength = DIGEST_HEX_LENGTH[algorithm ?? 1];
  const files: RpmFileEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const dir = dirNames[dirIndexes[i] ?? -1];
    if (dir === undefined) fail(`file ${i} names directory ${dirIndexes[i]}, of ${dirNames.length}`);
    const name = t.baseNames[i] ?? '';
    const path = `${dir}${name}`;
    if (
      !dir.startsWith('/') ||
      !dir.endsWith('/') ||
      name === '' ||
      name.includes('/') ||
      path.length > RPM_LIMITS.pathLength ||
      CONTROL.test(path) ||
      path.split('/').some((part) => part === '.' || part === '..') ||
      path.includes('//')
    )
      fail(`the file name ${JSON.stringify(path.slice(0, 200))} is not an absolute, normalised path`);
    if (seen.has(path)) fail(`the file ${path} is listed twice`);
    seen.add(path);
    const digest = digests[i] ?? '';
    const mode = modes[i] ?? 0;
    if (!HEX.test(digest) || (digest !== '' && digest.length !== hexLength))
      fail(`the digest of ${path} is not ${hexLength ?? 'a known number of'} hex digits (algorithm ${algorithm ?? 1})`);
    const linkTo = linkTos[i] ?? '';
    if (linkTo.length > RPM_LIMITS.pathLength || CONTROL.test(linkTo)) fail(`the link target of ${path} is not valid`);
    files.push({ path, mode, size: sizes[i] ?? 0, digest, linkTo, flags: flags[i] ?? 0 });
  }
  return { files, ...withAlgorithm };
}

export type FileKind = 'file' | 'link' | 'directory' | 'other';

/** What the entry is, from its mode: a regular file, a symbolic link, a directory, or another type (a device, a FIFO). */
export function fileKind(file: Pick<RpmFileEntry, 'mode'>): FileKind {
  return FILE_TYPES[file.mode & S_IFMT] ?? 'other';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `count` NUL-terminated strings from entry.offset, each inside the data. */
function readStrings(data: Buffer, entry: Entry): string[] {
  const out: string[] = [];
  let at = entry.offset;
  for (let i = 0; i < entry.count; i++) {
    const end = data.indexOf(0, at);
    if (end < 0) fail(`tag ${entry.tag} has a string that runs past the header data`);
    try {
      out.push(utf8.decode(data.subarray(at, end)));
    } catch {
      fail(`tag ${entry.tag} has a string that is not UTF-8`);
    }
    // Each string takes at least its NUL: the loop always moves forward.
    at = end + 1;
  }
  return out;
}

function dependencies(what: string, names?: string[], flags?: number[], versions?: string[]): RpmDependency[] {
  if (!names) return [];
  if (!flags || !versions || flags.length !== names.length || versions.length !== names.length)
    fail(`the ${what} lists have different lengths (names, flags, versions)`);
  return names.map((name, i) => {
    const version = versions[i] ?? '';
    if (name.length === 0 || CONTROL.test(name) || CONTROL.test(version)) fail(`a ${what} entry is not valid`);
    return { name, flags: flags[i] ?? 0, version };
  });
}

/** The header of an RPM held in memory (its start, at least up to the end of the main header). Pure. */
export function parseRpmBytes(bytes: Buffer): RpmHeader {
  const start = mainHeaderOffset(bytes.subarray(0, LEAD_SIZE + INTRO_SIZE));
  const length = mainHeaderLength(bytes.subarray(start, start + INTRO_SIZE));
  if (bytes.length < start + length) fail('the file ends inside the main header');
  return decodeMainHeader(bytes.subarray(start, start + length));
}

/** Reads only the lead, the signature header's intro and the main header of `file`. Throws RpmHeaderError. */
export async function readRpmHeader(file: string): Promise<RpmHeader> {
  // O_NONBLOCK: a FIFO named .rpm does not block the open; it is refused as not a regular file.
  const handle = await fs().open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) fail('not a regular file');
    const read = async (position: number, length: number): Promise<Buffer> => {
      if (position + length > info.size) fail(position === 0 ? 'too short to be an RPM file' : 'the file ends inside its headers');
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) fail('the file ends inside its headers');
      return buffer;
    };
    const start = mainHeaderOffset(await read(0, LEAD_SIZE + INTRO_SIZE));
    const length = mainHeaderLength(await read(start, INTRO_SIZE));
    return decodeMainHeader(await read(start, length));
  } finally {
    await handle.close();
  }
}
