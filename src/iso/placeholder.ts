// The host config placeholder on the ISO media, in the format of Trident's
// isopatch (microsoft/trident tools/pkg/isopatcher): a file that starts with
// the magic string, then `:<key>:`, and is filled with `#` up to one final
// newline. A YAML comment from its first byte to its last. isopatch finds it
// with a plain byte search for `<magic>:<key>:` and takes everything up to the
// first newline as the space it may write (patcher.go, PatchFile).
//
// This action fills a placeholder with a host config (at build time with the
// build's own, and when patching) as `<magic>:<key>:` + newline + the host
// config, padded by isopatch's rules: one newline, then `#` and a final
// newline up to the placeholder's size. The first line stays, a YAML comment,
// so the file is still found by the magic string and can be filled again.
// isopatch itself only writes an unfilled placeholder: on a filled one it
// measures the first line (about 90 bytes), and refuses any host config
// longer than that ("file is too big to fit in placeholder"). Pure.

/** tools/pkg/isopatcher/constants.go, MagicString: `#` and 64 hex digits. */
export const ISOPATCH_MAGIC = '#8505c8ab802dd717290331acd0592804c4e413b030150c53f5018ac998b7831d';

/** The key the action's placeholders carry: where Trident reads it in the live OS (netlaunch patches this key too). */
export const HOST_CONFIG_KEY = '/etc/trident/config.yaml';

/** Where the action puts the placeholder on the ISO media (as Trident's own installer ISO does). */
export const PLACEHOLDER_ISO_PATH = '/trident-config.yaml';

export const DEFAULT_PLACEHOLDER_SIZE = 16384;
/** Bounds of placeholder-size: room for the first line and a small host config; at most what a reader keeps in memory. */
export const MIN_PLACEHOLDER_SIZE = 512;
export const MAX_PLACEHOLDER_SIZE = 1024 * 1024;

const NEWLINE = 0x0a;
const HASH = 0x23;

/** `<magic>:<key>:`, what isopatch searches for. */
export function placeholderHeader(key: string = HOST_CONFIG_KEY): Buffer {
  if (key.includes(':') || /[\r\n]/.test(key)) throw new Error(`a placeholder key holds no ':' and no newline: ${JSON.stringify(key)}`);
  return Buffer.from(`${ISOPATCH_MAGIC}:${key}:`, 'utf8');
}

/** An unfilled placeholder of `size` bytes: the header, `#` padding, one final newline (Trident's placeholder files). */
export function emptyPlaceholder(size: number, key: string = HOST_CONFIG_KEY): Buffer {
  const header = placeholderHeader(key);
  if (size < header.length + 1) throw new RangeError(`a placeholder of ${size} bytes cannot hold its ${header.length}-byte header and a newline`);
  return Buffer.concat([header, Buffer.alloc(size - header.length - 1, HASH), Buffer.from('\n')]);
}

/**
 * isopatch's write (patcher.go, PatchFile): the contents as they are, then,
 * when shorter than the placeholder, a newline, then `#` up to one final
 * newline. Too long: by how many bytes.
 */
export function isopatchFill(contents: Buffer, size: number): Buffer | { tooBigBy: number } {
  if (contents.length > size) return { tooBigBy: contents.length - size };
  if (contents.length === size) return contents;
  if (contents.length === size - 1) return Buffer.concat([contents, Buffer.from('\n')]);
  return Buffer.concat([contents, Buffer.from('\n'), Buffer.alloc(size - contents.length - 2, HASH), Buffer.from('\n')]);
}

/** The placeholder filled with a host config, or by how many bytes the host config is too big for it. */
export function filledPlaceholder(hostConfig: Buffer, size: number, key: string = HOST_CONFIG_KEY): Buffer | { tooBigBy: number } {
  return isopatchFill(Buffer.concat([placeholderHeader(key), Buffer.from('\n'), hostConfig]), size);
}

/** The largest host config a placeholder of `size` bytes holds. */
export function capacity(size: number, key: string = HOST_CONFIG_KEY): number {
  return size - placeholderHeader(key).length - 1;
}

export type PlaceholderState =
  /** As Trident's placeholder files are: header, `#` padding, newline. isopatch can write it. */
  | { state: 'empty' }
  /** Filled by this action: the header line, then the host config (its padding still on, a YAML comment). */
  | { state: 'filled'; hostConfig: Buffer }
  | { state: 'corrupt'; why: string };

/** What a placeholder file's bytes hold. */
export function readPlaceholder(bytes: Buffer, key: string = HOST_CONFIG_KEY): PlaceholderState {
  const header = placeholderHeader(key);
  if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) {
    return { state: 'corrupt', why: `it does not start with the isopatch magic string and ':${key}:'` };
  }
  if (bytes[bytes.length - 1] !== NEWLINE) return { state: 'corrupt', why: 'its last byte is not a newline' };
  const next = bytes[header.length];
  if (next === HASH) {
    // isopatch takes everything up to the first newline: that must be the whole file, all '#'.
    const rest = bytes.subarray(header.length, bytes.length - 1);
    const stray = rest.findIndex((b) => b !== HASH);
    if (stray !== -1) return { state: 'corrupt', why: `byte ${header.length + stray} of its padding is not '#'` };
    return { state: 'empty' };
  }
  if (next === NEWLINE) return { state: 'filled', hostConfig: bytes.subarray(header.length + 1) };
  return { state: 'corrupt', why: `its header is followed by ${JSON.stringify(String.fromCharCode(next ?? 0))}, neither '#' padding nor a newline` };
}

/** The host config a filled placeholder's text shows Trident, with isopatch's padding taken off (where it can be told apart). */
export function withoutPadding(hostConfig: Buffer): Buffer {
  const match = /\n#*\n$/.exec(hostConfig.toString('latin1'));
  return match ? hostConfig.subarray(0, match.index) : hostConfig;
}
