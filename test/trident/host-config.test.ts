import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import rawSchema from '../../src/data/schemas/trident-host-config.schema.json' with { type: 'json' };
import {
  checkHostConfig,
  expectedCosiUrl,
  imageOf,
  parseHostConfig,
  wireImage,
  wireImageInto,
  type ParsedHostConfig,
} from '../../src/trident/host-config.js';
import { hostConfigKeys, hostConfigValid } from '../../src/trident/host-config-check.js';
import { correctHostConfigSchema, hostConfigExplainer, PCR_NAMES } from '../../src/trident/host-config-schema.js';
import { explainRefusal } from '../../src/trident/schema-tools.js';
import { formatProblems, type Problem } from '../../src/trident/problems.js';
import { judgeMutations } from '../support/mutate.js';

const SAMPLES = new URL('../fixtures/samples/host-configs/', import.meta.url);
const sampleNames = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const sample = (name: string): string => readFileSync(new URL(name, SAMPLES), 'utf8');

function parsed(text: string): ParsedHostConfig {
  const result = parseHostConfig(text);
  if ('error' in result) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result;
}

function problemsOf(text: string): Promise<Problem[]> {
  const { value, doc } = parsed(text);
  return checkHostConfig(value, doc);
}

/** A minimal valid host config, indented so that a test can append to or replace parts of it. */
const BASE = `image:
  url: file:///mnt/trident_cdrom/images/azure-linux.cosi
  sha384: ignored
storage:
  disks:
    - id: os
      device: /dev/sda
      partitionTableType: gpt
      partitions:
        - id: esp
          type: esp
          size: 64M
        - id: root
          type: root
          size: grow
  filesystems:
    - deviceId: esp
      mountPoint:
        path: /boot/efi
        options: umask=0077
    - deviceId: root
      mountPoint: /
`;

describe('the top-level keys', () => {
  it("are the corrected schema's (read from the vendored one, without building the corrected one)", () => {
    const corrected = correctHostConfigSchema(rawSchema) as { properties: Record<string, unknown> };
    expect(hostConfigKeys()).toEqual(Object.keys(corrected.properties));
    expect([...hostConfigKeys()].sort()).toEqual(['health', 'image', 'managementOs', 'os', 'scripts', 'storage', 'trident']);
  });
});

describe('official samples', () => {
  it('are all present (8 documentation samples and the templated installer one)', () => {
    expect(sampleNames).toHaveLength(9);
    expect(sampleNames).toContain('azl-installer-templated.yaml');
  });

  it.each(sampleNames)('%s parses without YAML errors or warnings and passes every check', async (name) => {
    const { doc, value } = parsed(sample(name));
    expect(doc.warnings).toEqual([]);
    expect(await checkHostConfig(value, doc)).toEqual([]);
  });

  it('azl-installer-templated.yaml: the Go placeholder is a quoted string, so it is plain YAML', () => {
    const { value } = parsed(sample('azl-installer-templated.yaml'));
    expect(value).toMatchObject({ storage: { disks: [{ device: '{{ .DiskPath }}' }] } });
  });

  it('the minimal config used by the rejection tests is itself valid', async () => {
    expect(await problemsOf(BASE)).toEqual([]);
  });
});

describe('what the schema rightly forbids, with path, line and column', () => {
  it('an unknown top-level key', async () => {
    expect(await problemsOf(`${BASE}hostname: x\n`)).toEqual([
      {
        path: '/hostname',
        message: 'unknown top-level key "hostname": Trident\'s keys are health, image, managementOs, os, scripts, storage or trident',
        line: 23,
        column: 1,
      },
    ]);
  });

  it('an unknown nested key, located at the key', async () => {
    const text = BASE.replace('      device: /dev/sda\n', '      device: /dev/sda\n      wipe: true\n');
    expect(await problemsOf(text)).toEqual([
      {
        path: '/storage/disks/0/wipe',
        message: 'unknown key "wipe" (allowed here: adoptedPartitions, device, id, partitionTableType, partitions)',
        line: 8,
        column: 7,
      },
    ]);
  });

  it('a wrong type (a nullable string given a number)', async () => {
    expect(await problemsOf(`${BASE}os:\n  hostname: 42\n`)).toEqual([
      { path: '/os/hostname', message: 'must be null or string', line: 24, column: 13 },
    ]);
  });

  it('a wrong type inside a list item (systemd check timeout)', async () => {
    const text = `${BASE}health:\n  checks:\n    - name: net\n      systemdServices: [systemd-networkd]\n      timeoutSeconds: soon\n`;
    expect(await problemsOf(text)).toEqual([{ path: '/health/checks/0/timeoutSeconds', message: 'must be integer', line: 27, column: 23 }]);
  });

  it('a bad enum value, in one message that lists what is allowed', async () => {
    const problems = await problemsOf(BASE.replace('type: esp', 'type: efi'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '/storage/disks/0/partitions/0/type', line: 11, column: 17 });
    expect(problems[0]?.message).toBe(
      'must be "esp", "root", "swap", "root-verity", "home", "var", "usr", "usr-verity", "tmp", "linux-generic", "srv", "xbootldr" or a string in format "uuid"',
    );
  });

  it('a bad enum value in a nullable enum (selinux mode)', async () => {
    expect(await problemsOf(`${BASE}os:\n  selinux:\n    mode: strict\n`)).toEqual([
      { path: '/os/selinux/mode', message: 'must be null, "disabled", "permissive" or "enforcing"', line: 25, column: 11 },
    ]);
  });

  it('image.url without a scheme, with the URL the ISO would need', async () => {
    expect(await problemsOf(BASE.replace('file:///mnt/trident_cdrom/images/azure-linux.cosi', '/images/azure-linux.cosi'))).toEqual([
      {
        path: '/image/url',
        message:
          '"/images/azure-linux.cosi" is not a URL: it needs a scheme (file://, http://, https:// or oci://); for a COSI the ISO carries at /images/azure-linux.cosi, write "file:///mnt/trident_cdrom/images/azure-linux.cosi"',
        line: 2,
        column: 8,
      },
    ]);
  });

  it('image.url with a scheme Trident does not read', async () => {
    const problems = await problemsOf(BASE.replace('file:///mnt', 'ftp://host/mnt'));
    expect(problems).toEqual([
      expect.objectContaining({ path: '/image/url', message: expect.stringContaining('"ftp://" is not one Trident reads') }),
    ]);
  });

  it("a URL field is read as Trident's url crate reads it (the WHATWG URL Standard): a space in a path is fine, in a host it is not", async () => {
    const sysext = (url: string) => `${BASE}os:\n  sysexts:\n    - url: '${url}'\n      sha384: ${'a'.repeat(96)}\n`;
    expect(await problemsOf(sysext('https://example.com/my ext.raw'))).toEqual([]);
    expect(await problemsOf(sysext('file:///var/lib/ext/my ext.raw'))).toEqual([]);
    expect((await problemsOf(sysext('https://exa mple.com/ext.raw'))).map((p) => p.path)).toEqual(['/os/sysexts/0/url']);
    expect((await problemsOf(sysext('ext.raw'))).map((p) => p.path)).toEqual(['/os/sysexts/0/url']);
  });

  it('image.sha384 that is neither 96 hex digits nor "ignored"', async () => {
    expect(await problemsOf(BASE.replace('sha384: ignored', 'sha384: abc123'))).toEqual([
      {
        path: '/image/sha384',
        message: 'must be the SHA-384 of the COSI\'s metadata.json (96 hex digits) or the literal "ignored"; got 6 characters',
        line: 3,
        column: 11,
      },
    ]);
  });

  it('image.sha384 of 96 hex digits is accepted, in either case', async () => {
    expect(await problemsOf(BASE.replace('sha384: ignored', `sha384: ${'aB'.repeat(48)}`))).toEqual([]);
  });

  it('image.sha384 that YAML reads as a number', async () => {
    const [problem] = await problemsOf(BASE.replace('sha384: ignored', `sha384: ${'1'.repeat(96)}`));
    expect(problem).toMatchObject({ path: '/image/sha384', message: expect.stringContaining('must be quoted') });
  });

  it('image without sha384 (Trident requires it)', async () => {
    expect(await problemsOf(BASE.replace('  sha384: ignored\n', ''))).toEqual([
      { path: '/image', message: 'missing required key "sha384"', line: 2, column: 3 },
    ]);
  });

  it('a document that is not a mapping', async () => {
    expect(await problemsOf('- a\n- b\n')).toEqual([
      {
        path: '',
        message: "must be a mapping with Trident's keys (health, image, managementOs, os, scripts, storage, trident), not a list",
        line: 1,
        column: 1,
      },
    ]);
    expect(await checkHostConfig(null)).toEqual([expect.objectContaining({ path: '', message: expect.stringContaining('not an empty document') })]);
  });

  it('without the document, problems have paths but no positions', async () => {
    const { value } = parsed(`${BASE}os:\n  hostname: 42\n`);
    expect(await checkHostConfig(value)).toEqual([{ path: '/os/hostname', message: 'must be null or string' }]);
  });

  it('several problems come back in source order', async () => {
    const text = `${BASE.replace('sha384: ignored', 'sha384: x')}os:\n  hostname: 1\nextra: 2\n`;
    expect((await problemsOf(text)).map((p) => p.path)).toEqual(['/image/sha384', '/os/hostname', '/extra']);
  });
});

describe("where the schema disagrees with Trident's parser, the parser wins", () => {
  const withScripts = (script: string): string => `${BASE}scripts:\n  postConfigure:\n${script}`;

  it('Script: flattened content/path are accepted next to name and runOn', async () => {
    expect(await problemsOf(withScripts('    - name: a\n      runOn: [all]\n      path: /x.sh\n      arguments: [-v]\n'))).toEqual([]);
  });

  it('Script: content and path together are one clear problem', async () => {
    expect(await problemsOf(withScripts('    - name: a\n      content: echo\n      path: /x.sh\n'))).toEqual([
      { path: '/scripts/postConfigure/0', message: 'must have exactly one of the keys "content" or "path"', line: 25, column: 7 },
    ]);
  });

  it('Script: neither content nor path', async () => {
    expect(await problemsOf(withScripts('    - name: a\n'))).toEqual([
      expect.objectContaining({ path: '/scripts/postConfigure/0', message: 'must have exactly one of the keys "content" or "path"' }),
    ]);
  });

  it('Script: an unknown key is still unknown', async () => {
    expect(await problemsOf(withScripts('    - name: a\n      content: echo\n      shell: bash\n'))).toEqual([
      expect.objectContaining({ path: '/scripts/postConfigure/0/shell', message: expect.stringContaining('unknown key "shell"') }),
    ]);
  });

  it('health.checks: the externally tagged form of the schema is what the parser rejects', async () => {
    const text = `${BASE}health:\n  checks:\n    - Script:\n        name: a\n        content: echo\n`;
    expect(await problemsOf(text)).toEqual([
      expect.objectContaining({ path: '/health/checks/0/Script', message: expect.stringContaining('unknown key "Script"') }),
    ]);
  });

  it('health.checks: an unknown key in an untagged script check names that key only', async () => {
    const text = `${BASE}health:\n  checks:\n    - name: a\n      content: echo\n      retries: 3\n`;
    expect(await problemsOf(text)).toEqual([expect.objectContaining({ path: '/health/checks/0/retries' })]);
  });

  const encryption = (pcrs: string): string =>
    `${BASE.replace('  filesystems:', `  encryption:\n    volumes: []\n    pcrs: ${pcrs}\n  filesystems:`)}`;

  it('storage.encryption.pcrs: systemd names and numbers 0-23 are accepted', async () => {
    expect(await problemsOf(encryption('[boot-loader-code, 7, kernel-boot, pcr8, 0, 23]'))).toEqual([]);
    expect(PCR_NAMES).toHaveLength(24);
  });

  it('storage.encryption.pcrs: the Rust variant name of the schema, and 24, are rejected', async () => {
    expect((await problemsOf(encryption('[Pcr7, 24]'))).map((p) => p.path)).toEqual(['/storage/encryption/pcrs/0', '/storage/encryption/pcrs/1']);
  });

  it('storage.encryption.recoveryKeyUrl must be a URI (standard uri format)', async () => {
    const text = encryption('[7]').replace('    volumes: []', '    recoveryKeyUrl: recovery.key\n    volumes: []');
    expect(await problemsOf(text)).toEqual([
      expect.objectContaining({ path: '/storage/encryption/recoveryKeyUrl', message: 'must be null or a string in format "uri"' }),
    ]);
  });

  it('storage.swap: a list of ids or {deviceId} objects; the items are still checked', async () => {
    const swap = (items: string): string => BASE.replace('  filesystems:', `  swap:\n${items}  filesystems:`);
    expect(await problemsOf(swap('    - deviceId: esp\n    - root\n'))).toEqual([]);
    expect((await problemsOf(swap('    - 7\n    - deviceId: 3\n'))).map((p) => [p.path, p.message])).toEqual([
      ['/storage/swap/0', 'must be object or string'],
      ['/storage/swap/1/deviceId', 'must be string'],
    ]);
  });

  it('partition size: the regex-named format is enforced (grow, 4096 and 1G pass; 64Q does not)', async () => {
    expect(await problemsOf(BASE.replace('size: grow', 'size: 4096').replace('size: 64M', 'size: 1G'))).toEqual([]);
    expect(await problemsOf(BASE.replace('size: 64M', 'size: 64Q'))).toEqual([
      expect.objectContaining({ path: '/storage/disks/0/partitions/0/size', message: 'must be "grow" or a string in format "\\d+\\s*[KMGT]?"' }),
    ]);
  });

  it('partition type: a GPT type UUID is accepted (standard uuid format), a malformed one is not', async () => {
    expect(await problemsOf(BASE.replace('type: esp', 'type: c12a7328-f81f-11d2-ba4b-00a0c93ec93b'))).toEqual([]);
    expect(await problemsOf(BASE.replace('type: esp', 'type: c12a7328-f81f'))).toHaveLength(1);
  });

  it('fields with custom Rust-type formats (Block Device ID, Netplan YAML, uint) accept any value of their type', async () => {
    const text = `${BASE}os:\n  netplan: {version: 2, anything: [goes]}\nmanagementOs:\n  netplan: {version: 2}\n`;
    expect(await problemsOf(text)).toEqual([]);
  });
});

describe('the corrected schema', () => {
  it('is derived without touching the vendored schema', () => {
    const before = structuredClone(rawSchema);
    correctHostConfigSchema(rawSchema);
    expect(rawSchema).toEqual(before);
  });

  it('is judged alike by the yes-or-no check (src/data/schema-check.ts) and the explaining validator, on the samples and 1000 mutations of them', async () => {
    const explainer = await hostConfigExplainer();
    const samples = sampleNames.map((name) => parsed(sample(name)).value);
    for (const value of samples) {
      expect(hostConfigValid(value)).toBe(true);
      expect(explainer(value)).toBe(true);
    }
    const { disagreements, tally } = judgeMutations(samples, 1000, (value) => [hostConfigValid(value), explainer(value)]);
    expect(disagreements).toEqual([]);
    // Both answers are common: the mutations reach past the top level, and not only into what the schema leaves open.
    expect(tally.valid).toBeGreaterThan(100);
    expect(tally.invalid).toBeGreaterThan(100);
  });

  it('a refusal is explained by the validator that lists the errors, and one that accepts what the check refused is an internal error, never a pass', async () => {
    const explainer = await hostConfigExplainer();
    const refused = { image: { url: 5 } };
    expect(hostConfigValid(refused)).toBe(false);
    expect(explainRefusal(refused, explainer, correctHostConfigSchema(rawSchema), 'host config').map((p) => p.path)).toContain('/image/url');
    const accepting = Object.assign(() => true, { errors: null }) as unknown as ValidateFunction;
    expect(() => explainRefusal(refused, accepting, {}, 'host config')).toThrow(/^internal error: the host config validators disagree/);
  });

  it("keeps the vendored schema's top-level keys, which the checks name from the check's schema (host-config-check.ts)", () => {
    expect(hostConfigKeys()).toEqual(Object.keys(rawSchema.properties));
  });

  it('has no $ref, nullable or string_shortcut left', () => {
    const text = JSON.stringify(correctHostConfigSchema(rawSchema));
    expect(text).not.toMatch(/"\$ref"|"nullable"|"string_shortcut"|"definitions"/);
  });
});

describe('parseHostConfig', () => {
  it('reports a syntax error at its 1-based line and column', () => {
    expect(parseHostConfig('storage:\n  disks:\n    - id: os\n      device: [/dev/sda\nos: {}\n')).toEqual({
      error: { path: '', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', line: 5, column: 1 },
    });
  });

  it('reports a duplicate key (Trident would reject it too)', () => {
    expect(parseHostConfig('image:\n  url: a\n  url: b\n')).toEqual({
      error: { path: '', message: 'Map keys must be unique', line: 3, column: 3 },
    });
  });

  it('refuses a billion-laughs alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const result = parseHostConfig(bomb);
    expect(result).toHaveProperty('error');
  });
});

describe('wireImage', () => {
  const url = expectedCosiUrl('/images/azure-linux.cosi');
  const sha = 'ab'.repeat(48);

  it('sets url and sha384, keeps comments, key order and every other value, and leaves the input alone', () => {
    const file = new URL('simple.yaml', SAMPLES);
    const before = readFileSync(file, 'utf8');
    const text = before.slice();
    const out = wireImage(text, url, sha);
    expect(text).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(out).toContain('# THIS FILE IS AUTOMATICALLY GENERATED');
    expect(out).toContain('# Simple sample showcasing OS config');
    const original = parseDocument(before).toJS() as Record<string, unknown>;
    const wired = parseDocument(out).toJS() as Record<string, unknown>;
    expect(Object.keys(wired)).toEqual(Object.keys(original));
    expect(wired).toEqual({ ...original, image: { url, sha384: sha } });
  });

  it.each(sampleNames)('wires the document parseHostConfig made of %s to the same text as wireImage', (name) => {
    const parsed = parseHostConfig(sample(name));
    if ('error' in parsed) throw new Error(parsed.error.message);
    expect(wireImageInto(parsed.doc, url, sha)).toBe(wireImage(sample(name), url, sha));
  });

  it.each(sampleNames)('keeps %s otherwise identical in value and still valid', async (name) => {
    const out = wireImage(sample(name), url, sha);
    const original = parseDocument(sample(name)).toJS() as Record<string, unknown>;
    expect(parseDocument(out).toJS()).toEqual({ ...original, image: { url, sha384: sha } });
    expect(await problemsOf(out)).toEqual([]);
  });

  it('does not fold long lines', () => {
    const out = wireImage(sample('verity.yaml'), url, sha);
    expect(out).toContain('content: mkdir -p /var/lib/trident-overlay/etc-rw/upper && mkdir -p /var/lib/trident-overlay/etc-rw/work\n');
  });

  it('keeps comments around the replaced values and the image keys in place', () => {
    const out = wireImage('# top\nimage: # where from\n  url: old # old url\n  sha384: ignored\nos: {}\n', url, sha);
    // yaml re-emits a comment that follows `image:` on the line below it; the comment itself survives.
    expect(out).toBe(`# top\nimage:\n  # where from\n  url: ${url} # old url\n  sha384: ${sha}\nos: {}\n`);
  });

  it('creates image when it is missing', () => {
    const out = wireImage('# my config\nos:\n  hostname: a\n', url, sha);
    expect(out).toBe(`# my config\nos:\n  hostname: a\nimage:\n  url: ${url}\n  sha384: ${sha}\n`);
  });

  it('adds the missing key when image has only one of them, and replaces image: null', () => {
    expect(parseDocument(wireImage('image:\n  url: x\n', url, sha)).toJS()).toEqual({ image: { url, sha384: sha } });
    expect(parseDocument(wireImage('image: null\n', url, sha)).toJS()).toEqual({ image: { url, sha384: sha } });
    expect(parseDocument(wireImage('', url, sha)).toJS()).toEqual({ image: { url, sha384: sha } });
  });

  it('quotes a digits-only checksum so it stays a string', () => {
    const digits = '1'.repeat(96);
    expect(imageOf(parseDocument(wireImage('os: {}\n', url, digits)).toJS())).toEqual({ url, sha384: digits });
  });

  it('refuses text that does not parse, or is not a mapping', () => {
    expect(() => wireImage('a: [\n', url, sha)).toThrow(/does not parse/);
    expect(() => wireImage('- a\n', url, sha)).toThrow(/not a mapping/);
  });
});

describe('imageOf and expectedCosiUrl', () => {
  it('imageOf takes only string values', () => {
    expect(imageOf({ image: { url: 'file:///a', sha384: 'ignored' } })).toEqual({ url: 'file:///a', sha384: 'ignored' });
    expect(imageOf({ image: { url: 5 } })).toEqual({});
    expect(imageOf({ image: null })).toEqual({});
    expect(imageOf('text')).toEqual({});
  });

  it("expectedCosiUrl is the file URL under the live ISO's media mount", () => {
    expect(expectedCosiUrl('/images/azure-linux.cosi')).toBe('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect(() => expectedCosiUrl('images/azure-linux.cosi')).toThrow(/absolute/);
  });
});

describe('formatProblems', () => {
  it('writes file:line:column: path: message, one per line', () => {
    const text = formatProblems(
      [
        { path: '/image/url', message: 'bad', line: 2, column: 8 },
        { path: '', message: 'not a mapping' },
      ],
      'host-config.yaml',
    );
    expect(text).toBe('host-config.yaml:2:8: /image/url: bad\nhost-config.yaml: (root): not a mapping');
  });
});
