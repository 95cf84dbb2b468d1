// The patched ISO: read once, in place, each chunk searched for the
// placeholder's magic string (so that one anywhere else is found), the
// placeholder's new bytes laid over it and hashed; the placeholder's bytes are
// written only when the whole image has been seen. A new file is the kernel's
// copy of the input, then patched so. Memory stays bounded whatever the ISO's size.
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, open, stat, type FileHandle } from 'node:fs/promises';
import { PatternScanner } from './locate.js';

export interface PlaceholderWrite {
  /** Where in the image, and the new bytes (exactly the placeholder's size). */
  offset: number;
  bytes: Buffer;
}

export interface PassResult {
  sha256: string;
  size: number;
  /** Where the pattern is in the input (up to 16 places). */
  found: number[];
}

const CHUNK = 4 * 1024 * 1024;

/** A chunk of the input with the new bytes laid over the part of it they cover. */
function overlay(chunk: Buffer, position: number, write: PlaceholderWrite): void {
  const start = Math.max(write.offset, position);
  const end = Math.min(write.offset + write.bytes.length, position + chunk.length);
  if (start < end) write.bytes.copy(chunk, start - position, start - write.offset, end - write.offset);
}

/** Fails when the input changed while it was read (another writer): the result would be neither the old nor a consistent new image. */
async function unchanged(file: string, before: { size: number; mtimeMs: number }): Promise<void> {
  const after = await stat(file);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs)
    throw new Error(`${file} changed while it was being read; nothing was patched.`);
}

/**
 * Copies `input` to `output` (which must not exist; COPYFILE_EXCL) with the
 * kernel's copy (copy_file_range where the filesystem has it: no pass through
 * this process), then patches the copy in place, which reads it once (the
 * pattern search and the SHA-256). `check` refuses before the placeholder is
 * written; the caller removes `output` then.
 */
export async function copyPatched(
  input: string,
  output: string,
  write: PlaceholderWrite,
  pattern: Buffer,
  check: (found: readonly number[]) => void,
  signal?: AbortSignal,
): Promise<PassResult> {
  const before = await stat(input);
  signal?.throwIfAborted();
  await copyFile(input, output, fsConstants.COPYFILE_EXCL);
  await unchanged(input, before);
  const result = await patchInPlace(output, write, pattern, check, signal);
  if (result.size !== before.size) throw new Error(`${input} is ${before.size} bytes long, its copy ${result.size}; nothing was patched.`);
  return result;
}

/**
 * Patches `file` itself: reads it once (pattern search and the new SHA-256),
 * then, if `check` accepts what was found, writes the placeholder's bytes.
 */
export async function patchInPlace(
  file: string,
  write: PlaceholderWrite,
  pattern: Buffer,
  check: (found: readonly number[]) => void,
  signal?: AbortSignal,
): Promise<PassResult> {
  const before = await stat(file);
  const handle = await open(file, 'r+');
  try {
    const hash = createHash('sha256');
    const scanner = new PatternScanner(pattern);
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      scanner.feed(chunk, position);
      overlay(chunk, position, write);
      hash.update(chunk);
      position += bytesRead;
    }
    await unchanged(file, before);
    check(scanner.found);
    signal?.throwIfAborted();
    await writeAll(handle, write.bytes, write.offset);
    await handle.sync();
    return { sha256: hash.digest('hex'), size: position, found: scanner.found };
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}
