// A fresh GPT as Trident writes it with systemd-repart --empty=force
// (crates/trident/src/engine/storage/partitioning/repart_mode.rs and
// crates/osutils/src/repart.rs in microsoft/trident): one partition per host
// config partition, in order, Type= its GUID, Label= (the GPT name) its
// `label` or else its `id`, UUID= its `uuid` or a new one, fixed sizes
// exact, `grow` taking the rest. The layout is the UEFI specification's
// (protective MBR, primary header at LBA 1 and entries at LBA 2, backup entries
// and header at the end). Partitions start at 1 MiB and are 4 KiB-aligned
// (repart's grain); where repart would place them differently, sizes, order,
// types and names still match.
'use strict';

const { randomUUID } = require('node:crypto');
const zlib = require('node:zlib');

const SECTOR = 512;
const ENTRIES = 128;
const ENTRY_SIZE = 128;
const ENTRY_SECTORS = (ENTRIES * ENTRY_SIZE) / SECTOR; // 32

/** GUID text → its 16 bytes in the GPT's mixed-endian layout. */
function guidBytes(text) {
  const hex = text.replace(/-/g, '');
  const b = Buffer.from(hex, 'hex');
  const out = Buffer.alloc(16);
  out.writeUInt32LE(b.readUInt32BE(0), 0);
  out.writeUInt16LE(b.readUInt16BE(4), 4);
  out.writeUInt16LE(b.readUInt16BE(6), 6);
  b.copy(out, 8, 8, 16);
  return out;
}

/**
 * The disk's GPT: { primary: Buffer (LBA 0..33), backup: Buffer (last 33 sectors), partitions: [{ index, startByte, sizeBytes, ... }] }.
 * partitions: [{ typeGuid, name, uuid?, size: number|'grow' }]
 */
function layout(diskBytes, partitions) {
  const sectors = Math.floor(diskBytes / SECTOR);
  const lastLba = sectors - 1;
  const firstUsable = 2 + ENTRY_SECTORS; // 34
  const lastUsable = lastLba - 1 - ENTRY_SECTORS;
  const align = 4096 / SECTOR;
  let next = 2048; // 1 MiB
  const placed = [];
  const fixedAfter = (i) => partitions.slice(i + 1).reduce((s, p) => s + (p.size === 'grow' ? 0 : p.size / SECTOR), 0);
  for (const [i, p] of partitions.entries()) {
    const start = Math.ceil(next / align) * align;
    let count;
    if (p.size === 'grow') {
      count = Math.floor((lastUsable + 1 - fixedAfter(i) - start) / align) * align;
    } else count = p.size / SECTOR;
    if (count <= 0 || start + count - 1 > lastUsable)
      throw new Error(
        `the partitions do not fit on the disk (${diskBytes} bytes): partition '${p.name}' needs ${p.size === 'grow' ? 'space to grow' : `${p.size} bytes`}`,
      );
    placed.push({ ...p, index: i + 1, firstLba: start, lastLba: start + count - 1, uuid: p.uuid || randomUUID() });
    next = start + count;
  }
  if (placed.length > ENTRIES) throw new Error('more than 128 partitions');

  const entries = Buffer.alloc(ENTRIES * ENTRY_SIZE);
  for (const p of placed) {
    const e = entries.subarray((p.index - 1) * ENTRY_SIZE, p.index * ENTRY_SIZE);
    guidBytes(p.typeGuid).copy(e, 0);
    guidBytes(p.uuid).copy(e, 16);
    e.writeBigUInt64LE(BigInt(p.firstLba), 32);
    e.writeBigUInt64LE(BigInt(p.lastLba), 40);
    e.writeBigUInt64LE(0n, 48);
    Buffer.from(String(p.name).slice(0, 36), 'utf16le').copy(e, 56);
  }
  const entriesCrc = zlib.crc32(entries);
  const diskGuid = randomUUID();
  const header = (current, backup, entriesLba) => {
    const h = Buffer.alloc(SECTOR);
    h.write('EFI PART', 0, 'latin1');
    h.writeUInt32LE(0x00010000, 8);
    h.writeUInt32LE(92, 12);
    h.writeBigUInt64LE(BigInt(current), 24);
    h.writeBigUInt64LE(BigInt(backup), 32);
    h.writeBigUInt64LE(BigInt(firstUsable), 40);
    h.writeBigUInt64LE(BigInt(lastUsable), 48);
    guidBytes(diskGuid).copy(h, 56);
    h.writeBigUInt64LE(BigInt(entriesLba), 72);
    h.writeUInt32LE(ENTRIES, 80);
    h.writeUInt32LE(ENTRY_SIZE, 84);
    h.writeUInt32LE(entriesCrc, 88);
    h.writeUInt32LE(zlib.crc32(h.subarray(0, 92)), 16);
    return h;
  };
  const mbr = Buffer.alloc(SECTOR);
  const pe = mbr.subarray(446, 462);
  pe[0] = 0;
  pe.writeUIntBE(0x000200, 1, 3);
  pe[4] = 0xee;
  pe.writeUIntBE(0xffffff, 5, 3);
  pe.writeUInt32LE(1, 8);
  pe.writeUInt32LE(Math.min(sectors - 1, 0xffffffff), 12);
  mbr[510] = 0x55;
  mbr[511] = 0xaa;
  const primary = Buffer.concat([mbr, header(1, lastLba, 2), entries]);
  const backup = Buffer.concat([entries, header(lastLba, 1, lastLba - ENTRY_SECTORS)]);
  return {
    primary,
    backup,
    backupOffset: (lastLba - ENTRY_SECTORS) * SECTOR,
    partitions: placed.map((p) => ({ ...p, startByte: p.firstLba * SECTOR, sizeBytes: (p.lastLba - p.firstLba + 1) * SECTOR })),
  };
}

module.exports = { layout, SECTOR };
