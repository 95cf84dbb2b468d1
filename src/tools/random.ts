// Random names (the work folder, the output's probe file, the delimiters of
// the runner's command files), read from the kernel's random source: loading
// node:crypto for them alone took a tenth of a validate-only run's start
// (docs/benchmarks.md).
import { closeSync, openSync, readSync } from 'node:fs';

/** `bytes` random bytes from /dev/urandom, in lower-case hex. */
export function randomHex(bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync('/dev/urandom', 'r');
  try {
    for (let filled = 0; filled < bytes;) filled += readSync(fd, buffer, filled, bytes - filled, null);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('hex');
}
