// Finds the one host config placeholder of an ISO, and only where a file is:
// isopatch searches the whole image for the magic string and writes wherever
// it first appears (microsoft/trident tools/pkg/isopatcher/patcher.go); here
// a placeholder is a file of the ISO 9660 directory whose data starts with
// `<magic>:<key>:`, so the bytes written are that file's and no other's. The
// magic string anywhere else (found while the image is copied, by
// MagicScanner) stops the patch.
import { fileAt, type IsoFile, type IsoVolume } from './iso9660.js';
import { HOST_CONFIG_KEY, ISOPATCH_MAGIC, MAX_PLACEHOLDER_SIZE, placeholderHeader, readPlaceholder } from './placeholder.js';
import type { ByteSource } from './source.js';

export type PlaceholderProblem = 'none' | 'several' | 'corrupt' | 'outside-file';

/** Why an ISO cannot be patched; `problem` says which rule it breaks. */
export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
  constructor(
    readonly problem: PlaceholderProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface Placeholder {
  /** The placeholder's file on the ISO. */
  file: IsoFile;
  /** Where its bytes are in the image. */
  offset: number;
  size: number;
  /** Its bytes now. */
  bytes: Buffer;
  state: 'empty' | 'filled';
  /** Other isopatch placeholders (other keys), by path: not touched. */
  others: { path: string; key: string }[];
}

/** The longest key read from a file's first bytes. */
const MAX_KEY = 1024;

/** The key of an isopatch placeholder whose first bytes these are, or undefined. */
function placeholderKey(head: Buffer): string | undefined {
  const magic = `${ISOPATCH_MAGIC}:`;
  if (head.toString('latin1', 0, magic.length) !== magic) return undefined;
  const end = head.indexOf(':', magic.length);
  return end === -1 ? undefined : head.toString('utf8', magic.length, end);
}

/** The placeholder for `key`: exactly one file whose data starts with `<magic>:<key>:`, well formed. */
export async function locatePlaceholder(source: ByteSource, volume: IsoVolume, key: string = HOST_CONFIG_KEY): Promise<Placeholder> {
  const headLength = ISOPATCH_MAGIC.length + 2 + MAX_KEY;
  const mine: IsoFile[] = [];
  const others: { path: string; key: string }[] = [];
  for (const file of volume.files) {
    const first = file.extents[0];
    if (!first || file.size <= ISOPATCH_MAGIC.length) continue;
    const head = await source.read(first.offset, Math.min(first.size, headLength));
    const found = placeholderKey(head);
    if (found === undefined) continue;
    if (found === key) mine.push(file);
    else others.push({ path: file.path, key: found });
  }
  if (mine.length === 0) {
    const strays = await findPattern(source, placeholderHeader(key), 4);
    if (strays.length > 0) {
      throw new PlaceholderError(
        'outside-file',
        `holds the isopatch magic string for ${key} at byte ${strays.join(', ')}, but no file of its ISO 9660 directory starts there (${whereIs(volume, strays[0]!)}); the action patches only a placeholder file and refuses to write there.`,
      );
    }
    const hint = others.length > 0 ? ` It has placeholders for other keys: ${others.map((o) => `${o.path} (${o.key})`).join(', ')}.` : '';
    throw new PlaceholderError(
      'none',
      `has no host config placeholder (a file starting with the isopatch magic string and ':${key}:'). Build it with patchable: true.${hint}`,
    );
  }
  if (mine.length > 1) {
    throw new PlaceholderError(
      'several',
      `has ${mine.length} host config placeholders for ${key} (${mine.map((f) => f.path).join(', ')}); the action patches an ISO with exactly one.`,
    );
  }
  const file = mine[0]!;
  const extent = file.extents[0]!;
  if (file.extents.length > 1 || file.size > MAX_PLACEHOLDER_SIZE) {
    throw new PlaceholderError(
      'corrupt',
      `holds a placeholder ${file.path} of ${file.size} bytes in ${file.extents.length} extents; a placeholder is one extent of at most ${MAX_PLACEHOLDER_SIZE} bytes.`,
    );
  }
  const bytes = await source.read(extent.offset, extent.size);
  const state = readPlaceholder(bytes, key);
  if (state.state === 'corrupt') throw new PlaceholderError('corrupt', `holds a corrupted placeholder ${file.path}: ${state.why}.`);
  return { file, offset: extent.offset, size: extent.size, bytes, state: state.state, others };
}

/** Which file holds a byte of the image, for a message. */
export function whereIs(volume: IsoVolume, offset: number): string {
  const inside = volume.files.find((f) => f.extents.some((e) => offset >= e.offset && offset < e.offset + e.size));
  if (!inside) return 'in no file';
  return fileAt(volume, offset) === inside ? `the start of ${inside.path}` : `inside ${inside.path}`;
}

/**
 * Finds a byte pattern in a stream of chunks fed in order, across chunk
 * boundaries. Pure apart from its own state.
 */
export class PatternScanner {
  private tail = Buffer.alloc(0);
  readonly found: number[] = [];

  constructor(
    private readonly pattern: Buffer,
    /** Stop recording after this many (the caller only needs to know there are more). */
    private readonly limit = 16,
  ) {}

  /** The next chunk, which starts at byte `offset` of the stream. */
  feed(chunk: Buffer, offset: number): void {
    const window = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const base = offset - this.tail.length;
    for (let i = window.indexOf(this.pattern); i !== -1 && this.found.length < this.limit; i = window.indexOf(this.pattern, i + 1))
      this.found.push(base + i);
    const keep = Math.min(this.pattern.length - 1, window.length);
    this.tail = Buffer.from(window.subarray(window.length - keep));
  }
}

/** Every place (up to `limit`) where `pattern` is in the source: a full read, in chunks. */
export async function findPattern(source: ByteSource, pattern: Buffer, limit = 16, chunk = 4 * 1024 * 1024): Promise<number[]> {
  const scanner = new PatternScanner(pattern, limit);
  for (let at = 0; at < source.size && scanner.found.length < limit; at += chunk) scanner.feed(await source.read(at, chunk), at);
  return scanner.found;
}
