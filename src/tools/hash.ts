// SHA-256 of a file (ISOs, base images), read through two reused buffers, the
// next part read while the last is hashed: memory stays at those buffers
// whatever the file's size, and no chunk is allocated per read (a read stream
// allocates one per chunk, which the garbage collector then has to catch up
// with). copySha256 hashes while it copies, so a copy costs one read of the
// file, not two. node:crypto loads with the first hash: validate-only, whose
// stages load this module, takes none.
import type { Hash } from 'node:crypto';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

const BUFFER_BYTES = 1 << 20;

const sha256Hash = (): Hash => process.getBuiltinModule('node:crypto').createHash('sha256');

/** Reads the whole file, handing each filled part to `use`; the next part is read meanwhile, into the other buffer. */
async function eachChunk(handle: FileHandle, use: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  let free = Buffer.allocUnsafe(BUFFER_BYTES);
  let reading = handle.read(Buffer.allocUnsafe(BUFFER_BYTES), 0, BUFFER_BYTES, null);
  for (;;) {
    const { bytesRead, buffer } = await reading;
    if (bytesRead === 0) return;
    reading = handle.read(free, 0, BUFFER_BYTES, null);
    free = buffer;
    // A failure here leaves that read pending: let it end before the file is closed.
    await Promise.resolve(use(buffer.subarray(0, bytesRead))).catch(async (error: unknown) => {
      await reading.catch(() => undefined);
      throw error;
    });
  }
}

async function withFile<T>(file: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  // O_NONBLOCK: a FIFO does not block the open.
  const handle = await fs().open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

export function sha256File(file: string): Promise<string> {
  const hash = sha256Hash();
  return withFile(file, async (handle) => {
    await eachChunk(handle, (chunk) => void hash.update(chunk));
    return hash.digest('hex');
  });
}

/**
 * Copies `from` to `to`, which must not exist (it is created exclusively), and
 * returns the SHA-256 of what it copied. A copy that fails (a full disk) is removed.
 */
export function copySha256(from: string, to: string, onCreated: () => void = () => undefined): Promise<string> {
  const hash = sha256Hash();
  return withFile(from, async (source) => {
    const target = await fs().open(to, 'wx');
    // Before a byte is written: the caller records the name, so a cancelled copy is found and removed.
    onCreated();
    try {
      await eachChunk(source, async (chunk) => {
        hash.update(chunk);
        let written = 0;
        while (written < chunk.length) written += (await target.write(chunk, written, chunk.length - written)).bytesWritten;
      });
      await target.close();
    } catch (error) {
      await target.close().catch(() => undefined);
      await fs().rm(to, { force: true });
      throw error;
    }
    return hash.digest('hex');
  });
}
