// The SquashFS reader (src/iso/squashfs.ts) against images made by the real
// writer (mksquashfs, with -xattrs as Image Customizer runs it, gzip and zstd)
// and read back by the real reader (unsquashfs), then against images broken
// on purpose: each must be an error, never a hang or a read outside the image.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countingSource } from '../../src/iso/owned-check.js';
import { bufferSource } from '../../src/iso/source.js';
import { parseSuperblock, SquashfsError, SquashfsImage, type SquashfsNode } from '../../src/iso/squashfs.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'squashfs-'));
const root = path.join(scratch, 'root');
const BLOCK = 4096;

/** A tree with what the reader must handle: fragments and full blocks, a sparse block, links, nested and large directories, xattrs. */
function makeTree(): void {
  const put = (rel: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
  };
  put('etc/trident/config.yaml', 'image:\n  url: file:///trident_cdrom/os.cosi\n');
  put('etc/systemd/journald.conf.d/50-console.conf', '[Journal]\nForwardToConsole=yes\n');
  // More than one block: two full compressed blocks, a sparse one, an incompressible (stored) one, and a tail in a fragment.
  put('usr/share/big', Buffer.concat([Buffer.alloc(2 * BLOCK, 'abc'), Buffer.alloc(BLOCK), randomBytes(BLOCK), Buffer.from('tail')]));
  put('usr/share/exact', Buffer.alloc(BLOCK, 'x'));
  // Bulk the lookups must not read.
  put('usr/share/noise', randomBytes(256 * 1024));
  put('empty', '');
  put('a/b/c/d/e/deep.txt', 'deep\n');
  // A directory whose listing spans several metadata blocks and directory headers (256 entries each).
  for (let i = 0; i < 600; i++) put(`usr/lib/many/${'entry-with-a-long-name-'.repeat(2)}${i}`, `${i}\n`);
  symlinkSync('/run/initramfs/live', path.join(root, 'trident_cdrom'));
  symlinkSync('trident', path.join(root, 'etc/linked-dir'));
  symlinkSync('config.yaml', path.join(root, 'etc/trident/alias.yaml'));
  // Extended inodes: -xattrs keeps these (user.* on files, trusted.* on a directory, as root).
  execFileSync('python3', [
    '-c',
    'import os,sys; os.setxattr(sys.argv[1], "user.label", b"x"); os.setxattr(sys.argv[2], "user.label", b"y")',
    path.join(root, 'etc/trident/config.yaml'),
    path.join(root, 'usr/share/big'),
  ]);
}

function mksquashfs(name: string, ...options: string[]): string {
  const out = path.join(scratch, name);
  execFileSync('mksquashfs', [root, out, '-noappend', '-quiet', '-xattrs', '-b', String(BLOCK), ...options], { stdio: 'ignore' });
  return out;
}

/** unsquashfs's view: every path with its type, size and link target. */
function unsquashfsList(image: string): Map<string, { type: string; size: number; target?: string }> {
  const out = execFileSync('unsquashfs', ['-lls', '-d', '', image], { encoding: 'utf8' });
  const map = new Map<string, { type: string; size: number; target?: string }>();
  for (const line of out.split('\n')) {
    const m = /^([dl-])\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(\/.*?)(?: -> (.*))?$/.exec(line);
    if (!m) continue;
    const [, t, size, p, target] = m;
    map.set(p!, { type: t === 'd' ? 'directory' : t === 'l' ? 'symlink' : 'file', size: Number(size), ...(target ? { target } : {}) });
  }
  return map;
}

function sha(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function open(file: string): Promise<SquashfsImage> {
  return SquashfsImage.open(bufferSource(readFileSync(file)));
}

async function node(image: SquashfsImage, p: string): Promise<SquashfsNode> {
  const found = await image.lookup(p);
  if (!found.found) throw new Error(`${p}: ${JSON.stringify(found)}`);
  return found.node;
}

let images: Record<'gzip' | 'zstd', string>;
beforeAll(() => {
  makeTree();
  images = { gzip: mksquashfs('gzip.sq'), zstd: mksquashfs('zstd.sq', '-comp', 'zstd') };
});

describe.each(['gzip', 'zstd'] as const)('SquashfsImage on mksquashfs -xattrs images (%s)', (compressor) => {
  it('sees every path as unsquashfs lists it: type, size, link target; and each file holds the bytes unsquashfs -cat gives', async () => {
    const file = images[compressor];
    const image = await open(file);
    expect(image.superblock.compressor).toBe(compressor);
    const listed = unsquashfsList(file);
    expect(listed.size).toBeGreaterThan(600);
    const checked: string[] = [];
    for (const [p, want] of listed) {
      if (p === '/') continue;
      const n = await node(image, p);
      expect(n.kind, p).toBe(want.type);
      if (n.kind === 'symlink') expect(n.target, p).toBe(want.target);
      if (n.kind === 'file') {
        expect(n.size, p).toBe(want.size);
        // Every file outside the large directory, and a sample of it: each compared with unsquashfs -cat.
        if (!p.includes('/many/') || p.endsWith('-599') || p.endsWith('-0')) {
          const data = await image.readFile(n);
          const cat = execFileSync('unsquashfs', ['-cat', file, p.slice(1)], { maxBuffer: 1 << 24 });
          expect(sha(data), p).toBe(sha(cat));
          checked.push(p);
        }
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['/etc/trident/config.yaml', '/usr/share/big', '/usr/share/exact', '/empty', '/a/b/c/d/e/deep.txt']),
    );
  });

  it('lstat semantics: a link is reported as the link, and a link in a parent stops the lookup, named', async () => {
    const image = await open(images[compressor]);
    expect(await node(image, '/etc/trident/alias.yaml')).toMatchObject({ kind: 'symlink', target: 'config.yaml' });
    expect(await image.lookup('/etc/linked-dir/config.yaml')).toEqual({
      found: false,
      reason: 'symlink-parent',
      at: '/etc/linked-dir',
      target: 'trident',
    });
    expect(await image.lookup('/trident_cdrom/x')).toEqual({
      found: false,
      reason: 'symlink-parent',
      at: '/trident_cdrom',
      target: '/run/initramfs/live',
    });
    expect(await image.lookup('/etc/nothing/config.yaml')).toEqual({ found: false, reason: 'missing', at: '/etc/nothing' });
    expect(await image.lookup('/empty/x')).toEqual({ found: false, reason: 'not-directory', at: '/empty', type: 'file' });
  });

  it('reads only what a lookup needs: a few metadata blocks and the file, not the image', async () => {
    const source = countingSource(bufferSource(readFileSync(images[compressor])));
    const image = await SquashfsImage.open(source);
    const n = await node(image, '/etc/trident/config.yaml');
    if (n.kind !== 'file') throw new Error('not a file');
    await image.readFile(n);
    expect(source.bytesRead).toBeLessThan(64 * 1024);
    expect(source.size).toBeGreaterThan(4 * source.bytesRead);
  });
});

describe('SquashfsImage refuses what it cannot or must not read', () => {
  it('another compressor (xz, lzo, lz4): an error naming it and the two read', async () => {
    const file = mksquashfs('xz.sq', '-comp', 'xz');
    await expect(open(file)).rejects.toThrow(/compressed with xz; the action reads gzip .* and zstd only/);
  });

  it('not SquashFS, another version, a bad block size, tables out of order or outside the image', () => {
    const good = readFileSync(images.gzip);
    const broken = (edit: (b: Buffer) => void) => {
      const b = Buffer.from(good.subarray(0, 96));
      edit(b);
      return () => parseSuperblock(b, good.length);
    };
    expect(() => parseSuperblock(Buffer.alloc(10), 10)).toThrow(SquashfsError);
    expect(broken((b) => b.writeUInt32LE(0, 0))).toThrow(/no SquashFS magic/);
    expect(broken((b) => b.writeUInt16LE(3, 28))).toThrow(/version 3\.0/);
    expect(broken((b) => b.writeUInt32LE(12345, 12))).toThrow(/block size 12345/);
    expect(broken((b) => b.writeBigUInt64LE(BigInt(good.length) * 2n, 40))).toThrow(/bytes are used/);
    expect(broken((b) => b.writeBigUInt64LE(b.readBigUInt64LE(72) + 1_000_000n, 64))).toThrow(/not in order/);
    expect(broken((b) => b.writeBigUInt64LE(0xfffffffffffffffen, 72))).toThrow(/not a usable offset/);
  });

  it('truncated images: an error at the first read that falls outside, for every cut', async () => {
    const good = readFileSync(images.zstd);
    const used = parseSuperblock(good, good.length).bytesUsed;
    for (const cut of [50, 200, Math.floor(used / 2), used - 300, used - 1]) {
      const outcome = await (async () => {
        const image = await SquashfsImage.open(bufferSource(good.subarray(0, cut)));
        const n = await node(image, '/usr/share/big');
        if (n.kind === 'file') await image.readFile(n);
      })().then(
        () => 'read',
        (e: unknown) => e,
      );
      expect(outcome, `cut at ${cut}`).toBeInstanceOf(SquashfsError);
    }
  });

  it('corrupted bytes anywhere in the tables: an error or a different answer, never a hang or another kind of exception', async () => {
    const good = readFileSync(images.gzip);
    const sb = parseSuperblock(good, good.length);
    let errors = 0;
    for (let i = 0; i < 300; i++) {
      const b = Buffer.from(good);
      // Bytes of the inode and directory tables and the fragment table, overwritten at random.
      const at = sb.inodeTable + Math.floor(Math.random() * (sb.bytesUsed - sb.inodeTable));
      randomBytes(4).copy(b, Math.min(at, b.length - 4));
      const outcome = await (async () => {
        const image = await SquashfsImage.open(bufferSource(b));
        for (const p of ['/etc/trident/config.yaml', '/usr/share/big', '/trident_cdrom', `/usr/lib/many/${'entry-with-a-long-name-'.repeat(2)}599`]) {
          const found = await image.lookup(p);
          if (found.found && found.node.kind === 'file') await image.readFile(found.node);
        }
      })().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (outcome !== undefined) {
        expect(outcome).toBeInstanceOf(SquashfsError);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  it('a directory entry that points back at the root (a loop): the lookup ends within its components, never loops', async () => {
    // Uncompressed metadata (-noI), so the listing of /a can be edited: its one entry, "b", is pointed at the root.
    const good = readFileSync(mksquashfs('plain.sq', '-noI'));
    const sb = parseSuperblock(good, good.length);
    const b = Buffer.from(good);
    // An entry: offset u16, inode delta i16, type u16 (1: directory), name size - 1 u16 (0), name "b".
    const entry = b.indexOf(Buffer.from([1, 0, 0, 0, 0x62]), sb.directoryTable) - 4;
    expect(entry).toBeGreaterThan(sb.directoryTable);
    b.writeUInt32LE(Number(sb.rootInode >> 16n), entry - 8); // the header's inode block
    b.writeUInt16LE(Number(sb.rootInode & 0xffffn), entry); // the entry's offset in it
    const image = await SquashfsImage.open(bufferSource(b));
    expect(await node(image, '/a/b/etc/trident/config.yaml')).toMatchObject({ kind: 'file' });
    const loop = `/${Array.from({ length: 32 }, () => 'a/b').join('/')}`;
    expect(await node(image, loop)).toMatchObject({ kind: 'directory' });
    await expect(image.lookup(`${loop}/a`)).rejects.toThrow(/cannot look up/);
  });

  it('huge counts: a listing size past the cap, a fragment count past the table, a metadata block of size 0', async () => {
    const good = readFileSync(images.gzip);
    const small = {
      maxMetadataBytes: 16 * 1024,
      maxDirectoryBytes: 4096,
      maxComponents: 8,
      maxFileBytes: 1024,
      maxHashedFileBytes: 1024,
      maxLinkBytes: 64,
    };
    const image = await SquashfsImage.open(bufferSource(good), small);
    await expect(image.lookup(`/usr/lib/many/x`)).rejects.toThrow(/listing of \d+ bytes, more than the 4096|more than 16384 bytes of metadata/);
    const big = await node(
      await SquashfsImage.open(bufferSource(good), { ...small, maxDirectoryBytes: 1 << 20, maxMetadataBytes: 1 << 20 }),
      '/usr/share/big',
    );
    expect(big).toMatchObject({ kind: 'file', size: 4 * BLOCK + 4, blockSizes: [] });
    // A file too large to read into memory is hashed a block at a time, up to its own cap.
    const hashing = await SquashfsImage.open(bufferSource(good), {
      ...small,
      maxDirectoryBytes: 1 << 20,
      maxMetadataBytes: 1 << 20,
      maxHashedFileBytes: 1 << 20,
    });
    const bigFile = (await node(hashing, '/usr/share/big')) as Extract<SquashfsNode, { kind: 'file' }>;
    expect(await hashing.sha256(bigFile)).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(root, 'usr/share/big')))
        .digest('hex'),
    );
    await expect(hashing.readFile(bigFile)).rejects.toThrow(/more than this reader reads/);
    await expect(image.sha256(big as Extract<SquashfsNode, { kind: 'file' }>)).rejects.toThrow(/more than this reader hashes/);
    const b = Buffer.from(good);
    b.writeUInt32LE(0x7fffffff, 16); // fragment count
    b.writeBigUInt64LE(BigInt(parseSuperblock(good, good.length).bytesUsed - 8), 80); // the fragment table index at the very end
    const huge = await SquashfsImage.open(bufferSource(b));
    const n = await node(huge, '/etc/trident/config.yaml').catch((e: unknown) => e);
    const read = n instanceof Error ? n : await huge.readFile(n as Extract<SquashfsNode, { kind: 'file' }>).catch((e: unknown) => e);
    expect(read).toBeInstanceOf(SquashfsError);
    const zero = Buffer.from(good);
    const sb = parseSuperblock(zero, zero.length);
    zero.writeUInt16LE(0, sb.inodeTable + Number(sb.rootInode >> 16n));
    await expect(SquashfsImage.open(bufferSource(zero)).then((i) => i.lookup('/etc'))).rejects.toThrow(/metadata block of 0 bytes/);
  });
});
