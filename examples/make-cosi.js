#!/usr/bin/env node
// Writes a tiny but structurally valid COSI (Composable OS Image, spec 1.2):
// an uncompressed ustar tar holding `cosi-marker` (empty, first), then
// `metadata.json`, then `images/*`, each image a real zstd frame.
//
// The disk it describes is real in shape, empty in content: the primary-gpt
// region carries a genuine protective MBR and GPT (header and entries with
// their CRC32s), the partitions are zero-filled. That is enough for the
// action to carry the COSI on an ISO and for the host config to point at it;
// Trident could write it to a disk, but the result would not boot.
//
// The output is deterministic (fixed UUIDs, fixed mtime), so the SHA-384 of
// metadata.json, which a host config's image.sha384 pins, never changes for a
// given architecture.
//
// Usage: node examples/make-cosi.js [OUTPUT] [--arch x86_64|aarch64]
// Default OUTPUT: examples/out/tiny.cosi (next to this script).
// No dependencies beyond Node's built-ins, so it runs on a fresh clone.

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const MiB = 1024 * 1024;
const LBA = 512;

/** Architecture-dependent parts: the root partition type (Discoverable Partitions Spec) and RPM arch. */
const ARCHES = {
  x86_64: { rootPartType: '4f68bce3-e8cd-4db1-96e7-fbcaf984b709' },
  aarch64: { rootPartType: 'b921b045-1df0-41c3-af44-4c6f280d3fae' },
};

const ESP_PART_TYPE = 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b';

// Fixed identifiers: deterministic output (see the header comment).
const DISK_GUID = '9b1a3f3e-5d0c-4d2a-9a39-6f0f1f6e0c01';
const ESP_PART_GUID = '9b1a3f3e-5d0c-4d2a-9a39-6f0f1f6e0c02';
const ROOT_PART_GUID = '9b1a3f3e-5d0c-4d2a-9a39-6f0f1f6e0c03';
const ROOT_FS_UUID = '6a0b4f5e-2c1d-4e3f-8a9b-0c1d2e3f4a5b';
const ESP_FS_UUID = '5EED-C051'; // a FAT volume serial: 8 hex digits
const COSI_ID = '3f2e1d0c-b4a5-4c6d-8e7f-a0b1c2d3e4f5';

/** Layout of the described disk, in bytes: 1 MiB for the GPT and alignment, two partitions, 1 MiB tail for the backup GPT. */
const ESP_SIZE = 8 * MiB;
const ROOT_SIZE = 16 * MiB;
const FIRST_PART_OFFSET = 1 * MiB;
const DISK_SIZE = FIRST_PART_OFFSET + ESP_SIZE + ROOT_SIZE + 1 * MiB;

/** zstd window: 128 KiB (windowLog 17), which is also the largest block size zstd allows. */
const WINDOW_LOG = 17;
const MAX_BLOCK = 128 * 1024;

export function parseArgs(argv) {
  let output = join(here, 'out', 'tiny.cosi');
  let arch = 'x86_64';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      return { help: true, output, arch };
    } else if (a === '--arch') {
      arch = argv[++i] ?? '';
    } else if (a.startsWith('--arch=')) {
      arch = a.slice('--arch='.length);
    } else if (a.startsWith('-')) {
      throw new Error(`unknown option ${a}`);
    } else {
      output = resolve(a);
    }
  }
  if (!Object.hasOwn(ARCHES, arch)) {
    throw new Error(`--arch must be x86_64 or aarch64, not ${JSON.stringify(arch)}`);
  }
  return { help: false, output, arch };
}

// ---------------------------------------------------------------- zstd ----

const uniformPieces = new Map();
/** A piece of `length` bytes all equal to `byte` (kept: the same few are asked for again and again). */
function uniformPiece(byte, length) {
  const key = `${byte}:${length}`;
  let piece = uniformPieces.get(key);
  if (!piece) uniformPieces.set(key, (piece = Buffer.alloc(length, byte)));
  return piece;
}

/**
 * Encodes data as one zstd frame (RFC 8878) without compression tricks:
 * uniform 4 KiB stretches become RLE blocks, the rest raw blocks. Every
 * decoder accepts it, and zero-filled partitions shrink to a few bytes.
 */
export function zstdFrame(data) {
  const parts = [];
  // Magic number, then the frame header: descriptor 0xC0 = 8-byte
  // Frame_Content_Size, no single segment (so a Window_Descriptor follows),
  // no checksum, no dictionary.
  const header = Buffer.alloc(4 + 1 + 1 + 8);
  header.writeUInt32LE(0xfd2fb528, 0);
  header[4] = 0xc0;
  header[5] = (WINDOW_LOG - 10) << 3; // exponent, mantissa 0
  header.writeBigUInt64LE(BigInt(data.length), 6);
  parts.push(header);

  // Group 4 KiB pieces into runs of the same kind (uniform byte or not).
  const PIECE = 4096;
  const blocks = [];
  for (let off = 0; off < data.length; off += PIECE) {
    const piece = data.subarray(off, Math.min(off + PIECE, data.length));
    // One native comparison per piece (a per-byte callback made this the script's whole run time).
    const uniform = piece.length > 0 && piece.equals(uniformPiece(piece[0], piece.length));
    const last = blocks.at(-1);
    const kind = uniform ? 'rle' : 'raw';
    if (last && last.kind === kind && (kind === 'raw' || last.byte === piece[0]) && last.end - last.start + piece.length <= MAX_BLOCK) {
      last.end += piece.length;
    } else {
      blocks.push({ kind, byte: piece[0], start: off, end: off + piece.length });
    }
  }
  if (blocks.length === 0) {
    // An empty frame still needs one (empty, last) block.
    blocks.push({ kind: 'raw', byte: 0, start: 0, end: 0 });
  }
  blocks.forEach((b, i) => {
    const size = b.end - b.start;
    const isLast = i === blocks.length - 1 ? 1 : 0;
    const type = b.kind === 'rle' ? 1 : 0;
    const bh = Buffer.alloc(3);
    bh.writeUIntLE((size << 3) | (type << 1) | isLast, 0, 3);
    parts.push(bh);
    parts.push(b.kind === 'rle' ? Buffer.from([b.byte]) : data.subarray(b.start, b.end));
  });
  return Buffer.concat(parts);
}

// ----------------------------------------------------------------- GPT ----

/** A GUID in its on-disk mixed-endian form. */
function guidBytes(guid) {
  const h = guid.replace(/-/g, '');
  const b = Buffer.from(h, 'hex');
  b.subarray(0, 4).reverse();
  b.subarray(4, 6).reverse();
  b.subarray(6, 8).reverse();
  return b;
}

/** zlib.crc32 exists from Node 20.15/22.2; a table-driven fallback keeps older Nodes working. */
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf);
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Protective MBR, primary GPT header and 128 entries: bytes 0 .. FIRST_PART_OFFSET of the disk. */
function primaryGptRegion(partitions) {
  const region = Buffer.alloc(FIRST_PART_OFFSET);
  const totalLbas = DISK_SIZE / LBA;

  // Protective MBR: one partition of type 0xEE covering the disk.
  const mbr = region.subarray(0, LBA);
  mbr[446 + 4] = 0xee;
  mbr.writeUInt8(0x00, 446 + 1);
  mbr.writeUInt8(0x02, 446 + 2);
  mbr.writeUInt8(0x00, 446 + 3);
  mbr.writeUInt8(0xff, 446 + 5);
  mbr.writeUInt8(0xff, 446 + 6);
  mbr.writeUInt8(0xff, 446 + 7);
  mbr.writeUInt32LE(1, 446 + 8);
  mbr.writeUInt32LE(Math.min(totalLbas - 1, 0xffffffff), 446 + 12);
  mbr[510] = 0x55;
  mbr[511] = 0xaa;

  // Partition entries at LBA 2: 128 entries of 128 bytes.
  const entries = region.subarray(2 * LBA, 2 * LBA + 128 * 128);
  partitions.forEach((p, i) => {
    const e = entries.subarray(i * 128, (i + 1) * 128);
    guidBytes(p.type).copy(e, 0);
    guidBytes(p.guid).copy(e, 16);
    e.writeBigUInt64LE(BigInt(p.offset / LBA), 32);
    e.writeBigUInt64LE(BigInt((p.offset + p.size) / LBA - 1), 40);
    e.write(p.name, 56, 72, 'utf16le');
  });

  // Header at LBA 1.
  const h = region.subarray(LBA, LBA + 92);
  h.write('EFI PART', 0, 'latin1');
  h.writeUInt32LE(0x00010000, 8); // revision 1.0
  h.writeUInt32LE(92, 12); // header size
  h.writeBigUInt64LE(1n, 24); // this LBA
  h.writeBigUInt64LE(BigInt(totalLbas - 1), 32); // backup header LBA
  h.writeBigUInt64LE(34n, 40); // first usable LBA
  h.writeBigUInt64LE(BigInt(totalLbas - 34), 48); // last usable LBA
  guidBytes(DISK_GUID).copy(h, 56);
  h.writeBigUInt64LE(2n, 72); // entries start LBA
  h.writeUInt32LE(128, 80); // number of entries
  h.writeUInt32LE(128, 84); // entry size
  h.writeUInt32LE(crc32(entries), 88);
  h.writeUInt32LE(crc32(h), 16); // header CRC, computed with its own field zero
  return region;
}

// ----------------------------------------------------------------- tar ----

function octal(value, width) {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar entry: 512-byte header, then the data padded to 512 bytes. */
function tarEntry(name, data) {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar name too long: ${name}`);
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(data.length, 12), 124, 'latin1');
  h.write(octal(0, 12), 136, 'latin1'); // mtime 0: deterministic
  h.write('        ', 148, 'latin1'); // checksum counts as spaces while summing
  h.write('0', 156, 'latin1'); // regular file
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  h.write('root', 265, 'latin1');
  h.write('root', 297, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([h, data, pad]);
}

function tar(entries) {
  return Buffer.concat([...entries.map(([name, data]) => tarEntry(name, data)), Buffer.alloc(1024)]);
}

// ---------------------------------------------------------------- COSI ----

function imageFile(path, raw) {
  const compressed = zstdFrame(raw);
  return {
    meta: {
      path,
      compressedSize: compressed.length,
      uncompressedSize: raw.length,
      sha384: createHash('sha384').update(compressed).digest('hex'),
    },
    data: compressed,
  };
}

/** Builds the COSI in memory: returns the tar bytes and the metadata.json text. */
export function makeCosi(arch = 'x86_64') {
  const { rootPartType } = ARCHES[arch];
  const partitions = [
    { name: 'esp', type: ESP_PART_TYPE, guid: ESP_PART_GUID, offset: FIRST_PART_OFFSET, size: ESP_SIZE },
    { name: 'root', type: rootPartType, guid: ROOT_PART_GUID, offset: FIRST_PART_OFFSET + ESP_SIZE, size: ROOT_SIZE },
  ];
  const gpt = imageFile('images/primary-gpt.rawzst', primaryGptRegion(partitions));
  const esp = imageFile('images/esp.rawzst', Buffer.alloc(ESP_SIZE));
  const root = imageFile('images/root.rawzst', Buffer.alloc(ROOT_SIZE));

  const metadata = {
    version: '1.2',
    osArch: arch,
    id: COSI_ID,
    images: [
      {
        image: esp.meta,
        mountPoint: '/boot/efi',
        fsType: 'vfat',
        fsUuid: ESP_FS_UUID,
        partType: ESP_PART_TYPE,
        verity: null,
      },
      {
        image: root.meta,
        mountPoint: '/',
        fsType: 'ext4',
        fsUuid: ROOT_FS_UUID,
        partType: rootPartType,
        verity: null,
      },
    ],
    osRelease:
      'NAME="Microsoft Azure Linux"\nVERSION="3.0"\nID=azurelinux\nVERSION_ID="3.0"\n' +
      'PRETTY_NAME="Microsoft Azure Linux 3.0 (tiny example COSI)"\n',
    bootloader: { type: 'grub' },
    osPackages: [
      { name: 'bash', version: '5.2.15', release: '3.azl3', arch },
      { name: 'systemd', version: '255', release: '20.azl3', arch },
      { name: 'azurelinux-release', version: '3.0', release: '1.azl3', arch: 'noarch' },
    ],
    disk: {
      size: DISK_SIZE,
      type: 'gpt',
      lbaSize: LBA,
      gptRegions: [
        { image: gpt.meta, type: 'primary-gpt' },
        { image: esp.meta, type: 'partition', number: 1 },
        { image: root.meta, type: 'partition', number: 2 },
      ],
    },
    compression: { maxWindowLog: WINDOW_LOG },
  };
  const metadataJson = JSON.stringify(metadata, null, 2) + '\n';

  const bytes = tar([
    ['cosi-marker', Buffer.alloc(0)],
    ['metadata.json', Buffer.from(metadataJson)],
    [gpt.meta.path, gpt.data],
    [esp.meta.path, esp.data],
    [root.meta.path, root.data],
  ]);
  return { bytes, metadataJson };
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`make-cosi: ${err.message}`);
    process.exit(2);
  }
  if (args.help) {
    console.log('Usage: node examples/make-cosi.js [OUTPUT] [--arch x86_64|aarch64]');
    console.log('Writes a tiny valid COSI (default examples/out/tiny.cosi).');
    return;
  }
  const { bytes, metadataJson } = makeCosi(args.arch);
  mkdirSync(dirname(args.output), { recursive: true });
  writeFileSync(args.output, bytes);
  const sha384 = createHash('sha384').update(metadataJson).digest('hex');
  console.log(`${args.output}: ${bytes.length} bytes, ${args.arch}`);
  console.log(`metadata.json sha384: ${sha384}`);
}

// Run only as a script, so tests can import makeCosi/zstdFrame.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
