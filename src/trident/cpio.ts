// Just enough of the "newc" cpio format (what rpm2cpio writes) to take one
// file out of an RPM's payload. The bytes come from a user's RPM, so every
// field is checked before it is used: each header field is exactly eight hex
// digits, a name fits in the archive and ends with its NUL, data stays inside
// the archive, the walk moves forward on every entry, and the number of
// entries is capped. Anything else is a CpioFormatError, at once.
// (Format: libarchive's archive_read_support_format_cpio.c, read_header_newc;
// rpm's lib/cpio.c rpmcpioHeaderRead reads the same 110-byte header.)
import { COUNT_LIMITS } from '../context/limits.js';

export class CpioFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CpioFormatError';
  }
}

const HEADER = 110;
const FIELDS = 13;
/** PATH_MAX: no real entry name is longer. */
const MAX_NAME = 4096;
const HEX8 = /^[0-9A-Fa-f]{8}$/;
const pad4 = (n: number) => (n + 3) & ~3;

/** The files of a newc cpio archive, by absolute name (`./usr/bin/x` → `/usr/bin/x`). Pure; throws CpioFormatError. */
export function cpioEntries(archive: Buffer, maxEntries: number = COUNT_LIMITS.cpioEntries): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  for (let count = 0; ; count++) {
    if (count >= maxEntries) throw new CpioFormatError(`more than ${maxEntries} entries`);
    if (offset + HEADER > archive.length) throw new CpioFormatError(`the archive ends at byte ${archive.length} without its trailer`);
    const magic = archive.toString('latin1', offset, offset + 6);
    if (magic !== '070701' && magic !== '070702')
      throw new CpioFormatError(`not a newc cpio header at byte ${offset} (magic ${JSON.stringify(magic)})`);
    const field = (i: number): number => {
      const text = archive.toString('latin1', offset + 6 + i * 8, offset + 14 + i * 8);
      if (!HEX8.test(text)) throw new CpioFormatError(`header field ${i} at byte ${offset} is not 8 hex digits (${JSON.stringify(text)})`);
      return parseInt(text, 16);
    };
    for (let i = 0; i < FIELDS; i++) field(i);
    const size = field(6);
    const nameSize = field(11);
    if (nameSize < 2 || nameSize > MAX_NAME) throw new CpioFormatError(`entry at byte ${offset} has a name size of ${nameSize}`);
    const nameEnd = offset + HEADER + nameSize;
    if (nameEnd > archive.length || archive[nameEnd - 1] !== 0)
      throw new CpioFormatError(`entry at byte ${offset} has a name that does not end inside the archive`);
    const name = archive.toString('utf8', offset + HEADER, nameEnd - 1);
    if (name === 'TRAILER!!!') return files;
    const dataStart = pad4(nameEnd);
    if (dataStart + size > archive.length) throw new CpioFormatError(`entry ${JSON.stringify(name)} needs ${size} bytes past the end of the archive`);
    files.set(name.replace(/^\.\//, '/').replace(/^(?!\/)/, '/'), archive.subarray(dataStart, dataStart + size));
    const next = pad4(dataStart + size);
    // A header is 110 bytes and a name at least 2: next is always past offset; checked all the same.
    if (next <= offset) throw new CpioFormatError(`entry at byte ${offset} does not advance`);
    offset = next;
  }
}
