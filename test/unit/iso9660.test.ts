// The ISO 9660 reader (src/iso/iso9660.ts) against images made by the real
// writers (cdrkit's mkisofs, which Image Customizer runs, and xorriso's
// emulation of it) and read back by the real readers (isoinfo), then against
// images broken on purpose: it must refuse them, not loop or read outside the image.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFile, IsoFormatError, readIsoVolume, type IsoFile, type IsoVolume } from '../../src/iso/iso9660.js';
import { bufferSource, openFileSource, type ByteSource } from '../../src/iso/source.js';
import { extractWithIsoinfo, listWithIsoinfo, makeIso, type IsoWriter } from '../support/iso-tools.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'iso9660-'));
let counter = 0;
const isoPath = () => path.join(scratch, `t${++counter}.iso`);

const deep = '/a/b/c/d/e/f/g/h/i/j/k/deep-file.txt';
const longName = `/${'long-name-'.repeat(24)}end.yaml`;
const FILES: Record<string, string | Buffer> = {
  '/images/azure-linux.cosi': Buffer.alloc(300_000, 7),
  '/trident-config.yaml': 'storage: {}\n',
  '/boot/grub2/grub.cfg': 'set timeout=0\n',
  '/liveos/rootfs.img': Buffer.from('squashfs'),
  '/MixedCase File.txt': 'spaces and case\n',
  '/empty': '',
  [deep]: 'eleven levels down\n',
  [longName]: 'a 254-character Rock Ridge name\n',
};

async function read(file: string): Promise<{ volume: IsoVolume; source: ByteSource & { close(): Promise<void> } }> {
  const source = openFileSource(file);
  return { volume: await readIsoVolume(source), source };
}

async function contents(source: ByteSource, file: IsoFile): Promise<Buffer> {
  return Buffer.concat(await Promise.all(file.extents.map((e) => source.read(e.offset, e.size))));
}

describe.each<IsoWriter>(['genisoimage', 'xorriso'])('readIsoVolume on %s images', (writer) => {
  it("with Image Customizer's flags (-R -l -D -J -joliet-long): the Rock Ridge names, and each file's bytes where its extents say, as isoinfo reads them", async () => {
    const iso = makeIso(isoPath(), FILES, { writer });
    const { volume, source } = await read(iso);
    try {
      expect(volume.names).toBe('rock-ridge');
      expect(volume.volumeId).toBe('CDROM');
      expect(volume.files.map((f) => f.path)).toEqual(Object.keys(FILES).sort());
      // isoinfo lists directories too; every file it lists is one the reader found.
      expect(listWithIsoinfo(iso).filter((p) => p in FILES)).toEqual(volume.files.map((f) => f.path));
      for (const file of volume.files) {
        const bytes = await contents(source, file);
        expect(bytes.equals(Buffer.from(FILES[file.path]!)), file.path).toBe(true);
        expect(bytes.equals(extractWithIsoinfo(iso, file.path)), file.path).toBe(true);
        expect(file.extents).toHaveLength(1);
        expect(file.extents[0]!.offset % 2048).toBe(0);
      }
      expect(findFile(volume, '/images/azure-linux.cosi')?.size).toBe(300_000);
      expect(findFile(volume, '/IMAGES/AZURE-LINUX.COSI')).toBeUndefined();
    } finally {
      await source.close();
    }
  });
});

// xorriso's mkisofs emulation always writes Rock Ridge: images without it are cdrkit's.
describe('readIsoVolume without Rock Ridge (genisoimage)', () => {
  it('Joliet names when the image has no Rock Ridge (-J only)', async () => {
    const iso = makeIso(
      isoPath(),
      { '/images/azure-linux.cosi': 'x', '/Mixed Case.yaml': 'y' },
      { writer: 'genisoimage', flags: ['-J', '-joliet-long'] },
    );
    const { volume, source } = await read(iso);
    await source.close();
    expect(volume.names).toBe('joliet');
    expect(volume.files.map((f) => f.path)).toEqual(['/Mixed Case.yaml', '/images/azure-linux.cosi']);
  });

  it('plain ISO 9660 names without Rock Ridge or Joliet, found without regard to case', async () => {
    const iso = makeIso(isoPath(), { '/images/os.cosi': 'x', '/config.yaml': 'y' }, { writer: 'genisoimage', flags: ['-l'] });
    const { volume, source } = await read(iso);
    await source.close();
    expect(volume.names).toBe('iso9660');
    expect(volume.files.map((f) => f.path)).toEqual(['/CONFIG.YAML', '/IMAGES/OS.COSI']);
    expect(findFile(volume, '/config.yaml')?.path).toBe('/CONFIG.YAML');
  });
});

describe('readIsoVolume: Rock Ridge details', () => {
  it('follows a relocated deep directory (CL/RE) where the writer moved it (mkisofs -R without -D)', async () => {
    const iso = makeIso(isoPath(), { [deep]: 'deep\n', '/top.txt': 'top\n' }, { writer: 'genisoimage', flags: ['-R', '-l', '-J', '-joliet-long'] });
    const { volume, source } = await read(iso);
    try {
      expect(volume.files.map((f) => f.path)).toEqual(expect.arrayContaining([deep, '/top.txt']));
      expect((await contents(source, findFile(volume, deep)!)).toString()).toBe('deep\n');
    } finally {
      await source.close();
    }
  });

  it('joins the extents of a multi-extent file', async () => {
    // Two files, then their directory records edited into one file of two extents (what a writer does for files of 4 GiB and more).
    const iso = makeIso(isoPath(), { '/part1': 'first extent\n', '/part2': 'second extent\n' }, { writer: 'xorriso', flags: ['-R'] });
    const image = readFileSync(iso);
    const volume = await readIsoVolume(bufferSource(image));
    const [one, two] = [findFile(volume, '/part1')!, findFile(volume, '/part2')!];
    const rootRecord = image.subarray(16 * 2048 + 156, 16 * 2048 + 190);
    const rootStart = rootRecord.readUInt32LE(2) * 2048;
    const root = image.subarray(rootStart, rootStart + rootRecord.readUInt32LE(10));
    const recordOf = (extent: number) => {
      for (let at = 0; at < root.length && root[at]! > 0; at += root[at]!) if (root.readUInt32LE(at + 2) * 2048 === extent) return at;
      throw new Error('record not found');
    };
    const first = recordOf(one.extents[0]!.offset);
    const second = recordOf(two.extents[0]!.offset);
    root[first + 25] = root[first + 25]! | 0x80;
    const nm = root.indexOf('part2', second);
    root.write('part1', nm);
    const joined = await readIsoVolume(bufferSource(image));
    const file = findFile(joined, '/part1')!;
    expect(file.extents).toHaveLength(2);
    expect(file.size).toBe('first extent\n'.length + 'second extent\n'.length);
    expect((await contents(bufferSource(image), file)).toString()).toBe('first extent\nsecond extent\n');
    expect(findFile(joined, '/part2')).toBeUndefined();
  });
});

describe('readIsoVolume refuses a malformed image', () => {
  const small = () => readFileSync(makeIso(isoPath(), { '/dir/file.txt': 'hello\n', '/other.txt': 'x' }, { writer: 'xorriso', flags: ['-R'] }));
  const rootExtent = (image: Buffer) => image.readUInt32LE(16 * 2048 + 156 + 2) * 2048;
  const refuses = async (image: Buffer, message: RegExp) => {
    const error: unknown = await readIsoVolume(bufferSource(image)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsoFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('that is not an ISO 9660 image, or ends before its descriptors', async () => {
    await refuses(Buffer.alloc(40_000), /not an ISO 9660 image: no "CD001"/);
    await refuses(Buffer.alloc(1000), /ends before the volume descriptors/);
  });

  it('whose descriptors never end', async () => {
    const image = Buffer.alloc(100 * 2048);
    for (let i = 16; i < 100; i++) {
      image[i * 2048] = 0;
      image.write('CD001', i * 2048 + 1, 'latin1');
    }
    await refuses(image, /no volume descriptor set terminator within 64 descriptors/);
  });

  it('whose directory contains itself (a loop)', async () => {
    const image = small();
    const root = rootExtent(image);
    // Point the record of /dir at the root directory's own extent.
    const dir = image.indexOf('DIR', root) - 33;
    image.writeUInt32LE(root / 2048, dir + 2);
    image.writeUInt32BE(root / 2048, dir + 6);
    image.writeUInt32LE(2048, dir + 10);
    image.writeUInt32BE(2048, dir + 14);
    await refuses(image, /appears twice in the tree \(a loop\)/);
  });

  it('with an extent past the end of the image', async () => {
    const image = small();
    const file = image.indexOf('OTHER.TXT', rootExtent(image)) - 33;
    image.writeUInt32LE(0x00ffffff, file + 2);
    image.writeUInt32BE(0x00ffffff, file + 6);
    await refuses(image, /past the end of the image/);
  });

  it('whose both-endian fields disagree', async () => {
    const image = small();
    const file = image.indexOf('OTHER.TXT', rootExtent(image)) - 33;
    image.writeUInt32BE(12345, file + 14);
    await refuses(image, /little- and big-endian copies differ/);
  });

  it('with a record longer than its directory', async () => {
    const image = small();
    const root = rootExtent(image);
    const size = image.readUInt32LE(16 * 2048 + 156 + 10);
    let at = root;
    let last = root;
    while (at < root + size && image[at]! > 0) {
      last = at;
      at += image[at]!;
    }
    // The root directory's length, as the volume descriptor gives it, now ends inside its last record.
    const cut = last - root + 10;
    image.writeUInt32LE(cut, 16 * 2048 + 156 + 10);
    image.writeUInt32BE(cut, 16 * 2048 + 156 + 14);
    await refuses(image, /a directory record of \d+ bytes at byte \d+ does not fit/);
  });

  it('that is cut short', async () => {
    const image = small();
    await refuses(image.subarray(0, rootExtent(image) + 100), /past the end of the image|cut short/);
  });

  it('with more entries than the limits allow', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/f${i}`, 'x']));
    const image = readFileSync(makeIso(isoPath(), files, { writer: 'xorriso', flags: ['-R'] }));
    const error: unknown = await readIsoVolume(bufferSource(image), {
      maxEntries: 10,
      maxDepth: 64,
      maxDirectoryBytes: 1 << 20,
      maxTotalDirectoryBytes: 1 << 20,
      maxDescriptors: 64,
      maxContinuations: 16,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('more than 10 directory entries');
  });
});

describe('byte sources', () => {
  it('a file source reads what is there and no further', async () => {
    const file = path.join(scratch, 'bytes');
    writeFileSync(file, 'abcdef');
    const source = openFileSource(file);
    try {
      expect(source.size).toBe(6);
      expect((await source.read(2, 3)).toString()).toBe('cde');
      expect((await source.read(4, 100)).toString()).toBe('ef');
      expect((await source.read(6, 10)).length).toBe(0);
    } finally {
      await source.close();
    }
  });
});
