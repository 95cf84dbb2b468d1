// The RPM header reader against real RPMs built by rpmbuild (their fields
// compared with what `rpm -qp` says of the same files) and against crafted
// and mutated bytes: a hostile file gets an RpmHeaderError, never a crash,
// a hang or a huge allocation.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeMainHeader,
  LEAD_SIZE,
  mainHeaderOffset,
  parseRpmBytes,
  readRpmHeader,
  RPM_LIMITS,
  RPMFILE,
  RpmHeaderError,
  RPMSENSE,
} from '../../src/trident/rpm-header.js';
import { buildSourceRpm, buildTridentRpms } from '../support/rpmbuild.cjs';

const RELEASE = 'dev.2026080799.v95639188c.azl3';
let dir: string;
let rpms: string[];
const byName = (name: string) => rpms.find((f) => path.basename(f).startsWith(`${name}-0.27.0`))!;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rpm-header-'));
  rpms = buildTridentRpms(path.join(dir, 'built'));
});

function rpmQuery(file: string, format: string): string {
  return execFileSync('rpm', ['-qp', '--nosignature', '--nodigest', '--qf', format, file], { encoding: 'utf8' });
}

describe('readRpmHeader on RPMs built by rpmbuild', () => {
  it('reads name, version, release, arch and epoch as rpm -qp does, for every package', async () => {
    expect(rpms).toHaveLength(7);
    for (const file of rpms) {
      const header = await readRpmHeader(file);
      const [name, version, release, arch, epoch, source] = rpmQuery(
        file,
        '%{NAME}\\n%{VERSION}\\n%{RELEASE}\\n%{ARCH}\\n%{EPOCH}\\n%{SOURCERPM}',
      ).split('\n');
      expect(header).toMatchObject({ name, version, release, arch, sourceRpm: source });
      expect(header.epoch).toBe(epoch === '(none)' ? undefined : Number(epoch));
    }
    expect(await readRpmHeader(byName('trident-selinux'))).toMatchObject({ name: 'trident-selinux', arch: 'noarch', release: RELEASE });
  });

  it('reads Requires and Provides, with trident.spec conditional Requires as one rich dependency', async () => {
    const trident = await readRpmHeader(byName('trident'));
    const requires = rpmQuery(byName('trident'), '[%{REQUIRENAME}\\n]').trim().split('\n');
    expect(trident.requires.map((r) => r.name)).toEqual(requires);
    expect(trident.requires.map((r) => r.name)).toContain(`(trident-selinux = 0.27.0-${RELEASE} if selinux-policy-targeted)`);
    expect(trident.requires).toContainEqual({ name: 'systemd', flags: expect.any(Number), version: '255' });
    expect(trident.requires.find((r) => r.name === 'systemd')!.flags & (RPMSENSE.GREATER | RPMSENSE.EQUAL)).toBe(RPMSENSE.GREATER | RPMSENSE.EQUAL);
    expect(trident.provides).toContainEqual({ name: 'trident', flags: RPMSENSE.EQUAL, version: `0.27.0-${RELEASE}` });

    const provisioning = await readRpmHeader(byName('trident-provisioning'));
    expect(provisioning.requires).toContainEqual({ name: 'trident', flags: RPMSENSE.EQUAL, version: `0.27.0-${RELEASE}` });
  });

  it('reads an epoch, another arch, and tells a source package by its missing SOURCERPM', async () => {
    const [aarch64] = buildTridentRpms(path.join(dir, 'epoch'), { epoch: 3, arch: 'aarch64', release: '1.azl3', packages: ['trident'] });
    expect(await readRpmHeader(aarch64!)).toMatchObject({ name: 'trident', epoch: 3, version: '0.27.0', release: '1.azl3', arch: 'aarch64' });
    const source = buildSourceRpm(path.join(dir, 'srpm'))!;
    const header = await readRpmHeader(source);
    expect(header.name).toBe('trident');
    expect(header.sourceRpm).toBeUndefined();
  });

  it('reads the file list as rpm -qp lists it: paths, modes, sizes, SHA-256 digests, link targets and flags (%dir, %ghost, a symbolic link)', async () => {
    for (const file of rpms) {
      const header = await readRpmHeader(file);
      const listed = rpmQuery(file, '[%{FILENAMES}\\t%{FILEMODES}\\t%{FILESIZES}\\t%{FILEDIGESTS}\\t%{FILELINKTOS}\\t%{FILEFLAGS}\\n]')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [p, mode, size, digest, linkTo, flags] = line.split('\t');
          return { path: p, mode: Number(mode), size: Number(size), digest, linkTo, flags: Number(flags) };
        });
      expect(header.files).toEqual(listed);
      expect(header.fileDigestAlgorithm).toBe(Number(rpmQuery(file, '%{FILEDIGESTALGO}')));
    }
    const trident = await readRpmHeader(byName('trident'));
    expect(trident.fileDigestAlgorithm).toBe(8);
    expect(trident.files.map((f) => [f.path, (f.mode & 0o170000).toString(8), f.linkTo])).toEqual([
      ['/etc/trident', '40000', ''],
      ['/usr/bin/trident', '100000', ''],
      ['/usr/lib/.build-id/5f/0123456789abcdef0123456789abcdef012345', '120000', '../../../../usr/bin/trident'],
    ]);
    const tridentBinary = trident.files[1]!;
    const sha256 = createHash('sha256');
    sha256.update(execFileSync('sh', ['-c', 'rpm2cpio "$1" | cpio -i --quiet --to-stdout ./usr/bin/trident', 'sh', byName('trident')]));
    expect(tridentBinary.digest).toBe(sha256.digest('hex'));
    const ghost = (await readRpmHeader(byName('trident-selinux'))).files.find((f) => f.path.endsWith('/modules/200/trident'))!;
    expect(ghost.flags & RPMFILE.GHOST).toBe(RPMFILE.GHOST);
  });

  it('is not fooled by a renamed file: the header names the package', async () => {
    const renamed = path.join(dir, 'trident-9.9.9-1.azl3.x86_64.rpm');
    copyFileSync(byName('trident-provisioning'), renamed);
    expect(await readRpmHeader(renamed)).toMatchObject({ name: 'trident-provisioning', version: '0.27.0', release: RELEASE, arch: 'x86_64' });
    const text = path.join(dir, 'trident-0.27.0-1.azl3.x86_64.rpm');
    writeFileSync(text, 'trident');
    await expect(readRpmHeader(text)).rejects.toThrow(RpmHeaderError);
    await expect(readRpmHeader(text)).rejects.toThrow(/too short to be an RPM file/);
  });

  it('refuses what is not a regular file', async () => {
    mkdirSync(path.join(dir, 'folder.rpm'));
    await expect(readRpmHeader(path.join(dir, 'folder.rpm'))).rejects.toThrow(/not a regular file|EISDIR/);
  });
});

// --- crafted bytes

interface CraftEntry {
  tag: number;
  type: number;
  /** Strings for types 6/8/9, numbers for types 3, 4 and 5, raw bytes otherwise. */
  value: string | string[] | number[] | Buffer;
  /** Override the entry's fields after layout. */
  offset?: number;
  count?: number;
}

/** A header (magic, il, dl, index, data) laid out as rpm writes one. */
function craftHeader(entries: CraftEntry[]): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const index = Buffer.alloc(entries.length * 16);
  entries.forEach((e, i) => {
    let bytes: Buffer;
    let count: number;
    if (Buffer.isBuffer(e.value)) {
      bytes = e.value;
      count = e.value.length;
    } else if (e.type === 3 || e.type === 4 || e.type === 5) {
      const numbers = e.value as number[];
      const width = e.type === 3 ? 2 : e.type === 4 ? 4 : 8;
      const pad = (width - (size % width)) % width;
      chunks.push(Buffer.alloc(pad));
      size += pad;
      bytes = Buffer.alloc(numbers.length * width);
      numbers.forEach((n, j) =>
        width === 2 ? bytes.writeUInt16BE(n, j * 2) : width === 4 ? bytes.writeUInt32BE(n >>> 0, j * 4) : bytes.writeBigUInt64BE(BigInt(n), j * 8),
      );
      count = numbers.length;
    } else {
      const list = Array.isArray(e.value) ? (e.value as string[]) : [e.value];
      bytes = Buffer.concat(list.map((s) => Buffer.from(`${s}\0`, 'utf8')));
      count = list.length;
    }
    index.writeUInt32BE(e.tag, i * 16);
    index.writeUInt32BE(e.type, i * 16 + 4);
    index.writeUInt32BE(e.offset ?? size, i * 16 + 8);
    index.writeUInt32BE(e.count ?? count, i * 16 + 12);
    chunks.push(bytes);
    size += bytes.length;
  });
  const intro = Buffer.alloc(16);
  Buffer.from([0x8e, 0xad, 0xe8, 0x01]).copy(intro);
  intro.writeUInt32BE(entries.length, 8);
  intro.writeUInt32BE(size, 12);
  return Buffer.concat([intro, index, ...chunks]);
}

const BASIC: CraftEntry[] = [
  { tag: 1000, type: 6, value: 'trident' },
  { tag: 1001, type: 6, value: '0.27.0' },
  { tag: 1002, type: 6, value: '1.azl3' },
  { tag: 1022, type: 6, value: 'x86_64' },
  { tag: 1044, type: 6, value: 'trident-0.27.0-1.azl3.src.rpm' },
];

const DIGEST = 'e2249c4ae9c5e7c30820dc07ab50c72ba959e4222ad4e5d43b4da54da196af4b';

/** A file list of three entries (a file, a directory, a link), its tags replaced or dropped (undefined) by `change`. */
function FILES(change: Record<number, CraftEntry | undefined> = {}): CraftEntry[] {
  const base: CraftEntry[] = [
    { tag: 1117, type: 8, value: ['trident', 'trident', 't'] },
    { tag: 1118, type: 8, value: ['/usr/bin/', '/etc/'] },
    { tag: 1116, type: 4, value: [0, 1, 0] },
    { tag: 1030, type: 3, value: [0o100755, 0o040755, 0o120777] },
    { tag: 1028, type: 4, value: [417, 0, 7] },
    { tag: 1035, type: 8, value: [DIGEST, '', ''] },
    { tag: 1036, type: 8, value: ['', '', 'trident'] },
    { tag: 1037, type: 4, value: [0, 0, 0] },
    { tag: 5011, type: 4, value: [8] },
  ];
  const out = base.filter((e) => !(e.tag in change)).concat(Object.values(change).filter((e): e is CraftEntry => e !== undefined));
  return out;
}

/** lead + a small signature header (padded to 8) + the main header. */
function craftRpm(
  main: Buffer,
  signature = craftHeader([
    { tag: 62, type: 7, value: Buffer.alloc(16) },
    { tag: 1000, type: 4, value: [1234] },
  ]),
): Buffer {
  const lead = Buffer.alloc(LEAD_SIZE);
  Buffer.from([0xed, 0xab, 0xee, 0xdb, 3, 0]).copy(lead);
  lead.writeUInt16BE(5, 78); // signature_type: header-style
  const pad = Buffer.alloc((8 - (signature.length % 8)) % 8);
  return Buffer.concat([lead, signature, pad, main]);
}

function expectRefused(bytes: Buffer, message: RegExp): void {
  expect(() => parseRpmBytes(bytes)).toThrow(RpmHeaderError);
  expect(() => parseRpmBytes(bytes)).toThrow(message);
}

describe('parseRpmBytes on crafted bytes', () => {
  it('reads a minimal valid header, and the padding after an odd-sized signature header', () => {
    expect(parseRpmBytes(craftRpm(craftHeader(BASIC)))).toEqual({
      name: 'trident',
      version: '0.27.0',
      release: '1.azl3',
      arch: 'x86_64',
      sourceRpm: 'trident-0.27.0-1.azl3.src.rpm',
      requires: [],
      provides: [],
      files: [],
    });
    const oddSignature = craftHeader([{ tag: 62, type: 7, value: Buffer.alloc(3) }]);
    expect(oddSignature.length % 8).not.toBe(0);
    expect(parseRpmBytes(craftRpm(craftHeader(BASIC), oddSignature)).name).toBe('trident');
  });

  it('refuses a wrong lead or header magic', () => {
    const good = craftRpm(craftHeader(BASIC));
    const badLead = Buffer.from(good);
    badLead[0] = 0;
    expectRefused(badLead, /no lead magic/);
    const badSig = Buffer.from(good);
    badSig[LEAD_SIZE] = 0;
    expectRefused(badSig, /signature header has no header magic/);
    const start = mainHeaderOffset(good);
    const badMain = Buffer.from(good);
    badMain[start + 1] = 0;
    expectRefused(badMain, /main header has no header magic/);
  });

  it('refuses counts and sizes over the caps before allocating anything', () => {
    const good = craftRpm(craftHeader(BASIC));
    const start = mainHeaderOffset(good);
    for (const [at, value, message] of [
      [LEAD_SIZE + 8, RPM_LIMITS.signatureEntries + 1, /signature header claims 33 index entries/],
      [LEAD_SIZE + 12, 0xffffffff, /signature header claims 4294967295 bytes/],
      [start + 8, 0xffffffff, /main header claims 4294967295 index entries/],
      [start + 12, RPM_LIMITS.headerData + 1, /main header claims 16777217 bytes/],
      [start + 8, 0, /main header claims 0 index entries/],
    ] as const) {
      const bytes = Buffer.from(good);
      bytes.writeUInt32BE(value, at);
      expectRefused(bytes, message);
    }
  });

  it('refuses entries that point outside the data, run past it, or are not aligned', () => {
    const cases: [CraftEntry[], RegExp][] = [
      [[...BASIC, { tag: 1049, type: 8, value: ['a'], offset: 5000 }], /points outside the header data/],
      [[...BASIC, { tag: 1049, type: 8, value: ['a'], count: 0 }], /count of 0/],
      [[...BASIC, { tag: 1049, type: 8, value: ['a'], count: 0x7fffffff }], /count of 2147483647/],
      [[...BASIC, { tag: 1049, type: 8, value: Buffer.from('no terminator') }], /runs past the header data/],
      [[...BASIC, { tag: 1049, type: 8, value: Buffer.from([0xff, 0xfe, 0]) }], /not UTF-8/],
      [[{ tag: 1003, type: 4, value: Buffer.from([0, 0, 0, 1, 0]), offset: 1 }, ...BASIC], /not aligned/],
      [[...BASIC, { tag: 1048, type: 4, value: [8, 8, 8], count: 15 }], /runs past the header data/],
      [[...BASIC, { tag: 1000, type: 6, value: 'again' }], /appears twice/],
      [[...BASIC, { tag: 1049, type: 42, value: ['a'] }], /unknown type 42/],
    ];
    for (const [entries, message] of cases) expectRefused(craftRpm(craftHeader(entries)), message);
  });

  it('refuses a missing or malformed name, version, release, arch, epoch or dependency list', () => {
    const without = (tag: number) => BASIC.filter((e) => e.tag !== tag);
    const replace = (tag: number, value: string, type = 6) => [...without(tag), { tag, type, value }];
    const cases: [CraftEntry[], RegExp][] = [
      [without(1000), /has no name/],
      [without(1022), /has no arch/],
      [replace(1000, 'trident; rm -rf /'), /name "trident; rm -rf \/" is not valid/],
      [replace(1000, '-trident'), /name .* is not valid/],
      [replace(1001, '0.27.0-1'), /version "0.27.0-1" is not valid/],
      [replace(1002, ''), /release "" is not valid/],
      [replace(1002, 'x'.repeat(300)), /release .* is not valid/],
      [replace(1022, 'x86/64'), /arch .* is not valid/],
      [[...without(1000), { tag: 1000, type: 8, value: ['a', 'b'] }], /name \(tag 1000\) is not a string/],
      [[...BASIC, { tag: 1003, type: 4, value: [0xffffffff] }], /epoch is not valid/],
      [[...BASIC, { tag: 1003, type: 6, value: '1' }], /should hold 32-bit integers/],
      [
        [...BASIC, { tag: 1049, type: 8, value: ['a', 'b'] }, { tag: 1048, type: 4, value: [0] }, { tag: 1050, type: 8, value: ['', ''] }],
        /different lengths/,
      ],
      [
        [...BASIC, { tag: 1049, type: 8, value: ['a\nb'] }, { tag: 1048, type: 4, value: [0] }, { tag: 1050, type: 8, value: [''] }],
        /requires entry is not valid/,
      ],
      [[...without(1044), { tag: 1044, type: 8, value: ['x', 'y'] }], /source RPM name is not valid/],
    ];
    for (const [entries, message] of cases) expectRefused(craftRpm(craftHeader(entries)), message);
  });

  it('reads a crafted file list (a file, a directory, a link; LONGFILESIZES over FILESIZES)', () => {
    expect(parseRpmBytes(craftRpm(craftHeader([...BASIC, ...FILES()]))).files).toEqual([
      { path: '/usr/bin/trident', mode: 0o100755, size: 417, digest: DIGEST, linkTo: '', flags: 0 },
      { path: '/etc/trident', mode: 0o040755, size: 0, digest: '', linkTo: '', flags: 0 },
      { path: '/usr/bin/t', mode: 0o120777, size: 7, digest: '', linkTo: 'trident', flags: 0 },
    ]);
    const long = FILES({ 5008: { tag: 5008, type: 5, value: [2 ** 40, 0, 7] } });
    expect(parseRpmBytes(craftRpm(craftHeader([...BASIC, ...long]))).files[0]?.size).toBe(2 ** 40);
  });

  it('refuses a malformed file list: mismatched counts, wrong digests, bad paths, huge counts', () => {
    const cases: [CraftEntry[], RegExp][] = [
      [FILES({ 1030: { tag: 1030, type: 3, value: [0o100755, 0o040755] } }), /FILEMODES has 2 values for 3 files/],
      [
        FILES({ 1035: { tag: 1035, type: 8, value: [DIGEST.slice(2), '', ''] } }),
        /digest of \/usr\/bin\/trident is not 64 hex digits \(algorithm 8\)/,
      ],
      [FILES({ 1035: { tag: 1035, type: 8, value: [DIGEST.toUpperCase(), '', ''] } }), /digest of \/usr\/bin\/trident is not 64 hex/],
      [FILES({ 5011: { tag: 5011, type: 4, value: [1] } }), /not 32 hex digits \(algorithm 1\)/],
      [FILES({ 5011: { tag: 5011, type: 4, value: [77] } }), /not a known number of hex digits \(algorithm 77\)/],
      [FILES({ 1116: { tag: 1116, type: 4, value: [0, 5, 0] } }), /file 1 names directory 5, of 2/],
      [FILES({ 1118: { tag: 1118, type: 8, value: ['/usr/bin/', 'etc/'] } }), /file name "etc\/trident" is not an absolute, normalised path/],
      [FILES({ 1118: { tag: 1118, type: 8, value: ['/usr/bin/', '/usr/../etc/'] } }), /"\/usr\/..\/etc\/trident" is not an absolute/],
      [
        FILES({ 1117: { tag: 1117, type: 8, value: ['trident', 'trident', 't'] }, 1116: { tag: 1116, type: 4, value: [0, 0, 0] } }),
        /\/usr\/bin\/trident is listed twice/,
      ],
      [FILES({ 1117: { tag: 1117, type: 8, value: ['trident', 'x\ny', 't'] } }), /not an absolute, normalised path/],
      [FILES({ 1036: { tag: 1036, type: 8, value: ['', '', 'a\u0001b'] } }), /link target of \/usr\/bin\/t is not valid/],
      [FILES({ 1037: undefined }), /lacks one of/],
      [FILES({ 1117: undefined }), /per-file tags but no file names/],
      [[{ tag: 1027, type: 8, value: ['/usr/bin/trident'] }], /old format \(OLDFILENAMES/],
      [FILES({ 1117: { tag: 1117, type: 8, value: ['trident', 'trident', 't'], count: 0x7fffffff } }), /count of 2147483647/],
      [FILES({ 5008: { tag: 5008, type: 5, value: [2 ** 53 + 2, 0, 7] } }), /size too large to be real/],
      [FILES({ 1030: { tag: 1030, type: 4, value: [1, 2, 3] } }), /tag 1030 should hold 16-bit integers/],
    ];
    for (const [entries, message] of cases) expectRefused(craftRpm(craftHeader([...BASIC, ...entries])), message);
    // More files than the cap: refused by count, before any path is built.
    const many = RPM_LIMITS.files + 1;
    const names = Array.from({ length: many }, (_, i) => `f${i}`);
    expectRefused(
      craftRpm(
        craftHeader([
          ...BASIC,
          { tag: 1117, type: 8, value: names },
          { tag: 1118, type: 8, value: ['/'] },
          { tag: 1116, type: 4, value: names.map(() => 0) },
        ]),
      ),
      /lists 100001 files \(at most 100000/,
    );
  });

  it('every truncation of a real RPM is refused, never misread', () => {
    const real = readFileSync(byName('trident-selinux'));
    const end = mainHeaderOffset(real) + decodeLength(real);
    for (let cut = 0; cut < end; cut += cut < 200 ? 1 : 97) {
      expect(() => parseRpmBytes(real.subarray(0, cut)), `cut at ${cut}`).toThrow(RpmHeaderError);
    }
    expect(parseRpmBytes(real.subarray(0, end)).name).toBe('trident-selinux');
  });

  it('random damage to a real header either still parses or is refused with an RpmHeaderError', () => {
    const real = readFileSync(byName('trident'));
    const start = mainHeaderOffset(real);
    const end = start + decodeLength(real);
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const bytes = Buffer.from(real.subarray(0, end));
      for (let k = 0; k < 1 + random(4); k++) bytes[start + random(end - start)] = random(256);
      try {
        parseRpmBytes(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(RpmHeaderError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});

/** The main header's length as its intro says (for slicing a real file). */
function decodeLength(real: Buffer): number {
  const start = mainHeaderOffset(real);
  const il = real.readUInt32BE(start + 8);
  const dl = real.readUInt32BE(start + 12);
  decodeMainHeader(real.subarray(start, start + 16 + il * 16 + dl));
  return 16 + il * 16 + dl;
}
