// A strict, bounded, read-only SquashFS 4.0 reader: just enough to look up a
// few paths of an image (without following symbolic links) and read a small
// file or a link's target. Image Customizer writes the live OS's root as
// liveos/rootfs.img with `mksquashfs DIR OUT -xattrs`, mksquashfs's default
// gzip (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/
// liveosisoimages.go, createSquashfsImage); zstd is read too. The layout is
// squashfs-tools' (squashfs_fs.h): a 96-byte superblock, data blocks and
// fragments, then the inode and directory tables as 8 KiB metadata blocks, the
// fragment table and its index.
//
// The image may be hostile (written by whatever ran in Image Customizer's
// chroot, or handed in): every field is checked against the part of the
// image it must lie in, every loop moves forward, and what is decompressed
// and read is capped. Malformed is a SquashfsError, never a hang.
import { inflateSync, zstdDecompressSync } from 'node:zlib';
import type { ByteSource } from './source.js';

export class SquashfsError extends Error {
  override name = 'SquashfsError';
}

/** Bounds no live OS comes near; they keep a hostile image from costing time or memory. */
export interface SquashfsLimits {
  /** Metadata bytes decompressed in all (inodes, directories, the fragment table). */
  maxMetadataBytes: number;
  /** Bytes of one directory's listing. */
  maxDirectoryBytes: number;
  /** Path components walked in one lookup. */
  maxComponents: number;
  /** The largest file whose data is read. */
  maxFileBytes: number;
  /** The longest symbolic link target. */
  maxLinkBytes: number;
}

export const SQUASHFS_LIMITS: SquashfsLimits = {
  maxMetadataBytes: 64 * 1024 * 1024,
  maxDirectoryBytes: 16 * 1024 * 1024,
  maxComponents: 64,
  maxFileBytes: 16 * 1024 * 1024,
  maxLinkBytes: 4096,
};

const MAGIC = 0x73717368; // "hsqs"
const SUPERBLOCK_SIZE = 96;
const METADATA_SIZE = 8192;
const NO_FRAGMENT = 0xffffffff;
const UNCOMPRESSED_BLOCK = 1 << 24;
const ABSENT = 0xffffffffffffffffn;
const COMPRESSORS: Record<number, string> = { 1: 'gzip', 2: 'lzma', 3: 'lzo', 4: 'xz', 5: 'lz4', 6: 'zstd' };

/** Inode types (squashfs_fs.h); extended types are the basic ones plus 7. */
const DIR = 1;
const FILE = 2;
const SYMLINK = 3;
const TYPE_NAMES: Record<number, string> = {
  1: 'directory',
  2: 'file',
  3: 'symlink',
  4: 'block device',
  5: 'character device',
  6: 'fifo',
  7: 'socket',
};

export type SquashfsCompressor = 'gzip' | 'zstd';

export interface Superblock {
  inodeCount: number;
  blockSize: number;
  fragmentCount: number;
  compressor: SquashfsCompressor;
  flags: number;
  rootInode: bigint;
  bytesUsed: number;
  inodeTable: number;
  directoryTable: number;
  fragmentTable: number | undefined;
}

/** An inode as the lookup reports it (lstat: a link is a link). */
export type SquashfsNode =
  | { kind: 'directory'; inode: number; listing: { block: number; offset: number; size: number } }
  | { kind: 'file'; inode: number; size: number; blocksStart: number; blockSizes: number[]; fragment?: { index: number; offset: number } }
  | { kind: 'symlink'; inode: number; target: string }
  | { kind: 'other'; inode: number; type: string };

/** What a path is: a node, missing (with the first component that is not there), or behind a link or a non-directory. */
export type Lookup =
  | { found: true; node: SquashfsNode }
  | { found: false; reason: 'missing'; at: string }
  | { found: false; reason: 'symlink-parent'; at: string; target: string }
  | { found: false; reason: 'not-directory'; at: string; type: string };

function u64(buf: Buffer, at: number, what: string): number {
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new SquashfsError(`${what} (${value}) is not a usable offset`);
  return Number(value);
}

/** Reads the superblock and checks it against the image's size. */
export function parseSuperblock(buf: Buffer, imageSize: number): Superblock {
  if (buf.length < SUPERBLOCK_SIZE) throw new SquashfsError(`the image is ${buf.length} bytes, shorter than a SquashFS superblock`);
  if (buf.readUInt32LE(0) !== MAGIC) throw new SquashfsError('no SquashFS magic ("hsqs") at byte 0');
  const major = buf.readUInt16LE(28);
  const minor = buf.readUInt16LE(30);
  if (major !== 4 || minor !== 0) throw new SquashfsError(`SquashFS version ${major}.${minor}; only 4.0 is read`);
  const blockSize = buf.readUInt32LE(12);
  const blockLog = buf.readUInt16LE(22);
  if (blockSize < 4096 || blockSize > 1024 * 1024 || 1 << blockLog !== blockSize)
    throw new SquashfsError(`block size ${blockSize} (log ${blockLog}) is not a power of two from 4 KiB to 1 MiB`);
  const compressorId = buf.readUInt16LE(20);
  const compressor = COMPRESSORS[compressorId];
  if (compressor !== 'gzip' && compressor !== 'zstd')
    throw new SquashfsError(
      `it is compressed with ${compressor ?? `unknown compressor ${compressorId}`}; the action reads gzip (Image Customizer's, mksquashfs's default) and zstd only`,
    );
  const bytesUsed = u64(buf, 40, 'bytes_used');
  if (bytesUsed > imageSize || bytesUsed < SUPERBLOCK_SIZE)
    throw new SquashfsError(`the superblock says ${bytesUsed} bytes are used, but the image is ${imageSize} bytes`);
  const inodeTable = u64(buf, 64, 'the inode table start');
  const directoryTable = u64(buf, 72, 'the directory table start');
  if (!(SUPERBLOCK_SIZE <= inodeTable && inodeTable < directoryTable && directoryTable < bytesUsed))
    throw new SquashfsError(`the inode table (${inodeTable}) and directory table (${directoryTable}) are not in order inside the image`);
  const fragmentCount = buf.readUInt32LE(16);
  const fragmentRaw = buf.readBigUInt64LE(80);
  const fragmentTable = fragmentRaw === ABSENT || fragmentCount === 0 ? undefined : u64(buf, 80, 'the fragment table start');
  if (fragmentTable !== undefined && !(directoryTable < fragmentTable && fragmentTable < bytesUsed))
    throw new SquashfsError(`the fragment table (${fragmentTable}) is not after the directory table inside the image`);
  return {
    inodeCount: buf.readUInt32LE(4),
    blockSize,
    fragmentCount,
    compressor,
    flags: buf.readUInt16LE(24),
    rootInode: buf.readBigUInt64LE(32),
    bytesUsed,
    inodeTable,
    directoryTable,
    fragmentTable,
  };
}

/** One path component: not empty, not . or .., no slash or NUL. */
function checkName(name: string, where: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
    throw new SquashfsError(`directory ${where} holds an entry named ${JSON.stringify(name)}, which no file may be named`);
}

export class SquashfsImage {
  private metadataBytes = 0;
  private readonly blocks = new Map<number, { data: Buffer; next: number }>();
  private fragmentIndex: number[] | undefined;

  private constructor(
    private readonly source: ByteSource,
    readonly superblock: Superblock,
    private readonly limits: SquashfsLimits,
  ) {}

  /** Opens the image: reads and checks the superblock only. */
  static async open(source: ByteSource, limits: SquashfsLimits = SQUASHFS_LIMITS): Promise<SquashfsImage> {
    const head = await source.read(0, SUPERBLOCK_SIZE);
    return new SquashfsImage(source, parseSuperblock(head, source.size), limits);
  }

  private decompress(data: Buffer, maxOut: number, what: string): Buffer {
    try {
      return this.superblock.compressor === 'gzip'
        ? inflateSync(data, { maxOutputLength: maxOut })
        : zstdDecompressSync(data, { maxOutputLength: maxOut });
    } catch (error) {
      throw new SquashfsError(`${what} does not decompress with ${this.superblock.compressor}: ${(error as Error).message}`);
    }
  }

  /** The metadata block at `position` (an absolute byte offset), decompressed, and where the next one starts. */
  private async metadataBlock(position: number, end: number, what: string): Promise<{ data: Buffer; next: number }> {
    const cached = this.blocks.get(position);
    if (cached) return cached;
    if (position < 0 || position + 2 > end) throw new SquashfsError(`${what}: a metadata block at byte ${position} is outside its table`);
    const header = await this.source.read(position, 2);
    if (header.length < 2) throw new SquashfsError(`${what}: the image ends in a metadata block header at byte ${position}`);
    const word = header.readUInt16LE(0);
    const size = word & 0x7fff;
    const stored = (word & 0x8000) !== 0;
    if (size === 0 || size > METADATA_SIZE || position + 2 + size > end)
      throw new SquashfsError(`${what}: a metadata block of ${size} bytes at byte ${position} is empty, too large or outside its table`);
    const raw = await this.source.read(position + 2, size);
    if (raw.length < size) throw new SquashfsError(`${what}: the image ends inside a metadata block at byte ${position}`);
    const data = stored ? raw : this.decompress(raw, METADATA_SIZE, `${what}: the metadata block at byte ${position}`);
    this.metadataBytes += data.length;
    if (this.metadataBytes > this.limits.maxMetadataBytes)
      throw new SquashfsError(`more than ${this.limits.maxMetadataBytes} bytes of metadata were read, more than this reader accepts`);
    const block = { data, next: position + 2 + size };
    this.blocks.set(position, block);
    return block;
  }

  /** `length` bytes of a metadata table from block `position`, `offset` into it, running on into the next blocks. */
  private async metadata(position: number, offset: number, length: number, end: number, what: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    let at = position;
    let skip = offset;
    while (got < length) {
      const block = await this.metadataBlock(at, end, what);
      if (skip >= block.data.length) {
        // Only a full block has a next one to run on into.
        if (block.data.length < METADATA_SIZE) throw new SquashfsError(`${what}: offset ${skip} is past the end of the metadata block at byte ${at}`);
        skip -= block.data.length;
        at = block.next;
        continue;
      }
      const take = Math.min(length - got, block.data.length - skip);
      parts.push(block.data.subarray(skip, skip + take));
      got += take;
      skip = 0;
      // Each block moves forward: next is after this block's own bytes.
      at = block.next;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Where the directory table ends: the next table after it. */
  private get directoryEnd(): number {
    return this.superblock.fragmentTable ?? this.superblock.bytesUsed;
  }

  /** The inode a reference (block << 16 | offset, relative to the inode table) points at. */
  async inode(reference: bigint): Promise<SquashfsNode> {
    const { inodeTable, directoryTable } = this.superblock;
    const block = inodeTable + Number(reference >> 16n);
    const offset = Number(reference & 0xffffn);
    if (reference >> 48n !== 0n || block >= directoryTable)
      throw new SquashfsError(`an inode reference (${reference}) points outside the inode table`);
    const read = (at: number, length: number) => this.metadata(block, offset + at, length, directoryTable, 'the inode table');
    const head = await read(0, 16);
    const type = head.readUInt16LE(0);
    const inode = head.readUInt32LE(12);
    switch (type) {
      case DIR: {
        const b = await read(16, 16);
        return { kind: 'directory', inode, listing: { block: b.readUInt32LE(0), size: b.readUInt16LE(8), offset: b.readUInt16LE(10) } };
      }
      case DIR + 7: {
        const b = await read(16, 24);
        return { kind: 'directory', inode, listing: { size: b.readUInt32LE(4), block: b.readUInt32LE(8), offset: b.readUInt16LE(18) } };
      }
      case FILE:
      case FILE + 7: {
        const extended = type === FILE + 7;
        const b = await read(16, extended ? 40 : 16);
        const blocksStart = extended ? u64(b, 0, "a file's first block") : b.readUInt32LE(0);
        const size = extended ? u64(b, 8, 'a file size') : b.readUInt32LE(12);
        const fragmentIndex = extended ? b.readUInt32LE(28) : b.readUInt32LE(4);
        const fragmentOffset = extended ? b.readUInt32LE(32) : b.readUInt32LE(8);
        const { blockSize } = this.superblock;
        const hasFragment = fragmentIndex !== NO_FRAGMENT;
        const count = hasFragment ? Math.floor(size / blockSize) : Math.ceil(size / blockSize);
        if (hasFragment && fragmentIndex >= this.superblock.fragmentCount)
          throw new SquashfsError(`inode ${inode}: fragment ${fragmentIndex} of ${this.superblock.fragmentCount}`);
        // A file too large to read is reported by its size; its block list is not read.
        if (size > this.limits.maxFileBytes) return { kind: 'file', inode, size, blocksStart, blockSizes: [] };
        const list = await read(16 + (extended ? 40 : 16), count * 4);
        const blockSizes = Array.from({ length: count }, (_, i) => list.readUInt32LE(i * 4));
        return {
          kind: 'file',
          inode,
          size,
          blocksStart,
          blockSizes,
          ...(hasFragment ? { fragment: { index: fragmentIndex, offset: fragmentOffset } } : {}),
        };
      }
      case SYMLINK:
      case SYMLINK + 7: {
        const b = await read(16, 8);
        const length = b.readUInt32LE(4);
        if (length === 0 || length > this.limits.maxLinkBytes)
          throw new SquashfsError(`inode ${inode}: a symbolic link target of ${length} bytes (at most ${this.limits.maxLinkBytes})`);
        const target = (await read(24, length)).toString('utf8');
        return { kind: 'symlink', inode, target };
      }
      default: {
        const name = TYPE_NAMES[type > 7 ? type - 7 : type];
        if (!name || type > 14) throw new SquashfsError(`inode ${inode}: unknown inode type ${type}`);
        return { kind: 'other', inode, type: name };
      }
    }
  }

  /** The named entries of a directory, each with its inode reference. */
  async list(dir: Extract<SquashfsNode, { kind: 'directory' }>, where: string): Promise<{ name: string; reference: bigint }[]> {
    const { size, block, offset } = dir.listing;
    // The size counts 3 bytes more than the listing ("." and ".." of old versions).
    if (size < 3) throw new SquashfsError(`directory ${where}: a listing size of ${size}`);
    const length = size - 3;
    if (length > this.limits.maxDirectoryBytes)
      throw new SquashfsError(`directory ${where}: a listing of ${length} bytes, more than the ${this.limits.maxDirectoryBytes} this reader accepts`);
    if (length === 0) return [];
    const start = this.superblock.directoryTable + block;
    if (start >= this.directoryEnd) throw new SquashfsError(`directory ${where}: its listing starts outside the directory table`);
    const data = await this.metadata(start, offset, length, this.directoryEnd, `directory ${where}`);
    const entries: { name: string; reference: bigint }[] = [];
    let at = 0;
    while (at < data.length) {
      if (at + 12 > data.length) throw new SquashfsError(`directory ${where}: a header is cut short at byte ${at}`);
      const count = data.readUInt32LE(at) + 1;
      const inodeBlock = data.readUInt32LE(at + 4);
      if (count > 256) throw new SquashfsError(`directory ${where}: a header of ${count} entries (at most 256)`);
      at += 12;
      for (let i = 0; i < count; i++) {
        if (at + 8 > data.length) throw new SquashfsError(`directory ${where}: an entry is cut short at byte ${at}`);
        const entryOffset = data.readUInt16LE(at);
        const nameLength = data.readUInt16LE(at + 6) + 1;
        if (at + 8 + nameLength > data.length) throw new SquashfsError(`directory ${where}: a name of ${nameLength} bytes runs past the listing`);
        const name = data.toString('utf8', at + 8, at + 8 + nameLength);
        checkName(name, where);
        entries.push({ name, reference: (BigInt(inodeBlock) << 16n) | BigInt(entryOffset) });
        at += 8 + nameLength;
      }
    }
    return entries;
  }

  /** The node at an absolute path, as lstat sees it: a link in the last component is reported as the link; one before it stops the lookup. */
  async lookup(path: string): Promise<Lookup> {
    const parts = path.split('/').filter(Boolean);
    if (!path.startsWith('/') || parts.length > this.limits.maxComponents) throw new SquashfsError(`cannot look up ${JSON.stringify(path)}`);
    let node = await this.inode(this.superblock.rootInode);
    let here = '';
    for (const [i, part] of parts.entries()) {
      if (node.kind === 'symlink') return { found: false, reason: 'symlink-parent', at: here, target: node.target };
      if (node.kind !== 'directory') return { found: false, reason: 'not-directory', at: here, type: node.kind === 'file' ? 'file' : node.type };
      const entry = (await this.list(node, here || '/')).find((e) => e.name === part);
      here = `${here}/${part}`;
      if (!entry) return { found: false, reason: 'missing', at: here };
      node = await this.inode(entry.reference);
      if (i === parts.length - 1) return { found: true, node };
    }
    return { found: true, node };
  }

  /** The data of a regular file (at most maxFileBytes): its blocks, sparse ones as zeros, and its fragment's tail. */
  async readFile(file: Extract<SquashfsNode, { kind: 'file' }>): Promise<Buffer> {
    const { blockSize, inodeTable } = this.superblock;
    if (file.size > this.limits.maxFileBytes) throw new SquashfsError(`a file of ${file.size} bytes, more than this reader reads`);
    const parts: Buffer[] = [];
    let position = file.blocksStart;
    let remaining = file.size;
    for (const word of file.blockSizes) {
      const want = Math.min(blockSize, remaining);
      const stored = word & (UNCOMPRESSED_BLOCK - 1);
      if (word & ~(UNCOMPRESSED_BLOCK | (UNCOMPRESSED_BLOCK - 1)))
        throw new SquashfsError(`inode ${file.inode}: a block size word ${word} has unknown bits`);
      if (stored === 0) parts.push(Buffer.alloc(want));
      else {
        if (stored > blockSize || position + stored > inodeTable || position < SUPERBLOCK_SIZE)
          throw new SquashfsError(`inode ${file.inode}: a data block of ${stored} bytes at byte ${position} is outside the data area`);
        const raw = await this.source.read(position, stored);
        if (raw.length < stored) throw new SquashfsError(`inode ${file.inode}: the image ends inside a data block`);
        const data = word & UNCOMPRESSED_BLOCK ? raw : this.decompress(raw, blockSize, `inode ${file.inode}: a data block`);
        if (data.length !== want) throw new SquashfsError(`inode ${file.inode}: a data block holds ${data.length} bytes, not ${want}`);
        parts.push(data);
        position += stored;
      }
      remaining -= want;
    }
    if (remaining > 0) {
      if (!file.fragment) throw new SquashfsError(`inode ${file.inode}: ${remaining} bytes are in no block and no fragment`);
      const fragment = await this.fragment(file.fragment.index, file.inode);
      const { offset } = file.fragment;
      if (offset + remaining > fragment.length)
        throw new SquashfsError(
          `inode ${file.inode}: its tail of ${remaining} bytes at ${offset} is outside its fragment (${fragment.length} bytes)`,
        );
      parts.push(fragment.subarray(offset, offset + remaining));
    }
    return Buffer.concat(parts);
  }

  /** Fragment block `index`, decompressed. */
  private async fragment(index: number, inode: number): Promise<Buffer> {
    const { fragmentTable, fragmentCount, blockSize, inodeTable, bytesUsed } = this.superblock;
    if (fragmentTable === undefined || index >= fragmentCount) throw new SquashfsError(`inode ${inode}: fragment ${index} does not exist`);
    if (!this.fragmentIndex) {
      // The index: one 8-byte location per metadata block of 512 entries, right at fragmentTable.
      const blocks = Math.ceil(fragmentCount / 512);
      if (fragmentTable + blocks * 8 > bytesUsed) throw new SquashfsError('the fragment table index runs past the image');
      const raw = await this.source.read(fragmentTable, blocks * 8);
      this.fragmentIndex = Array.from({ length: blocks }, (_, i) => u64(raw, i * 8, 'a fragment table block'));
    }
    const location = this.fragmentIndex[Math.floor(index / 512)];
    if (location === undefined || location >= fragmentTable || location < this.superblock.directoryTable)
      throw new SquashfsError(`inode ${inode}: the fragment table block for fragment ${index} is outside the fragment table`);
    const entry = await this.metadata(location, (index % 512) * 16, 16, fragmentTable, 'the fragment table');
    const start = u64(entry, 0, 'a fragment start');
    const word = entry.readUInt32LE(8);
    const stored = word & (UNCOMPRESSED_BLOCK - 1);
    if (stored === 0 || stored > blockSize || start < SUPERBLOCK_SIZE || start + stored > inodeTable)
      throw new SquashfsError(`fragment ${index}: ${stored} bytes at byte ${start} are outside the data area`);
    const raw = await this.source.read(start, stored);
    if (raw.length < stored) throw new SquashfsError(`fragment ${index}: the image ends inside it`);
    return word & UNCOMPRESSED_BLOCK ? raw : this.decompress(raw, blockSize, `fragment ${index}`);
  }
}
