import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyIso } from '../../src/tools/iso.js';

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

describe('verifyIso', () => {
  it('accepts an ISO 9660 image and streams its SHA-256', async () => {
    const bytes = isoBytes();
    const file = path.join(dir, 'good.iso');
    writeFileSync(file, bytes);
    expect(await verifyIso(file)).toEqual({ path: file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('rejects a file without the CD001 signature at byte 32769', async () => {
    const file = path.join(dir, 'bad.iso');
    writeFileSync(file, isoBytes('XXXXX'));
    await expect(verifyIso(file)).rejects.toThrow(/not an ISO 9660 image: no "CD001" signature at byte 32769/);
  });

  it('rejects a file too short to hold the signature', async () => {
    const file = path.join(dir, 'short.iso');
    writeFileSync(file, Buffer.alloc(100));
    await expect(verifyIso(file)).rejects.toThrow(/not an ISO 9660 image/);
  });

  it('rejects an empty file', async () => {
    const file = path.join(dir, 'empty.iso');
    writeFileSync(file, '');
    await expect(verifyIso(file)).rejects.toThrow(/is empty/);
  });

  it('says when there is no ISO at all', async () => {
    await expect(verifyIso(path.join(dir, 'missing.iso'))).rejects.toThrow(/wrote no ISO/);
  });
});
