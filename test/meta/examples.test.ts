// The examples are what a new user runs first (README's quick start, the CI
// job that builds a real ISO, .env.example), so they are tested like code:
// make-cosi.js must write a COSI that the spec, the schema and the action's
// own checks accept, and host-config.yaml must pass the action's checks.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS, actionDefaults } from '../support/action-defaults.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const makeCosi = join(root, 'examples', 'make-cosi.js');
const run = promisify(execFile);

interface TarEntry {
  name: string;
  type: string;
  magic: string;
  data: Buffer;
}

/**
 * A strict ustar reader, independent of the action's: every header's
 * checksum must verify, and the archive must end with two zero blocks.
 */
function readTar(bytes: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let off = 0;
  for (;;) {
    expect(off + 512, 'archive ends inside a header').toBeLessThanOrEqual(bytes.length);
    const header = bytes.subarray(off, off + 512);
    if (header.every((b) => b === 0)) {
      const next = bytes.subarray(off + 512, off + 1024);
      expect(next.length === 512 && next.every((b) => b === 0), 'two zero blocks end the archive').toBe(true);
      return entries;
    }
    const field = (start: number, len: number): string => header.toString('latin1', start, start + len).replace(/\0[\s\S]*$/, '');
    const sum = header.reduce((acc, b, i) => acc + (i >= 148 && i < 156 ? 0x20 : b), 0);
    expect(parseInt(field(148, 8).trim(), 8), `checksum of entry at ${off}`).toBe(sum);
    const size = parseInt(field(124, 12).trim(), 8);
    const name = field(0, 100);
    entries.push({ name, type: field(156, 1), magic: field(257, 6), data: bytes.subarray(off + 512, off + 512 + size) });
    off += 512 + Math.ceil(size / 512) * 512;
  }
}

/** zstd decoding: Node 22.15+/24 has it built in; otherwise the zstd CLI, if installed. */
async function zstdDecompress(data: Buffer): Promise<Buffer | undefined> {
  const builtin = (zlib as { zstdDecompressSync?: (b: Buffer) => Buffer }).zstdDecompressSync;
  if (builtin) return builtin(data);
  const dir = mkdtempSync(join(tmpdir(), 'zstd-'));
  try {
    const file = join(dir, 'x.zst');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, data);
    await run('zstd', ['-q', '-d', '-f', file, '-o', join(dir, 'x')]);
    return readFileSync(join(dir, 'x'));
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ImageFile {
  path: string;
  compressedSize: number;
  uncompressedSize: number;
  sha384: string;
}
interface Metadata {
  osArch: string;
  images: { image: ImageFile; partType: string }[];
  disk: { size: number; lbaSize: number; gptRegions: { image: ImageFile; type: string }[] };
  osPackages: { arch: string }[];
  compression: { maxWindowLog: number };
}

const scratch = mkdtempSync(join(tmpdir(), 'make-cosi-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cosiSchema = JSON.parse(readFileSync(join(root, 'src', 'data', 'schemas', 'cosi-metadata-v1.2.schema.json'), 'utf8')) as object;
// The COSI schema is draft 2020-12 (prefixItems, $defs): the 2020 build of Ajv.
const validateMetadata = new Ajv2020({ allErrors: true, strict: false }).compile(cosiSchema);

describe.each(['x86_64', 'aarch64'])('examples/make-cosi.js --arch %s', (arch) => {
  const out = join(scratch, arch, 'tiny.cosi');
  let bytes: Buffer;
  let entries: TarEntry[];
  let metadataText: string;
  let metadata: Metadata;

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, [makeCosi, out, '--arch', arch]);
    expect(stdout).toContain(out);
    bytes = readFileSync(out);
    entries = readTar(bytes);
    metadataText = entries[1]?.data.toString('utf8') ?? '';
    metadata = JSON.parse(metadataText) as Metadata;
  });

  it('writes an uncompressed ustar tar: cosi-marker (empty), metadata.json, then images/*', () => {
    expect(entries.map((e) => e.name).slice(0, 2)).toEqual(['cosi-marker', 'metadata.json']);
    expect(entries[0]?.data.length).toBe(0);
    const rest = entries.slice(2);
    expect(rest.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.type, e.name).toBe('0');
      expect(e.magic, e.name).toBe('ustar');
    }
    for (const e of rest) expect(e.name).toMatch(/^images\/[^/]+$/);
  });

  it('prints the SHA-384 of metadata.json that a host config would pin', async () => {
    const { stdout } = await run(process.execPath, [makeCosi, join(scratch, arch, 'again.cosi'), '--arch', arch]);
    expect(stdout).toContain(createHash('sha384').update(metadataText).digest('hex'));
  });

  it('is reproducible byte for byte', () => {
    expect(readFileSync(join(scratch, arch, 'again.cosi')).equals(bytes)).toBe(true);
  });

  it('has a metadata.json valid against the COSI 1.2 schema', () => {
    const valid = validateMetadata(metadata);
    expect(validateMetadata.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(metadata.osArch).toBe(arch);
    for (const p of metadata.osPackages) expect([arch, 'noarch']).toContain(p.arch);
  });

  it('has exactly the image files metadata.json lists, with matching size and SHA-384', () => {
    const listed = [...metadata.images.map((i) => i.image), ...metadata.disk.gptRegions.map((r) => r.image)];
    const byPath = new Map(entries.slice(2).map((e) => [e.name, e.data]));
    expect(new Set(listed.map((i) => i.path))).toEqual(new Set(byPath.keys()));
    for (const image of listed) {
      const data = byPath.get(image.path);
      expect(data, image.path).toBeDefined();
      expect(data?.length, image.path).toBe(image.compressedSize);
      expect(
        createHash('sha384')
          .update(data ?? Buffer.alloc(0))
          .digest('hex'),
        image.path,
      ).toBe(image.sha384);
    }
  });

  it('has real zstd frames that decompress to uncompressedSize within maxWindowLog', async () => {
    for (const image of metadata.disk.gptRegions.map((r) => r.image)) {
      const data = entries.find((e) => e.name === image.path)?.data ?? Buffer.alloc(0);
      expect(data.readUInt32LE(0), `${image.path} zstd magic`).toBe(0xfd2fb528);
      // Window_Descriptor: exponent in the high 5 bits, windowLog = 10 + exponent.
      expect(10 + ((data[5] ?? 0) >> 3), image.path).toBeLessThanOrEqual(metadata.compression.maxWindowLog);
      const raw = await zstdDecompress(data);
      if (raw === undefined) continue; // no zstd decoder on this machine: the checks above still ran
      expect(raw.length, image.path).toBe(image.uncompressedSize);
    }
  });

  it('describes a disk whose primary GPT region is a real GPT', async () => {
    const gpt = metadata.disk.gptRegions.find((r) => r.type === 'primary-gpt')?.image;
    const data = entries.find((e) => e.name === gpt?.path)?.data ?? Buffer.alloc(0);
    const raw = await zstdDecompress(data);
    if (raw === undefined) return;
    expect(raw.toString('latin1', 512, 520)).toBe('EFI PART');
    expect(raw.readUInt16LE(510)).toBe(0xaa55);
    expect(metadata.disk.size % metadata.disk.lbaSize).toBe(0);
  });
});

describe('examples/make-cosi.js arguments', () => {
  it('rejects an unknown architecture', async () => {
    await expect(run(process.execPath, [makeCosi, join(scratch, 'x.cosi'), '--arch', 'riscv64'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/x86_64 or aarch64/) as unknown,
    });
  });
});

describe('examples/host-config.yaml', () => {
  const text = readFileSync(join(root, 'examples', 'host-config.yaml'), 'utf8');
  const doc = parse(text) as {
    image?: { url?: string; sha384?: string };
    storage?: { disks?: { partitions?: { id: string; size: string }[] }[] };
  };

  it('points at the COSI where the action puts it by default', () => {
    const destination = actionDefaults()['cosi-destination'] ?? '';
    expect(doc.image?.url).toBe(`file:///mnt/trident_cdrom${destination}`);
    expect(doc.image?.sha384).toBe('ignored');
  });

  it('has partitions large enough for the tiny COSI', async () => {
    const out = join(scratch, 'sizes.cosi');
    await run(process.execPath, [makeCosi, out]);
    const meta = JSON.parse(readTar(readFileSync(out))[1]?.data.toString('utf8') ?? '{}') as Metadata;
    const units: Record<string, number> = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
    const bytes = (size: string): number => {
      const m = /^(\d+)\s*([KMGT]?)$/.exec(size);
      return m ? Number(m[1]) * (units[m[2] ?? ''] ?? 1) : NaN;
    };
    const partitions = doc.storage?.disks?.[0]?.partitions ?? [];
    const espImage = meta.images.find((i) => i.partType === 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b')?.image;
    const rootImage = meta.images.find((i) => i !== undefined && i.partType !== 'c12a7328-f81f-11d2-ba4b-00a0c93ec93b')?.image;
    expect(bytes(partitions.find((p) => p.id === 'esp')?.size ?? '')).toBeGreaterThanOrEqual(espImage?.uncompressedSize ?? Infinity);
    expect(bytes(partitions.find((p) => p.id === 'root')?.size ?? '')).toBeGreaterThanOrEqual(rootImage?.uncompressedSize ?? Infinity);
  });
});

// The bootable COSI's Image Customizer config (the CI job that builds a real
// ISO installs it with verify: install): valid for the Image Customizer the
// script runs, its OS prints its login prompt on the serial console, and its
// partitions fit examples/host-config.yaml's.
describe('examples/bootable-cosi.yaml and make-bootable-cosi.sh', () => {
  const config = parse(readFileSync(join(root, 'examples', 'bootable-cosi.yaml'), 'utf8')) as Record<string, unknown> & {
    os: { kernelCommandLine: { extraCommandLine: string[] }; packages: { install: string[]; remove: string[] } };
    storage: { disks: { maxSize: string; partitions: { id: string; type?: string; size: string }[] }[] };
  };
  const script = readFileSync(join(root, 'examples', 'make-bootable-cosi.sh'), 'utf8');

  it('is valid for the Image Customizer version the script runs', async () => {
    const { checkCustomizerConfig } = await import('../../src/customizer/schema.js');
    const { customizerFeatures } = await import('../../src/customizer/version.js');
    const version = /imagecustomizer:(\d+\.\d+\.\d+)\}/.exec(script)?.[1] ?? '';
    expect(version).toBe(actionDefaults()['imagecustomizer-image']?.split(':').at(-1));
    expect(await checkCustomizerConfig(config, customizerFeatures(version))).toEqual([]);
  });

  it('boots an OS whose console is the serial port, with the GRUB Trident needs', () => {
    expect(config.os.kernelCommandLine.extraCommandLine.filter((a) => a.startsWith('console=')).at(-1)).toBe('console=ttyS0');
    expect(config.os.packages.install).toContain('grub2-efi-binary-noprefix');
    expect(config.os.packages.remove).toContain('grub2-efi-binary');
  });

  it("has images that fit host-config.yaml's partitions", () => {
    const host = parse(readFileSync(join(root, 'examples', 'host-config.yaml'), 'utf8')) as {
      storage: { disks: { partitions: { id: string; size: string }[] }[] };
    };
    const hostSize = (id: string) => host.storage.disks[0]?.partitions.find((p) => p.id === id)?.size;
    const disk = config.storage.disks[0];
    expect(disk?.partitions.find((p) => p.type === 'esp')?.size).toBe(hostSize('esp'));
    expect(Number.parseInt(disk?.maxSize ?? '', 10)).toBeLessThan(Number.parseInt(hostSize('root') ?? '', 10));
  });

  it('is a bash script that never overwrites its output', async () => {
    await run('bash', ['-n', join(root, 'examples', 'make-bootable-cosi.sh')]);
    expect(script).toMatch(/already exists/);
    expect(script).toContain('--output-image-format cosi');
  });
});

// The action's own preflight checks, applied to the examples: what the CI
// `action` job and `npm start` will feed it must not be rejected.
describe('the action accepts the examples', () => {
  it('host-config.yaml passes checkHostConfig', async () => {
    const { parseHostConfig, checkHostConfig } = await import('../../src/trident/host-config.js');
    const parsed = parseHostConfig(readFileSync(join(root, 'examples', 'host-config.yaml'), 'utf8'));
    if ('error' in parsed) throw new Error(parsed.error.message);
    expect(await checkHostConfig(parsed.value, parsed.doc)).toEqual([]);
  });

  it.each([
    ['x86_64', 'linux/amd64'],
    ['aarch64', 'linux/arm64'],
  ] as const)('the %s COSI passes readCosi/checkCosi for %s', async (arch, platform) => {
    const { readCosi, checkCosi } = await import('../../src/trident/cosi.js');
    const out = join(scratch, `action-${arch}.cosi`);
    await run(process.execPath, [makeCosi, out, '--arch', arch]);
    const info = await readCosi(out);
    expect(info.firstEntry).toBe('cosi-marker');
    expect(info.metadataSha384).toMatch(/^[0-9a-f]{96}$/);
    expect(await checkCosi(info, platform)).toEqual([]);
  });
});

// .env.example is the local-action counterpart of action.yml's inputs: an
// input added to action.yml must show up there too, with its default.
describe('.env.example', () => {
  const text = readFileSync(join(root, '.env.example'), 'utf8');
  const lines = [...text.matchAll(/^(#\s*)?INPUT_([A-Z0-9_-]+)=(.*)$/gm)].map((m) => ({
    commented: m[1] !== undefined,
    name: m[2] ?? '',
    // dotenv strips one pair of surrounding quotes.
    value: (m[3] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2'),
  }));

  it('lists every input of action.yml exactly once, as core.getInput names it', () => {
    const expected = ACTION_INPUTS.map((n) => n.replace(/ /g, '_').toUpperCase());
    expect(lines.map((l) => l.name).sort()).toEqual(expected.sort());
  });

  it('shows the default on every commented-out input', () => {
    const defaults = new Map(Object.entries(actionDefaults()).map(([n, value]) => [n.toUpperCase(), value]));
    for (const line of lines.filter((l) => l.commented)) expect(line.value, line.name).toBe(defaults.get(line.name));
  });

  it('sets the example inputs to the example files', () => {
    const set = new Map(lines.filter((l) => !l.commented).map((l) => [l.name, l.value]));
    expect(set.get('HOST-CONFIG')).toBe('examples/host-config.yaml');
    expect(set.get('COSI')).toBe('examples/out/tiny.cosi');
  });
});
