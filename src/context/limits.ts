// How much of a user's bytes the action reads, in one table, and the one
// reader every file input and every parser of untrusted bytes goes through:
// a file larger than its kind allows is refused at once (from its size, before
// a byte is read), naming what it is and the limit, so a huge or endless file
// can cost neither memory nor time. SECURITY.md lists the same numbers.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';
import type { InputName } from './input-types.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** The size caps, by kind of file. Each is far above what a real file of that kind holds. */
export const FILE_LIMITS = {
  /** A Trident host configuration (the largest official sample is 10 KiB). */
  hostConfig: { bytes: 256 * KiB, what: 'a host configuration' },
  /** An Image Customizer config (`config`, or a base config it names). */
  customizerConfig: { bytes: 256 * KiB, what: 'an Image Customizer config' },
  /** extra-config given as a file. */
  extraConfig: { bytes: 64 * KiB, what: 'an extra-config file' },
  /** A package list file (installLists, removeLists, updateLists). */
  packageList: { bytes: 256 * KiB, what: 'a package list file' },
  /** A COSI's metadata.json (a few KiB in every real COSI). */
  cosiMetadata: { bytes: 1 * MiB, what: "a COSI's metadata.json" },
  /** Text files of a Trident checkout the prerequisite check reads (Cargo.toml, .cargo/config.toml). */
  checkoutText: { bytes: 1 * MiB, what: 'a text file of the Trident checkout' },
  /** What rpm2cpio writes for the trident RPM (its payload, held in memory to find /usr/bin/trident). */
  rpmPayload: { bytes: 512 * MiB, what: "the trident RPM's payload" },
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

/** Counts that bound work, whatever the bytes: nodes of a YAML document, entries of archives, problems reported. */
export const COUNT_LIMITS = {
  /** Nodes (mappings, lists, scalars) of one YAML document; a real host config has a few hundred. */
  yamlNodes: 20_000,
  /** YAML aliases expanded when a document is turned into data (the "billion laughs" guard). */
  yamlAliases: 100,
  /** Headers (of any kind) of a COSI's tar archive. */
  tarHeaders: 20_000,
  /** Entries of the cpio archive rpm2cpio writes for the trident RPM. */
  cpioEntries: 100_000,
  /** Problems listed in one message, and annotations written for one file. */
  problems: 20,
  /** Bytes of one line of a tool's output kept for the log (a line without an end is cut there). */
  lineBytes: 64 * KiB,
} as const;

/** A program wrote more to stdout than its caller keeps (a hostile or broken input behind it). */
export class OutputTooLargeError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly limit: number,
  ) {
    super(`${argv[0] ?? '?'} wrote more than ${limit} bytes, more than is accepted; it was stopped`);
    this.name = 'OutputTooLargeError';
  }
}

/** A file larger than its kind allows. */
export class FileTooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly size: number,
    readonly limit: number,
    readonly what: string,
  ) {
    super(`${file} is ${size} bytes; ${what} may be at most ${limit} bytes (${humanLimit(limit)}), so it is not read`);
    this.name = 'FileTooLargeError';
  }
}

function humanLimit(bytes: number): string {
  return bytes >= MiB ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`;
}

/** Whether a file of `size` bytes is over the limit of `kind`; the error to throw when it is. */
export function sizeProblem(file: string, size: number, kind: FileKind): FileTooLargeError | undefined {
  const { bytes, what } = FILE_LIMITS[kind];
  return size > bytes ? new FileTooLargeError(file, size, bytes, what) : undefined;
}

/**
 * Reads a whole file of a kind whose size is capped: refused from its size
 * before anything is read, and never more than the cap is read even if the
 * file grows meanwhile (a FIFO, a file being written). Not a regular file is
 * an error too (a device would never end).
 */
export function readBounded(file: string, kind: FileKind): Buffer {
  const { bytes: limit } = FILE_LIMITS[kind];
  // Synchronous: these files are small, and an async read is a round trip to libuv's thread pool per call (and
  // node:fs/promises loads a dozen of Node's modules). O_NONBLOCK: opening a FIFO does not wait for a writer (it is
  // refused below as not a regular file).
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`${file} is not a regular file`);
    const tooLarge = sizeProblem(file, info.size, kind);
    if (tooLarge) throw tooLarge;
    // One byte more than the cap tells a file that grew past it.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw new FileTooLargeError(file, filled, limit, FILE_LIMITS[kind].what);
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** readBounded as UTF-8 text. */
export function readTextBounded(file: string, kind: FileKind): string {
  return readBounded(file, kind).toString('utf8');
}

/**
 * The first `max` items of a list, and a last line saying how many more
 * there are: a file with thousands of mistakes gets a readable message.
 */
export function capList<T>(items: readonly T[], max: number = COUNT_LIMITS.problems): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "…and N more" for a list capList cut, or '' when nothing was cut. */
export function moreLine(more: number, what = 'problems'): string {
  return more > 0 ? `…and ${more} more ${what} (only the first ${COUNT_LIMITS.problems} are listed)` : '';
}

/** Names joined for a sentence, at most `max` of them, then how many more. */
export function someOf(names: readonly string[], max: number = COUNT_LIMITS.problems): string {
  const { shown, more } = capList(names, max);
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** readTextBounded for a file an input names: too large (or not a regular file) is that input's error, at once. */
export function readInputText(input: InputName, file: string, kind: FileKind): string {
  try {
    return readTextBounded(file, kind);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw new InputError(input, `${error.message}; give a smaller file.`);
    throw error;
  }
}
