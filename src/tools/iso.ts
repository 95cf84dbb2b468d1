// Checks the ISO Image Customizer wrote: an ISO 9660 image, not empty. Only its
// signature is read here; its SHA-256 comes from the one full read the delivery
// makes (tools/hash.ts).
import { constants } from 'node:fs';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface IsoInfo {
  path: string;
  size: number;
  sha256: string;
}

/** ISO 9660: the primary volume descriptor at sector 16 starts with type 1 and "CD001". */
const SIGNATURE_OFFSET = 32769;
const SIGNATURE = 'CD001';

/** The ISO's size, once its signature says it is one. */
export async function checkIso(file: string): Promise<{ size: number }> {
  const handle = await fs()
    .open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    .catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new Error(`Image Customizer reported success but wrote no ISO at ${file}.`) : error;
    });
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new Error(`The ISO at ${file} is empty.`);
    const buffer = Buffer.alloc(SIGNATURE.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, SIGNATURE_OFFSET);
    if (bytesRead !== SIGNATURE.length || buffer.toString('latin1') !== SIGNATURE) {
      throw new Error(`${file} is not an ISO 9660 image: no "${SIGNATURE}" signature at byte ${SIGNATURE_OFFSET}.`);
    }
    return { size };
  } finally {
    await handle.close();
  }
}
