// The isopatch placeholder (src/iso/placeholder.ts) and the patcher
// (src/iso/locate.ts, src/iso/patch.ts, src/iso/write.ts): the format as
// microsoft/trident tools/pkg/isopatcher writes it, and patching ISOs made by
// the real writers, read back with xorriso and isoinfo; then every ISO the
// patcher must refuse, each with the input left as it was and no output.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../../src/iso/locate.js';
import { openIso, planWrite, writePatchedIso } from '../../src/iso/patch.js';
import {
  capacity,
  emptyPlaceholder,
  filledPlaceholder,
  HOST_CONFIG_KEY,
  ISOPATCH_MAGIC,
  isopatchFill,
  placeholderHeader,
  readPlaceholder,
} from '../../src/iso/placeholder.js';
import { extractWithIsoinfo, extractWithXorriso, makeIso, type IsoWriter } from '../support/iso-tools.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'isopatch-'));
let counter = 0;
const file = (name: string) => path.join(scratch, `${++counter}-${name}`);
const sha256 = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const HEADER = `${ISOPATCH_MAGIC}:/etc/trident/config.yaml:`;

const HOST_CONFIG = Buffer.from('storage:\n  disks: []\nos:\n  hostname: node-1\n');
const OTHER_CONFIG = Buffer.from('storage:\n  disks: []\nos:\n  hostname: node-2\n');

describe('the placeholder format', () => {
  it('an empty placeholder is the magic string, :<key>:, # padding and one final newline, as Trident writes them', () => {
    const p = emptyPlaceholder(16384);
    expect(ISOPATCH_MAGIC).toMatch(/^#[0-9a-f]{64}$/);
    expect(p.length).toBe(16384);
    expect(p.toString('latin1', 0, HEADER.length)).toBe(HEADER);
    expect(p.subarray(HEADER.length, -1).every((b) => b === 0x23)).toBe(true);
    // isopatch's size rule: from the magic string to the first newline, included.
    expect(p.indexOf('\n') + 1).toBe(16384);
    expect(readPlaceholder(p)).toEqual({ state: 'empty' });
    expect(() => emptyPlaceholder(HEADER.length)).toThrow(RangeError);
  });

  it("is filled by isopatch's rules: the contents, then a newline, then # up to one final newline", () => {
    const fill = (text: string, size: number) => {
      const r = isopatchFill(Buffer.from(text), size);
      return Buffer.isBuffer(r) ? r.toString() : r;
    };
    expect(fill('abc', 8)).toBe('abc\n###\n');
    expect(fill('abc', 6)).toBe('abc\n#\n');
    expect(fill('abc', 5)).toBe('abc\n\n');
    expect(fill('abc', 4)).toBe('abc\n');
    expect(fill('abc', 3)).toBe('abc');
    expect(fill('abcdef', 4)).toEqual({ tooBigBy: 2 });
  });

  it('a filled placeholder keeps its first line (a YAML comment) and holds the host config after it', () => {
    const filled = filledPlaceholder(HOST_CONFIG, 512) as Buffer;
    expect(filled.length).toBe(512);
    expect(filled.toString()).toBe(`${HEADER}\n${HOST_CONFIG.toString()}\n${'#'.repeat(512 - HEADER.length - 1 - HOST_CONFIG.length - 2)}\n`);
    expect(readPlaceholder(filled)).toEqual({ state: 'filled', hostConfig: filled.subarray(HEADER.length + 1) });
    expect(capacity(512)).toBe(512 - HEADER.length - 1);
    expect(filledPlaceholder(Buffer.alloc(capacity(512), 0x61), 512)).toHaveLength(512);
    expect(filledPlaceholder(Buffer.alloc(capacity(512) + 7, 0x61), 512)).toEqual({ tooBigBy: 7 });
  });

  it('tells a corrupted placeholder apart', () => {
    const empty = emptyPlaceholder(256);
    const noNewline = Buffer.from(empty);
    noNewline[255] = 0x23;
    expect(readPlaceholder(noNewline)).toEqual({ state: 'corrupt', why: 'its last byte is not a newline' });
    const stray = Buffer.from(empty);
    stray[200] = 0x41;
    expect(readPlaceholder(stray)).toEqual({ state: 'corrupt', why: "byte 200 of its padding is not '#'" });
    const otherKey = emptyPlaceholder(256, '/etc/other.yaml');
    expect(readPlaceholder(otherKey)).toMatchObject({ state: 'corrupt', why: expect.stringContaining("':/etc/trident/config.yaml:'") });
    const garbled = Buffer.concat([placeholderHeader(), Buffer.from('x\n')]);
    expect(readPlaceholder(garbled)).toMatchObject({ state: 'corrupt', why: expect.stringContaining('neither') });
  });

  it('the scanner finds a pattern across chunk boundaries, once each', () => {
    const stream = Buffer.concat([Buffer.alloc(100, 1), placeholderHeader(), Buffer.alloc(37, 2), placeholderHeader(), Buffer.alloc(5, 3)]);
    for (const chunk of [1, 7, 64, 65, 1000]) {
      const scanner = new PatternScanner(placeholderHeader());
      for (let at = 0; at < stream.length; at += chunk) scanner.feed(stream.subarray(at, at + chunk), at);
      expect(scanner.found, `chunks of ${chunk}`).toEqual([100, 100 + HEADER.length + 37]);
    }
  });
});

/** An ISO like the action's: the COSI, the placeholder at /trident-config.yaml, a few more files. */
function isoWithPlaceholder(writer: IsoWriter, extra: Record<string, Buffer | string> = {}, placeholder: Buffer = emptyPlaceholder(4096)): string {
  return makeIso(
    file(`${writer}.iso`),
    {
      '/images/azure-linux.cosi': Buffer.alloc(200_000, 0x41),
      '/boot/grub2/grub.cfg': 'set timeout=0\n',
      '/trident-config.yaml': placeholder,
      ...extra,
    },
    { writer },
  );
}

/** Bytes of a that differ from b, as [first, last] offsets. */
function differing(a: Buffer, b: Buffer): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) {
      if (first === -1) first = i;
      last = i;
    }
  return first === -1 ? undefined : [first, last];
}

describe.each<IsoWriter>(['genisoimage', 'xorriso'])('patching an ISO written by %s', (writer) => {
  it('writes the host config into the placeholder and nothing else; the real readers read it back; the input is unchanged', async () => {
    const input = isoWithPlaceholder(writer);
    const before = readFileSync(input);
    const iso = await openIso(input);
    try {
      expect(iso.placeholder).toMatchObject({ state: 'empty', size: 4096, file: { path: '/trident-config.yaml' } });
      expect(iso.placeholder.offset).toBe(iso.placeholder.file.extents[0]!.offset);
      const plan = planWrite(iso, HOST_CONFIG);
      if (!('bytes' in plan)) throw new Error('does not fit');
      const output = file('patched.iso');
      const result = await writePatchedIso(iso, plan.bytes, { output });
      expect(result).toEqual({ sha256: sha256(output), size: before.length, found: [iso.placeholder.offset] });
      expect(readFileSync(input).equals(before)).toBe(true);

      const after = readFileSync(output);
      const [first, last] = differing(before, after)!;
      expect(first).toBeGreaterThanOrEqual(iso.placeholder.offset);
      expect(last).toBeLessThan(iso.placeholder.offset + 4096);
      expect(extractWithXorriso(output, '/trident-config.yaml').equals(plan.bytes)).toBe(true);
      expect(extractWithIsoinfo(output, '/trident-config.yaml').equals(plan.bytes)).toBe(true);
    } finally {
      await iso.source.close();
    }
  });

  it('patches a patched ISO again (the magic string stays on the first line), here in place', async () => {
    const input = isoWithPlaceholder(writer, {}, filledPlaceholder(HOST_CONFIG, 4096) as Buffer);
    const iso = await openIso(input);
    try {
      expect(iso.placeholder.state).toBe('filled');
      const plan = planWrite(iso, OTHER_CONFIG);
      if (!('bytes' in plan)) throw new Error('does not fit');
      const result = await writePatchedIso(iso, plan.bytes, { inPlace: true });
      expect(result.sha256).toBe(sha256(input));
      const back = extractWithXorriso(input, '/trident-config.yaml');
      expect(back.equals(plan.bytes)).toBe(true);
      expect(readPlaceholder(back)).toMatchObject({ state: 'filled' });
    } finally {
      await iso.source.close();
    }
  });
});

describe('the patcher refuses', () => {
  const refusal = async (input: string, problem: string, message: RegExp) => {
    const before = readFileSync(input);
    const error: unknown = await openIso(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PlaceholderError', problem });
    expect((error as Error).message).toMatch(message);
    expect(readFileSync(input).equals(before)).toBe(true);
  };

  it('an ISO with no placeholder, naming the placeholders of other keys it has', async () => {
    await refusal(makeIso(file('none.iso'), { '/a.txt': 'a' }), 'none', /^has no host config placeholder .* Build it with patchable: true\.$/);
    await refusal(
      makeIso(file('other.iso'), { '/trident-override.conf': emptyPlaceholder(1024, '/trident_cdrom/trident-override.conf') }),
      'none',
      /It has placeholders for other keys: \/trident-override\.conf \(\/trident_cdrom\/trident-override\.conf\)\.$/,
    );
  });

  it('an ISO with two placeholders, naming both', async () => {
    await refusal(
      isoWithPlaceholder('xorriso', { '/second/trident-config.yaml': emptyPlaceholder(2048) }),
      'several',
      /^has 2 host config placeholders for \/etc\/trident\/config\.yaml \(\/second\/trident-config\.yaml, \/trident-config\.yaml\)/,
    );
  });

  it('a corrupted placeholder', async () => {
    const bad = emptyPlaceholder(4096);
    bad[3000] = 0x0a;
    await refusal(
      isoWithPlaceholder('xorriso', {}, bad),
      'corrupt',
      /^holds a corrupted placeholder \/trident-config\.yaml: byte 3000 of its padding is not '#'\.$/,
    );
  });

  it("the magic string where the directory's extent is not (the placeholder's record points elsewhere)", async () => {
    const input = isoWithPlaceholder('xorriso');
    const image = readFileSync(input);
    const iso = await openIso(input);
    const { offset } = iso.placeholder;
    const grub = iso.volume.files.find((f) => f.path === '/boot/grub2/grub.cfg')!.extents[0]!.offset;
    await iso.source.close();
    // Rewrite the directory record of /trident-config.yaml to point at grub.cfg's data.
    const lba = (n: number) => {
      const b = Buffer.alloc(8);
      b.writeUInt32LE(n / 2048, 0);
      b.writeUInt32BE(n / 2048, 4);
      return b;
    };
    let at = -1;
    for (let i = image.indexOf(lba(offset)); i !== -1; i = image.indexOf(lba(offset), i + 1)) {
      lba(grub).copy(image, i);
      at = i;
    }
    expect(at).toBeGreaterThan(0);
    writeFileSync(input, image);
    await refusal(
      input,
      'outside-file',
      new RegExp(
        `^holds the isopatch magic string for /etc/trident/config\\.yaml at byte ${offset}, but no file of its ISO 9660 directory starts there \\(in no file\\)`,
      ),
    );
  });

  it('a host config too big for the placeholder, by how many bytes', async () => {
    const iso = await openIso(isoWithPlaceholder('xorriso'));
    await iso.source.close();
    const big = Buffer.alloc(capacity(4096) + 123, 0x61);
    expect(planWrite(iso, big)).toEqual({ tooBigBy: 123, capacity: capacity(4096) });
    expect(planWrite(iso, Buffer.alloc(capacity(4096), 0x61))).toHaveProperty('bytes');
  });

  it('the magic string inside another file too: no output is left, and in place nothing is written', async () => {
    const input = isoWithPlaceholder('genisoimage', {
      '/notes.txt': Buffer.concat([Buffer.from('see:\n'), placeholderHeader(), Buffer.from('###\n')]),
    });
    const before = readFileSync(input);
    const iso = await openIso(input);
    try {
      const plan = planWrite(iso, HOST_CONFIG);
      if (!('bytes' in plan)) throw new Error('does not fit');
      const output = file('never.iso');
      const message =
        /^holds the isopatch magic string for \/etc\/trident\/config\.yaml at byte \d+ too \(inside \/notes\.txt\), not only at its placeholder \/trident-config\.yaml/;
      await expect(writePatchedIso(iso, plan.bytes, { output })).rejects.toThrow(message);
      expect(existsSync(output)).toBe(false);
      await expect(writePatchedIso(iso, plan.bytes, { inPlace: true })).rejects.toThrow(message);
      expect(readFileSync(input).equals(before)).toBe(true);
    } finally {
      await iso.source.close();
    }
  });

  it('an output that exists: it is left as it was', async () => {
    const input = isoWithPlaceholder('xorriso');
    const iso = await openIso(input);
    try {
      const output = file('taken.iso');
      writeFileSync(output, 'mine\n');
      const plan = planWrite(iso, HOST_CONFIG);
      if (!('bytes' in plan)) throw new Error('does not fit');
      await expect(writePatchedIso(iso, plan.bytes, { output })).rejects.toMatchObject({ code: 'EEXIST' });
      expect(readFileSync(output, 'utf8')).toBe('mine\n');
    } finally {
      await iso.source.close();
    }
  });

  it('the key the action reads is where Trident reads its host config', () => {
    expect(HOST_CONFIG_KEY).toBe('/etc/trident/config.yaml');
  });
});
