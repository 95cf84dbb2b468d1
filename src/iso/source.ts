// Random access to bytes: a file, a buffer, or a slice of either. The ISO
// 9660 reader and the COSI reader read through this, so a COSI can be read
// where it lies inside an ISO without copying it out.
// Reads are synchronous: the readers ask for headers, directories and the few
// files the owned check compares, each read quick from the page cache, where an async one is a round trip to
// libuv's thread pool (and node:fs/promises loads a dozen of Node's modules).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export interface ByteSource {
  /** Total bytes. */
  readonly size: number;
  /** `length` bytes from `position`; fewer only where the source ends. */
  read(position: number, length: number): Promise<Buffer>;
}

/** Reads exactly `length` bytes from an open file unless the file ends first. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** A file opened for reading; close it when done. */
export function openFileSource(file: string): ByteSource & { close(): Promise<void> } {
  // O_NONBLOCK: a FIFO given as the ISO does not block the open (reading it then fails instead of waiting).
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const { size } = fstatSync(fd);
    return {
      size,
      // Promises, as every source's: a failed read is a rejection.
      read: (position, length) => settled(() => readAt(fd, position, clamp(position, length, size))),
      close: () => settled(() => closeSync(fd)),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** `work`'s result as a promise; a throw becomes its rejection (the Promise constructor's executor). */
function settled<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
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
