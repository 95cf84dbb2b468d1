// Checks the ISO Image Customizer wrote, and hashes it by streaming (memory
// stays bounded whatever its size).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

export interface IsoInfo {
  path: string;
  size: number;
  sha256: string;
}

/** ISO 9660: the primary volume descriptor at sector 16 starts with type 1 and "CD001". */
const SIGNATURE_OFFSET = 32769;
const SIGNATURE = 'CD001';

export async function verifyIso(file: string): Promise<IsoInfo> {
  const handle = await open(file, 'r').catch(() => {
    throw new Error(`Image Customizer reported success but wrote no ISO at ${file}.`);
  });
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new Error(`The ISO at ${file} is empty.`);
    const buffer = Buffer.alloc(SIGNATURE.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, SIGNATURE_OFFSET);
    if (bytesRead !== SIGNATURE.length || buffer.toString('latin1') !== SIGNATURE) {
      throw new Error(`${file} is not an ISO 9660 image: no "${SIGNATURE}" signature at byte ${SIGNATURE_OFFSET}.`);
    }
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    return { path: file, size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}
