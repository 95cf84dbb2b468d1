// Random access to bytes: a file, a buffer, or a slice of either. The ISO
// 9660 reader and the COSI reader read through this, so a COSI can be read
// where it lies inside an ISO without copying it out.
import { constants, open, type FileHandle } from 'node:fs/promises';

export interface ByteSource {
  /** Total bytes. */
  readonly size: number;
  /** `length` bytes from `position`; fewer only where the source ends. */
  read(position: number, length: number): Promise<Buffer>;
}

/** Reads exactly `length` bytes from a file handle unless the file ends first. */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** A file opened for reading; close it when done. */
export async function openFileSource(file: string): Promise<ByteSource & { close(): Promise<void> }> {
  // O_NONBLOCK: a FIFO given as the ISO does not block the open (reading it then fails instead of waiting).
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const { size } = await handle.stat();
    return {
      size,
      read: (position, length) => readAt(handle, position, clamp(position, length, size)),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    read: (position, length) => Promise.resolve(buffer.subarray(position, position + clamp(position, length, buffer.length))),
  };
}

/** `size` bytes of `source` from `offset`, as a source of its own. */
export function sliceSource(source: ByteSource, offset: number, size: number): ByteSource {
  if (offset < 0 || size < 0 || offset + size > source.size)
    throw new RangeError(`slice ${offset}+${size} is outside a source of ${source.size} bytes`);
  return { size, read: (position, length) => source.read(offset + position, clamp(position, length, size)) };
}

function clamp(position: number, length: number, size: number): number {
  if (position < 0 || length < 0) throw new RangeError(`read of ${length} bytes at ${position}`);
  return Math.max(0, Math.min(length, size - position));
}
