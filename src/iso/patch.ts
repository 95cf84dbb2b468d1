// Patching an ISO's host config: open it (the ISO 9660 directory read, the one
// placeholder found), see whether a host config fits, then write the patched
// image (a new file, or the same one when asked) in one pass that refuses it
// if the magic string turns up anywhere but at the placeholder.
import { rm } from 'node:fs/promises';
import { readIsoVolume, type IsoVolume } from './iso9660.js';
import { locatePlaceholder, PlaceholderError, whereIs, type Placeholder } from './locate.js';
import { capacity, filledPlaceholder, HOST_CONFIG_KEY, placeholderHeader } from './placeholder.js';
import { openFileSource, type ByteSource } from './source.js';
import { copyPatched, patchInPlace, type PassResult } from './write.js';

export interface OpenedIso {
  file: string;
  source: ByteSource & { close(): Promise<void> };
  volume: IsoVolume;
  placeholder: Placeholder;
  key: string;
}

/** Reads the ISO's directory and finds its placeholder; throws IsoFormatError or PlaceholderError. Close `source` when done. */
export async function openIso(file: string, key: string = HOST_CONFIG_KEY): Promise<OpenedIso> {
  const source = openFileSource(file);
  try {
    const volume = await readIsoVolume(source);
    const placeholder = await locatePlaceholder(source, volume, key);
    return { file, source, volume, placeholder, key };
  } catch (error) {
    await source.close();
    throw error;
  }
}

/** The placeholder's new bytes for this host config, or by how many bytes it does not fit. Pure. */
export function planWrite(
  iso: Pick<OpenedIso, 'placeholder' | 'key'>,
  hostConfig: Buffer,
): { bytes: Buffer } | { tooBigBy: number; capacity: number } {
  const bytes = filledPlaceholder(hostConfig, iso.placeholder.size, iso.key);
  return Buffer.isBuffer(bytes) ? { bytes } : { tooBigBy: bytes.tooBigBy, capacity: capacity(iso.placeholder.size, iso.key) };
}

/** Refuses an image where the placeholder's magic string is anywhere but at the placeholder. */
function onlyAtPlaceholder(iso: OpenedIso): (found: readonly number[]) => void {
  return (found) => {
    const strays = found.filter((offset) => offset !== iso.placeholder.offset);
    if (strays.length === 0 && found.includes(iso.placeholder.offset)) return;
    if (strays.length === 0)
      throw new PlaceholderError(
        'corrupt',
        `changed while it was read: the placeholder ${iso.placeholder.file.path} no longer starts with the magic string.`,
      );
    throw new PlaceholderError(
      'outside-file',
      `holds the isopatch magic string for ${iso.key} at byte ${strays.join(', ')} too (${strays.map((s) => whereIs(iso.volume, s)).join('; ')}), not only at its placeholder ${iso.placeholder.file.path} (byte ${iso.placeholder.offset}); the action refuses to patch an image where it cannot tell which bytes are the placeholder.`,
    );
  };
}

/**
 * Writes the patched image: to `output` (a new file; removed again if the
 * pass fails), or, with `inPlace`, into the ISO itself (nothing written
 * unless the pass succeeds).
 */
export async function writePatchedIso(
  iso: OpenedIso,
  bytes: Buffer,
  target: { output: string } | { inPlace: true },
  signal?: AbortSignal,
): Promise<PassResult> {
  if (bytes.length !== iso.placeholder.size) throw new Error(`the new placeholder is ${bytes.length} bytes, the placeholder ${iso.placeholder.size}`);
  const write = { offset: iso.placeholder.offset, bytes };
  const pattern = placeholderHeader(iso.key);
  if ('inPlace' in target) return patchInPlace(iso.file, write, pattern, onlyAtPlaceholder(iso), signal);
  try {
    return await copyPatched(iso.file, target.output, write, pattern, onlyAtPlaceholder(iso), signal);
  } catch (error) {
    // 'wx' made it: a file that was there before is never removed.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(target.output, { force: true });
    throw error;
  }
}
