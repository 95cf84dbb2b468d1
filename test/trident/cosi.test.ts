import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCosi, checkCosiMetadata, MAX_ISO_FILE_SIZE, readCosi, type CosiInfo } from '../../src/trident/cosi.js';
import { validate as explainMetadata } from '../../src/data/validators/cosi-metadata.js';
import { schemaCheck } from '../../src/data/schema-check.js';
import rawSchema from '../../src/data/schemas/cosi-metadata-v1.2.schema.json' with { type: 'json' };
import { parsePax, parseTarHeader, TarFormatError } from '../../src/trident/tar.js';
import { judgeMutations } from '../support/mutate.js';
import { cosiEntries, paxRecords, SAMPLE_IMAGES, sampleMetadata, tarHeader, writeTar, type FixtureEntry } from './tar-fixture.js';

const run = promisify(execFile);
const SAMPLES = new URL('../fixtures/samples/cosi-metadata/', import.meta.url);
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort();
const loadSample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, SAMPLES), 'utf8'));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cosi-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cosiFile(name: string, entries: FixtureEntry[], options?: { end?: boolean }): Promise<string> {
  const file = join(dir, name);
  await writeTar(file, entries, options);
  return file;
}

describe('metadata.json against the COSI 1.2 schema (official samples)', () => {
  const valid = samples.filter((f) => f.startsWith('valid-'));
  it.each(valid)('%s is accepted', async (name) => {
    expect(await checkCosiMetadata(loadSample(name))).toEqual([]);
  });

  // Each invalid sample, the rule it breaks, and the problem that must name it.
  const invalid: [string, string, string][] = [
    ['invalid-gpt-missing-primary-region.json', 'the first GPT region is primary-gpt', '/disk/gptRegions/0/type'],
    ['invalid-invalid-lba-size.json', 'lbaSize is 512 or 4096', '/disk/lbaSize'],
    ['invalid-invalid-part-type-uuid.json', 'partType is a UUID', '/images/1/partType'],
    ['invalid-missing-image-path-prefix.json', 'image paths start with images/', '/images/0/image/path'],
    ['invalid-missing-os-arch.json', 'osArch is required', ''],
    ['invalid-missing-os-packages.json', 'osPackages is required', ''],
    ['invalid-os-package-missing-arch.json', 'each package has an arch', '/osPackages/0'],
    ['invalid-partition-region-missing-number.json', 'a partition region has a number', '/disk/gptRegions/1'],
    ['invalid-short-sha384.json', 'sha384 is 96 hex digits', '/images/0/image/sha384'],
    ['invalid-systemd-boot-missing-config.json', 'systemd-boot needs its systemdBoot entries', '/bootloader'],
    ['invalid-unknown-bootloader-type.json', 'bootloader type is systemd-boot or grub', '/bootloader/type'],
    ['invalid-wrong-version.json', 'version is "1.2"', '/version'],
  ];

  it('is judged alike by the yes-or-no check (src/data/schema-check.ts) and the explaining validator, on every sample and 1000 mutations of the valid ones', () => {
    const acceptsMetadata = schemaCheck({ schema: rawSchema, strictNumbers: true });
    const all = samples.map(loadSample);
    expect(all.map((value) => acceptsMetadata(value))).toEqual(all.map((value) => explainMetadata(value)));
    const { disagreements, tally } = judgeMutations(valid.map(loadSample), 1000, (value) => [acceptsMetadata(value), explainMetadata(value)]);
    expect(disagreements).toEqual([]);
    expect(tally.valid).toBeGreaterThan(100);
    expect(tally.invalid).toBeGreaterThan(100);
  });

  it('every invalid sample has a rule in this table', () => {
    expect(invalid.map(([name]) => name).sort()).toEqual(samples.filter((f) => f.startsWith('invalid-')));
  });

  it.each(invalid)('%s is rejected: %s', async (name, _rule, path) => {
    const problems = await checkCosiMetadata(loadSample(name));
    expect(problems.map((p) => p.path)).toContain(path);
  });

  it('messages are specific', async () => {
    expect(await checkCosiMetadata(loadSample('invalid-missing-os-arch.json'))).toEqual([{ path: '', message: 'missing required key "osArch"' }]);
    expect(await checkCosiMetadata(loadSample('invalid-wrong-version.json'))).toEqual([{ path: '/version', message: 'must be "1.2"' }]);
    expect(await checkCosiMetadata(loadSample('invalid-invalid-lba-size.json'))).toEqual([{ path: '/disk/lbaSize', message: 'must be 512 or 4096' }]);
    // The failed `contains` is one message, not one per region that is not primary-gpt.
    expect(await checkCosiMetadata(loadSample('invalid-gpt-missing-primary-region.json'))).toEqual([
      { path: '/disk/gptRegions/0/type', message: 'must be "primary-gpt"' },
      { path: '/disk/gptRegions', message: 'must contain at least 1 and no more than 1 valid item(s)' },
    ]);
  });
});

describe('readCosi and checkCosi on real tar files', () => {
  it('reads a valid COSI: entries in order, metadata and its SHA-384, and finds nothing wrong', async () => {
    const metadata = sampleMetadata();
    const file = await cosiFile('valid.cosi', cosiEntries(metadata));
    const info = await readCosi(file);
    expect(info.entries).toEqual(['cosi-marker', 'metadata.json', ...SAMPLE_IMAGES]);
    expect(info.firstEntry).toBe('cosi-marker');
    expect(info.size).toBe((await stat(file)).size);
    expect(info.metadataText).toBe(metadata);
    expect(info.metadataSha384).toBe(createHash('sha384').update(Buffer.from(metadata)).digest('hex'));
    expect(info.metadata).toEqual(JSON.parse(metadata));
    expect(await checkCosi(info, 'linux/amd64')).toEqual([]);
  });

  it('a COSI whose first entry is not cosi-marker', async () => {
    const [marker, ...rest] = cosiEntries();
    const info = await readCosi(await cosiFile('marker-second.cosi', [...rest.slice(0, 1), marker!, ...rest.slice(1)]));
    expect(await checkCosi(info, 'linux/amd64')).toEqual([
      { path: '', message: 'the first entry is "metadata.json", not "cosi-marker" (which is at position 2); a COSI must start with it' },
    ]);
  });

  it('a COSI without metadata.json', async () => {
    const info = await readCosi(
      await cosiFile(
        'no-metadata.cosi',
        cosiEntries().filter((e) => e.name !== 'metadata.json'),
      ),
    );
    expect(info.metadataText).toBe('');
    expect(info.metadataSha384).toBe('');
    expect(await checkCosi(info, 'linux/amd64')).toEqual([{ path: '/metadata.json', message: 'the archive has no metadata.json entry' }]);
  });

  it('a COSI whose metadata.json is not JSON', async () => {
    const info = await readCosi(await cosiFile('bad-json.cosi', cosiEntries('{"version": "1.2",')));
    expect(await checkCosi(info, 'linux/amd64')).toEqual([{ path: '/metadata.json', message: expect.stringMatching(/^is not valid JSON: /) }]);
  });

  it('a COSI whose metadata breaks the schema reports paths inside metadata.json', async () => {
    const info = await readCosi(await cosiFile('bad-version.cosi', cosiEntries(sampleMetadata().replace('"1.2"', '"2.0"'))));
    expect(await checkCosi(info, 'linux/amd64')).toEqual([{ path: '/metadata.json/version', message: 'must be "1.2"' }]);
  });

  it('a COSI for the wrong architecture', async () => {
    const info = await readCosi(await cosiFile('arm.cosi', cosiEntries(sampleMetadata('aarch64'))));
    expect(await checkCosi(info, 'linux/arm64')).toEqual([]);
    expect(await checkCosi(info, 'linux/amd64')).toEqual([
      { path: '/metadata.json/osArch', message: 'the OS is aarch64 (linux/arm64), but platform is linux/amd64' },
    ]);
    const x64 = { ...info, metadata: { ...(info.metadata as object), osArch: 'AMD64' } };
    expect(await checkCosi(x64, 'linux/amd64')).toEqual([]);
    expect((await checkCosi(x64, 'linux/arm64')).map((p) => p.path)).toEqual(['/metadata.json/osArch']);
  });

  it('a COSI missing an image its metadata names', async () => {
    const info = await readCosi(
      await cosiFile(
        'missing-image.cosi',
        cosiEntries().filter((e) => e.name !== 'images/esp.rawzst'),
      ),
    );
    expect(await checkCosi(info, 'linux/amd64')).toEqual([
      { path: '/metadata.json/images/0/image/path', message: 'names "images/esp.rawzst", which is not in the archive' },
      { path: '/metadata.json/disk/gptRegions/1/image/path', message: 'names "images/esp.rawzst", which is not in the archive' },
    ]);
  });

  it('a truncated COSI (cut inside an image) is an error, not a short listing', async () => {
    const file = await cosiFile('whole.cosi', cosiEntries());
    const cut = join(dir, 'truncated.cosi');
    const whole = readFileSync(file);
    // Layout ends: last header, one data block, two zero blocks. Keep 12 bytes of that data block.
    const keep = whole.length - 1024 - 500;
    await writeFile(cut, whole.subarray(0, keep));
    await expect(readCosi(cut)).rejects.toThrow(
      new RegExp(`^truncated tar archive: entry "images/root.rawzst" needs \\d+ bytes from byte ${keep - 12}, but the file ends at byte ${keep}$`),
    );
  });

  it('a COSI cut inside a header is an error', async () => {
    const file = await cosiFile('whole2.cosi', cosiEntries());
    const cut = join(dir, 'cut-header.cosi');
    await writeFile(cut, readFileSync(file).subarray(0, 512 + 200));
    await expect(readCosi(cut)).rejects.toThrow(/^truncated tar archive: a header at byte 512 is cut short$/);
  });

  it('a file that is not a tar, a compressed COSI, and an empty file are errors', async () => {
    const text = join(dir, 'text.cosi');
    await writeFile(text, 'hello '.repeat(200));
    await expect(readCosi(text)).rejects.toThrow(/^not a tar archive \(header checksum does not match\); a COSI is an uncompressed tar$/);
    const zst = join(dir, 'zst.cosi');
    await writeFile(zst, Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(1020, 7)]));
    await expect(readCosi(zst)).rejects.toThrow(/it is zstd-compressed/);
    const empty = join(dir, 'empty.cosi');
    await writeFile(empty, '');
    await expect(readCosi(empty)).rejects.toThrow(/empty/);
    await expect(readCosi(join(dir, 'absent.cosi'))).rejects.toThrow(/ENOENT/);
  });

  it('an empty tar archive has no entries and fails the marker check', async () => {
    const info = await readCosi(await cosiFile('empty-tar.cosi', []));
    expect(info.entries).toEqual([]);
    expect((await checkCosi(info, 'linux/amd64'))[0]).toEqual({
      path: '',
      message: 'the tar archive is empty; a COSI starts with the entry "cosi-marker"',
    });
  });

  it('an archive without the closing zero blocks still lists', async () => {
    const info = await readCosi(await cosiFile('no-end.cosi', cosiEntries(), { end: false }));
    expect(await checkCosi(info, 'linux/amd64')).toEqual([]);
  });

  it('a 5 GiB COSI (sparse) is read from its headers alone and fails the ISO size limit with the numbers', async () => {
    const big = 5 * 2 ** 30;
    const entries = cosiEntries().map((e) => (e.name === 'images/root.rawzst' ? { name: e.name, sparseSize: big } : e));
    const file = await cosiFile('huge.cosi', entries);
    const probe = await open(file);
    const prototype = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => unknown };
    await probe.close();
    const read = vi.spyOn(prototype, 'read');
    try {
      const info = await readCosi(file);
      // What "quickly" stood for: only headers and metadata.json are read, never the 5 GiB of images.
      const bytesRead = read.mock.calls.reduce((sum, args) => sum + Number(args[2] ?? 0), 0);
      expect(bytesRead).toBeLessThan(64 * 1024);
      expect(info.size).toBe((await stat(file)).size);
      expect(info.size).toBeGreaterThan(big);
      expect((await stat(file)).blocks * 512).toBeLessThan(1024 * 1024); // sparse: the test costs no disk
      expect(await checkCosi(info, 'linux/amd64')).toEqual([
        {
          path: '',
          message: `the COSI is ${info.size} bytes (5.00 GiB); an ISO 9660 image holds files of at most 4294967295 bytes (4 GiB - 1), so it cannot be put on the ISO`,
        },
      ]);
    } finally {
      read.mockRestore();
    }
  });

  it('the size limit is 4 GiB - 1 exactly', async () => {
    const info: CosiInfo = {
      size: MAX_ISO_FILE_SIZE,
      entries: ['cosi-marker', 'metadata.json'],
      firstEntry: 'cosi-marker',
      metadataText: '',
      metadataSha384: '',
      metadata: undefined,
    };
    const sizeProblems = async (size: number): Promise<number> =>
      (await checkCosi({ ...info, size }, 'linux/amd64')).filter((p) => p.message.includes('ISO 9660')).length;
    expect(MAX_ISO_FILE_SIZE).toBe(4294967295);
    expect(await sizeProblems(MAX_ISO_FILE_SIZE)).toBe(0);
    expect(await sizeProblems(MAX_ISO_FILE_SIZE + 1)).toBe(1);
  });
});

describe('tar dialects', () => {
  const longName = `images/${'very-long-partition-image-name-'.repeat(5)}root.rawzst`;

  async function systemTar(name: string, format: string, files: [string, string][]): Promise<string> {
    const src = join(dir, `${name}-src`);
    await mkdir(join(src, 'images'), { recursive: true });
    for (const [path, content] of files) await writeFile(join(src, path), content);
    const out = join(dir, `${name}.cosi`);
    await run('tar', [`--format=${format}`, '-cf', out, '-C', src, ...files.map(([path]) => path)]);
    return out;
  }

  it.each(['gnu', 'pax', 'ustar'])('reads what GNU tar writes in %s format, long names included', async (format) => {
    const metadata = sampleMetadata();
    const name = format === 'ustar' ? 'images/root.rawzst' : longName;
    const file = await systemTar(format, format, [
      ['cosi-marker', ''],
      ['metadata.json', metadata],
      [name, 'data'],
    ]);
    const info = await readCosi(file);
    expect(info.entries).toEqual(['cosi-marker', 'metadata.json', name]);
    expect(info.metadataSha384).toBe(createHash('sha384').update(metadata).digest('hex'));
  });

  it('strips the ./ that `tar -C dir .` writes, as Trident does', async () => {
    const src = join(dir, 'dot-src');
    await mkdir(src, { recursive: true });
    await writeFile(join(src, 'cosi-marker'), '');
    await writeFile(join(src, 'metadata.json'), '{}');
    const out = join(dir, 'dot.cosi');
    await run('tar', ['-cf', out, '-C', src, './cosi-marker', './metadata.json']);
    const info = await readCosi(out);
    expect(info.entries).toEqual(['cosi-marker', 'metadata.json']);
    expect(info.metadata).toEqual({});
  });

  it('a pax size record overrides the header size when skipping data', async () => {
    const data = 'x'.repeat(1500);
    const file = await cosiFile('pax-size.cosi', [
      { name: 'cosi-marker', data: '' },
      { name: 'PaxHeaders/big', type: 'x', data: paxRecords({ size: String(data.length), path: 'images/big.rawzst' }) },
      { name: 'ignored-name', data, headerSize: 0 },
      { name: 'metadata.json', data: '{}' },
    ]);
    const info = await readCosi(file);
    expect(info.entries).toEqual(['cosi-marker', 'images/big.rawzst', 'metadata.json']);
    expect(info.metadata).toEqual({});
  });

  it('parses GNU base-256 sizes (entries over 8 GiB)', () => {
    const block = tarHeader('images/huge', 0);
    const size = 9 * 2 ** 30;
    block.fill(0, 124, 136);
    block[124] = 0x80;
    block.writeUIntBE(size, 136 - 6, 6);
    block.fill(0x20, 148, 156);
    const sum = block.reduce((a, b) => a + b, 0);
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    expect(parseTarHeader(block)).toEqual({ name: 'images/huge', size, type: '0', dialect: 'ustar' });
  });

  // Issue 11, class 5 (round two): a COSI that this reader and Trident's (the Rust tar crate, alexcrichton/tar-rs
  // 0.4.4x: src/archive.rs next_entry, src/entry.rs path_bytes, src/pax.rs, src/header.rs) would read differently.
  // In each, tar-rs finds an entry named metadata.json holding EVIL before the checked one; each is refused.
  const EVIL = '{"version": "1.2", "unchecked": true}';
  const pax = (records: string): FixtureEntry => ({ name: 'PaxHeaders/x', type: 'x', data: records });
  const gnuLongName = (name: string): FixtureEntry => ({ name: '././@LongLink', type: 'L', data: name });
  const checked = { name: 'metadata.json', data: sampleMetadata() };
  const decoy = (name = 'decoy'): FixtureEntry => ({ name, data: EVIL });
  it.each<{ name: string; entries: FixtureEntry[]; refused: RegExp; alone?: boolean }>([
    {
      name: 'a pax header naming path twice (tar-rs takes the first, a length walk the last)',
      entries: [pax(paxRecords({ path: 'metadata.json' }) + paxRecords({ path: 'decoy' })), decoy('x')],
      refused: /malformed pax extended header: its record at byte 22 key 'path' appears again/,
    },
    {
      name: 'a pax record whose value holds a newline (tar-rs splits records at newlines)',
      entries: [pax(`35 comment=x\n22 path=metadata.json\n${paxRecords({ path: 'decoy' })}`), decoy('x')],
      refused: /its record at byte 0 holds a newline before its end/,
    },
    {
      name: 'a pax size given twice (tar-rs would walk another entry stream)',
      entries: [pax(paxRecords({ size: '0' }) + paxRecords({ size: '512' })), decoy('x')],
      refused: /key 'size' appears again/,
    },
    {
      name: "a pax size of '+59' (Rust's u64 parse takes the sign; this reader took the header size)",
      entries: [pax(paxRecords({ size: '+59' })), decoy('x')],
      refused: /size '\+59' is not decimal digits/,
    },
    {
      name: 'a GNU long name and a pax path for one entry (tar-rs prefers the long name)',
      entries: [gnuLongName('metadata.json\0'), pax(paxRecords({ path: 'decoy' })), decoy('x')],
      refused: /has two extended headers \(a GNU long name and a pax extended header\)/,
    },
    {
      name: 'two GNU long names for one entry',
      entries: [gnuLongName('decoy\0'), gnuLongName('metadata.json\0'), decoy('x')],
      refused: /two extended headers \(a GNU long name and a GNU long name\)/,
    },
    {
      name: 'a GNU long name with a NUL inside (tar-rs keeps all but one trailing NUL)',
      entries: [gnuLongName('metadata.json\0junk\0'), decoy('x')],
      refused: /a GNU long name holds a NUL before its end/,
    },
    {
      name: 'a pax global header named metadata.json (tar-rs lists it as an entry)',
      entries: [{ name: 'metadata.json', type: 'g', data: EVIL }],
      refused: /entry "metadata\.json" is a pax global header/,
    },
    {
      name: 'a GNU long name in a v7 header (tar-rs reads it as an entry named by its header)',
      entries: [{ name: 'metadata.json', type: 'L', data: EVIL, dialect: 'v7' }, decoy('x')],
      refused: /the tar header at byte 512 is neither POSIX ustar nor GNU/,
    },
    {
      name: "a ustar magic with version 'xx' and a name prefix (tar-rs ignores the prefix)",
      entries: [{ name: 'metadata.json', prefix: 'decoy', data: EVIL, dialect: 'ustar-version-xx' }],
      refused: /neither POSIX ustar nor GNU/,
    },
    {
      name: 'a pax header and then the end of the archive',
      entries: [checked, pax(paxRecords({ path: 'images/late' }))],
      alone: true,
      refused: /describes no entry: the archive ends after it/,
    },
  ])('class 5: $name is refused', async ({ name, entries, refused, alone }) => {
    const file = await cosiFile(`${name.replace(/\W+/g, '-').slice(0, 60)}.cosi`, [
      { name: 'cosi-marker', data: '' },
      ...entries,
      ...(alone ? [] : [checked]),
    ]);
    await expect(readCosi(file)).rejects.toThrow(refused);
  });

  it('class 5: a name that is not UTF-8 is refused, not decoded to a look-alike', async () => {
    const file = join(dir, 'latin1.cosi');
    const header = tarHeader('images/x', 0);
    header[7] = 0xff;
    header.fill(0x20, 148, 156);
    header.write(
      `${header
        .reduce((a, b) => a + b, 0)
        .toString(8)
        .padStart(6, '0')}\0 `,
      148,
      'ascii',
    );
    await writeFile(file, Buffer.concat([tarHeader('cosi-marker', 0), header, Buffer.alloc(1024)]));
    await expect(readCosi(file)).rejects.toThrow(/corrupt tar header at byte 512: a name is not valid UTF-8/);
  });

  it("class 5: a metadata.json with a repeated key (JSON.parse keeps the last, Trident's serde refuses it) is not usable, in any spelling of the key", async () => {
    const sample = sampleMetadata();
    for (const [text, pointer, key] of [
      [sample.replace('"osArch"', '"osArch": "aarch64", "osArch"'), '/metadata.json', 'osArch'],
      [sample.replace('"osArch"', '"os\\u0041rch": "aarch64", "osArch"'), '/metadata.json', 'osArch'],
      [sample.replace('"path"', '"path": "images/other.rawzst", "path"'), '/metadata.json/images/0/image', 'path'],
    ] as const) {
      const file = await cosiFile('repeated-key.cosi', cosiEntries(text));
      const info = await readCosi(file);
      expect(info.metadata).toBeDefined();
      expect(await checkCosi(info, 'linux/amd64')).toEqual([
        expect.objectContaining({ path: pointer, message: expect.stringContaining(`holds the key "${key}" twice`) }),
      ]);
    }
  });

  it('class 5: an empty size field is refused (tar-rs refuses it), not read as 0', () => {
    const block = tarHeader('metadata.json', 0);
    block.fill(0, 124, 136);
    block.fill(0x20, 148, 156);
    block.write(
      `${block
        .reduce((a, b) => a + b, 0)
        .toString(8)
        .padStart(6, '0')}\0 `,
      148,
      'ascii',
    );
    expect(() => parseTarHeader(block)).toThrow(/size field is not a number/);
  });

  it('rejects a header whose checksum is wrong, and a malformed pax record', () => {
    const block = tarHeader('a', 1);
    block[0] = 'b'.charCodeAt(0);
    expect(() => parseTarHeader(block)).toThrow(TarFormatError);
    expect(() => parsePax(Buffer.from('zz path=a\n'))).toThrow(TarFormatError);
  });
});
