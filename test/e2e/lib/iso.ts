// Reading the ISOs the action produced: the ISO 9660 signature, and every file
// extracted with xorriso (an independent reader, not the writer the stand-in
// used... the same program, but reading, with Rock Ridge names).
import { openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { exec } from './proc.js';

/** True when the file has an ISO 9660 primary volume descriptor at sector 16. */
export function hasIso9660Signature(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(6);
    const n = readSync(fd, buf, 0, 6, 16 * 2048);
    return n === 6 && buf[0] === 1 && buf.subarray(1, 6).toString('latin1') === 'CD001';
  } finally {
    closeSync(fd);
  }
}

/** Extracts the whole ISO into dir; returns the files' paths relative to the ISO root ("/a/b"). */
export async function extractIso(iso: string, dir: string): Promise<string[]> {
  await exec(['xorriso', '-osirrox', 'on', '-indev', iso, '-extract', '/', dir], { timeoutMs: 120_000 });
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).isFile()) files.push('/' + path.relative(dir, p));
    }
  };
  walk(dir);
  return files.sort();
}
