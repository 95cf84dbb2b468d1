import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySha256, sha256File } from '../../src/tools/hash.js';
import { checkIso } from '../../src/tools/iso.js';

const dir = mkdtempSync(path.join(tmpdir(), 'iso-test-'));

/** 16 system sectors, then a primary volume descriptor: type 1, "CD001", version 1. */
function isoBytes(signature = 'CD001', extra = 4096): Buffer {
  const buffer = Buffer.alloc(32768 + 2048 + extra);
  buffer[32768] = 1;
  buffer.write(signature, 32769, 'latin1');
  buffer[32774] = 1;
  buffer.fill(7, 32768 + 2048);
  return buffer;
}

describe('checkIso', () => {
  it('accepts an ISO 9660 image and gives its size', async () => {
    const bytes = isoBytes();
    const file = path.join(dir, 'good.iso');
    writeFileSync(file, bytes);
    expect(await checkIso(file)).toEqual({ size: bytes.length });
  });

  it('rejects a file without the CD001 signature at byte 32769', async () => {
    const file = path.join(dir, 'bad.iso');
    writeFileSync(file, isoBytes('XXXXX'));
    await expect(checkIso(file)).rejects.toThrow(/not an ISO 9660 image: no "CD001" signature at byte 32769/);
  });

  it('rejects a file too short to hold the signature', async () => {
    const file = path.join(dir, 'short.iso');
    writeFileSync(file, Buffer.alloc(100));
    await expect(checkIso(file)).rejects.toThrow(/not an ISO 9660 image/);
  });

  it('rejects an empty file', async () => {
    const file = path.join(dir, 'empty.iso');
    writeFileSync(file, '');
    await expect(checkIso(file)).rejects.toThrow(/is empty/);
  });

  it('says when there is no ISO at all', async () => {
    await expect(checkIso(path.join(dir, 'missing.iso'))).rejects.toThrow(/wrote no ISO/);
  });
});

describe('sha256File and copySha256', () => {
  // Larger than the reused buffer (1 MiB), and not a multiple of it.
  const bytes = Buffer.alloc(3 * 1024 * 1024 + 12345);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff;
  const expected = createHash('sha256').update(bytes).digest('hex');
  const source = path.join(dir, 'data.bin');
  writeFileSync(source, bytes);

  it('hashes a file read through one buffer', async () => {
    expect(await sha256File(source)).toBe(expected);
    writeFileSync(path.join(dir, 'none.bin'), '');
    expect(await sha256File(path.join(dir, 'none.bin'))).toBe(createHash('sha256').digest('hex'));
  });

  it('copies and hashes in one read, into a file it creates', async () => {
    const target = path.join(dir, 'copy.bin');
    expect(await copySha256(source, target)).toBe(expected);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('never writes over a file that is there, and leaves it as it was', async () => {
    const taken = path.join(dir, 'taken.bin');
    writeFileSync(taken, 'not ours');
    await expect(copySha256(source, taken)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(taken, 'utf8')).toBe('not ours');
  });

  it('removes what it wrote when the copy fails', async () => {
    const target = path.join(dir, 'failed.bin');
    // A directory cannot be read as a file: the read fails after the target exists.
    await expect(copySha256(dir, target)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(existsSync(target)).toBe(false);
  });
});
