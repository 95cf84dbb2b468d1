// The patched ISO, in one pass over the input: each chunk is searched for the
// placeholder's magic string (so that one anywhere else is found), the
// placeholder's new bytes put in, hashed, and written to a new file; or, in
// place, read and hashed first and the placeholder's bytes written only when
// the whole image has been seen. Memory stays bounded whatever the ISO's size.
import { createHash } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
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
 * Copies `input` to `output` (which must not exist) with the placeholder's
 * bytes replaced; `check` sees where the pattern was found before the copy
 * counts as done (it throws to refuse it; the caller removes `output`).
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
  const from = await open(input, 'r');
  try {
    const to = await open(output, 'wx');
    try {
      const hash = createHash('sha256');
      const scanner = new PatternScanner(pattern);
      const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
      let position = 0;
      let pendingWrite: Promise<unknown> = Promise.resolve();
      for (let turn = 0; ; turn++) {
        signal?.throwIfAborted();
        // Two buffers: the next read runs while the previous chunk is written.
        const buffer = buffers[turn % 2]!;
        const { bytesRead } = await from.read(buffer, 0, CHUNK, position);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        scanner.feed(chunk, position);
        overlay(chunk, position, write);
        hash.update(chunk);
        await pendingWrite;
        pendingWrite = writeAll(to, chunk, position);
        position += bytesRead;
      }
      await pendingWrite;
      if (position !== before.size)
        throw new Error(`${input} is ${position} bytes long now, ${before.size} when the patch started; nothing was patched.`);
      await unchanged(input, before);
      check(scanner.found);
      await to.sync();
      return { sha256: hash.digest('hex'), size: position, found: scanner.found };
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
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
