// patchable and patch mode (patch-iso) in process, through the runner
// emulator with the stand-in tools: a patchable build (the stand-in Image
// Customizer writes a real ISO 9660 image with iso.additionalFiles as plain
// files, as the real one does), then patches of that ISO with other host
// configs, each read back with the real readers (xorriso -osirrox, isoinfo);
// and every ISO and host config patch mode must refuse. The same flow on the
// e2e suite's bootable ISO, and in a VM, is in test/e2e/10-patch.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOST_CONFIG_LINK_SCRIPT } from '../../src/customizer/config.js';
import { emptyPlaceholder, filledPlaceholder, HOST_CONFIG_KEY, ISOPATCH_MAGIC } from '../../src/iso/placeholder.js';
import { UNPRIVILEGED } from '../support/delivery.js';
import { extractWithIsoinfo, extractWithXorriso, makeIso } from '../support/iso-tools.js';
import { NODE24, REPO, runAction, type ActionRun, type RunnerDirs } from '../support/runner.js';
import { readCalls, standinIsoConfig, standinRunner, subcommand } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const FIXTURES = path.join(REPO, 'test', 'fixtures');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;
let cosi: Buffer;

/** A host config for a machine: Trident's simple sample with its own hostname. */
function hostConfig(hostname: string): string {
  const text = readFileSync(path.join(FIXTURES, 'samples', 'host-configs', 'simple.yaml'), 'utf8');
  return text.replace(/^os:\n/m, `os:\n  hostname: ${hostname}\n`);
}

function write(name: string, text: string | Buffer): string {
  writeFileSync(path.join(dirs.workspace, name), text);
  return name;
}

/** The tools a run called, past those already logged. */
function callsSince(before: number) {
  return readCalls(log).slice(before);
}

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'patch-'))));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
  cosi = readFileSync(path.join(dirs.workspace, 'os.cosi'));
});

/** A patchable ISO as a build makes it, without the build: the placeholder and the COSI on the media. */
function patchableIso(name: string, placeholder: Buffer | Buffer[] = emptyPlaceholder(4096), extra: Record<string, Buffer> = {}): string {
  const files: Record<string, Buffer> = { '/images/azure-linux.cosi': cosi, ...extra };
  const all = Array.isArray(placeholder) ? placeholder : [placeholder];
  all.forEach((p, i) => (files[i === 0 ? '/trident-config.yaml' : `/copy-${i}/trident-config.yaml`] = p));
  makeIso(path.join(dirs.workspace, name), files);
  return name;
}

/** The host config copy a run made (read before the post step removes the work folder). */
let carriedCopy: Buffer | undefined;
const keepCopy = (outputs: Record<string, string>) => {
  carriedCopy = outputs['host-config-path'] ? readFileSync(outputs['host-config-path']) : undefined;
};

function patch(iso: string, config: string, output: string, more: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(dirs, { inputs: { 'patch-iso': iso, 'host-config': config, output, ...more }, env, betweenSteps: keepCopy });
}

describe('patchable build, then patches (in process, stand-in Image Customizer)', () => {
  it('three ISOs from one build: each carries its own host config, read back by xorriso and isoinfo; the patches ran no tool', async () => {
    write('node-a.yaml', hostConfig('node-a'));
    const build = await runAction(dirs, {
      inputs: { 'host-config': 'node-a.yaml', cosi: 'os.cosi', patchable: 'true', output: 'a.iso' },
      env,
      betweenSteps: keepCopy,
    });
    expect(build.main.exitCode, build.main.stdout).toBe(0);

    // The config: the placeholder on the media, the link in the live OS, no host config file in the live OS.
    const config = standinIsoConfig(path.join(dirs.workspace, 'a.iso')) as {
      os: { additionalFiles: { destination: string }[] };
      iso: { additionalFiles: { source: string; destination: string }[] };
      scripts: { postCustomization: { content: string }[] };
    };
    expect(config.iso.additionalFiles).toContainEqual({ source: 'trident-config.yaml', destination: '/trident-config.yaml' });
    expect(config.os.additionalFiles.map((f) => f.destination)).not.toContain('/etc/trident/config.yaml');
    expect(config.scripts.postCustomization.map((s) => s.content)).toContain(HOST_CONFIG_LINK_SCRIPT);
    expect(HOST_CONFIG_LINK_SCRIPT).toContain('ln -s -T /mnt/trident_cdrom/trident-config.yaml /etc/trident/config.yaml');
    expect(build.main.stdout).toMatch(
      /Placeholder \/trident-config\.yaml: at byte \d+, 16384 bytes, holding the host config; the ISO can be patched/,
    );

    const built = carriedCopy!;
    expect(built.toString()).toContain('hostname: node-a');
    const expectedA = filledPlaceholder(built, 16384) as Buffer;
    for (const read of [extractWithXorriso, extractWithIsoinfo])
      expect(read(path.join(dirs.workspace, 'a.iso'), '/trident-config.yaml').equals(expectedA)).toBe(true);
    const pristine = sha256(path.join(dirs.workspace, 'a.iso'));

    const patched: Record<string, Buffer> = {};
    for (const node of ['node-b', 'node-c']) {
      write(`${node}.yaml`, hostConfig(node));
      const before = readCalls(log).length;
      const run = await patch('a.iso', `${node}.yaml`, `${node}.iso`);
      expect(run.main.exitCode, run.main.stdout + run.main.stderr).toBe(0);
      // No container, no pull, no build: no tool ran at all.
      expect(callsSince(before)).toEqual([]);
      const out = path.join(dirs.workspace, `${node}.iso`);
      const carried = carriedCopy!;
      expect(carried.toString()).toContain(`hostname: ${node}`);
      // The copy is wired to the COSI the ISO carries, as a build wires it.
      const image = (parse(carried.toString()) as { image: { url: string; sha384: string } }).image;
      expect(image.url).toBe('file:///mnt/trident_cdrom/images/azure-linux.cosi');
      expect(image.sha384).toBe(
        createHash('sha384')
          .update(execFileSync('tar', ['-xOf', path.join(dirs.workspace, 'os.cosi'), 'metadata.json']))
          .digest('hex'),
      );
      const expected = filledPlaceholder(carried, 16384) as Buffer;
      patched[node] = expected;
      for (const read of [extractWithXorriso, extractWithIsoinfo]) expect(read(out, '/trident-config.yaml').equals(expected)).toBe(true);
      // The rest of the ISO is as built: the COSI byte for byte, the same size.
      expect(extractWithIsoinfo(out, '/images/azure-linux.cosi').equals(cosi)).toBe(true);
      expect(run.outputs['iso-sha256']).toBe(sha256(out));
      expect(run.outputs['iso-size']).toBe(String(readFileSync(out).length));
      expect(readFileSync(out).length).toBe(readFileSync(path.join(dirs.workspace, 'a.iso')).length);
      expect(run.summary).toContain('## Trident installer ISO (patched)');
      expect(run.summary).toContain(sha256(out));
      expect(run.summary).toContain('/a.iso`');
      // The ISO given is never modified.
      expect(sha256(path.join(dirs.workspace, 'a.iso'))).toBe(pristine);
      expect(run.post?.exitCode).toBe(0);
    }
    expect(patched['node-b']!.equals(patched['node-c']!)).toBe(false);
    // Each ISO passes the ISO 9660 check of a real reader (xorriso reads its whole directory tree).
    for (const iso of ['a.iso', 'node-b.iso', 'node-c.iso']) {
      const report = execFileSync('xorriso', ['-indev', path.join(dirs.workspace, iso), '-find', '/', '-type', 'f'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(report).toContain('/trident-config.yaml');
    }
  });

  it('a patched ISO can be patched again: the first line stays, so the placeholder is still found', async () => {
    write('b.yaml', hostConfig('node-b'));
    write('c.yaml', hostConfig('node-c'));
    patchableIso('in.iso');
    expect((await patch('in.iso', 'b.yaml', 'b.iso')).main.exitCode).toBe(0);
    const again = await patch('b.iso', 'c.yaml', 'c.iso');
    expect(again.main.exitCode, again.main.stdout).toBe(0);
    expect(again.main.stdout).toMatch(/4096 bytes, filled/);
    expect(extractWithXorriso(path.join(dirs.workspace, 'c.iso'), '/trident-config.yaml').toString()).toContain('hostname: node-c');
  });

  it('a build refuses a placeholder-size too small for its own host config, saying by how many bytes, before any tool runs', async () => {
    write('node-a.yaml', hostConfig('node-a'));
    const run = await runAction(dirs, {
      inputs: { 'host-config': 'node-a.yaml', cosi: 'os.cosi', patchable: 'true', 'placeholder-size': '1024' },
      env,
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({ title: "Input 'placeholder-size'" });
    expect(run.main.errors[0]?.message).toMatch(/too small by \d+ bytes/);
    expect(readCalls(log).filter((c) => subcommand(c) === 'run')).toEqual([]);
  });
});

// Patch mode needs no root: the bundled CLI, started as `nobody` (the uid a job
// runs as when it is not root), patches an ISO that user owns.
describe.runIf(process.getuid?.() === 0)('trident-iso patch as an unprivileged user (the bundle, as nobody)', () => {
  it('patches, reports the SHA-256 of what it wrote, and leaves the ISO given as it was', () => {
    write('b.yaml', hostConfig('node-b'));
    patchableIso('in.iso');
    const own = mkdtempSync(path.join(tmpdir(), 'nobody-'));
    for (const f of ['in.iso', 'b.yaml', 'os.cosi']) copyFileSync(path.join(dirs.workspace, f), path.join(own, f));
    for (const f of ['', 'in.iso', 'b.yaml', 'os.cosi']) chownSync(path.join(own, f), UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    const given = sha256(path.join(own, 'in.iso'));
    const r = spawnSync(
      NODE24,
      [path.join(REPO, 'bin', 'trident-iso.js'), 'patch', '--iso', 'in.iso', '--host-config', 'b.yaml', '--output', 'b.iso'],
      {
        cwd: own,
        uid: UNPRIVILEGED.uid,
        gid: UNPRIVILEGED.gid,
        env: { PATH: process.env.PATH ?? '', HOME: own, TMPDIR: own },
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const out = path.join(own, 'b.iso');
    expect(statSync(out).uid).toBe(UNPRIVILEGED.uid);
    expect(r.stdout).toContain(`iso-sha256: ${sha256(out)}`);
    expect(extractWithXorriso(out, '/trident-config.yaml').toString()).toContain('hostname: node-b');
    expect(sha256(path.join(own, 'in.iso'))).toBe(given);
  });
});

describe('patch mode refuses (in process): nothing written, the ISO given untouched', () => {
  async function refused(iso: string, config: string, input: string, message: RegExp, more: Record<string, string> = {}): Promise<void> {
    const file = path.join(dirs.workspace, iso);
    const before = existsSync(file) ? sha256(file) : undefined;
    const run = await patch(iso, config, 'out.iso', more);
    expect(run.main.exitCode, run.main.stdout).toBe(1);
    // A host config's problems are annotated at their place in the file (title host-config: <where>).
    expect(run.main.errors[0]?.title).toMatch(input === 'host-config' ? /^(Input 'host-config'|host-config: )/ : new RegExp(`^Input '${input}'$`));
    expect(run.main.errors[0]?.message).toMatch(message);
    expect(existsSync(path.join(dirs.workspace, 'out.iso'))).toBe(false);
    if (before) expect(sha256(file)).toBe(before);
    expect(readCalls(log)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
  }

  it('a host config that does not fit, saying by how many bytes', async () => {
    const big = hostConfig('node-big') + `# ${'x'.repeat(5000)}\n`;
    write('big.yaml', big);
    patchableIso('in.iso', emptyPlaceholder(2048));
    const run = await patch('in.iso', 'big.yaml', 'out.iso');
    // By how many bytes: what the ISO would carry, less what its placeholder holds after its first line.
    const [, by, carried, holds] =
      /by (\d+) bytes: the ISO would carry (\d+) bytes of host config, and its 2048-byte placeholder holds (\d+)/.exec(
        run.main.errors[0]?.message ?? '',
      ) ?? [];
    expect(Number(holds)).toBe(2048 - `${ISOPATCH_MAGIC}:${HOST_CONFIG_KEY}:\n`.length);
    expect(Number(by)).toBe(Number(carried) - Number(holds));
    expect(Number(carried)).toBeGreaterThan(big.length);
    await refused('in.iso', 'big.yaml', 'host-config', /does not fit the ISO's placeholder by \d+ bytes/);
  });

  it('an ISO with no placeholder, naming the ISO', async () => {
    write('b.yaml', hostConfig('node-b'));
    makeIso(path.join(dirs.workspace, 'plain.iso'), { '/images/azure-linux.cosi': cosi });
    await refused('plain.iso', 'b.yaml', 'patch-iso', /plain\.iso has no host config placeholder.*patchable: true/s);
  });

  it('an ISO with a second placeholder, naming both files', async () => {
    write('b.yaml', hostConfig('node-b'));
    patchableIso('two.iso', [emptyPlaceholder(4096), emptyPlaceholder(4096)]);
    await refused(
      'two.iso',
      'b.yaml',
      'patch-iso',
      /two\.iso has 2 host config placeholders .*\(\/copy-1\/trident-config\.yaml, \/trident-config\.yaml\)/,
    );
  });

  it('a corrupted placeholder (a stray byte in its padding; no final newline)', async () => {
    write('b.yaml', hostConfig('node-b'));
    const stray = emptyPlaceholder(4096);
    stray[3000] = 0x41;
    patchableIso('stray.iso', stray);
    await refused('stray.iso', 'b.yaml', 'patch-iso', /corrupted placeholder \/trident-config\.yaml: byte 3000 of its padding is not '#'/);
    const cut = emptyPlaceholder(4096);
    cut[4095] = 0x23;
    patchableIso('cut.iso', cut);
    await refused('cut.iso', 'b.yaml', 'patch-iso', /corrupted placeholder .*its last byte is not a newline/);
  });

  it('the magic string outside the placeholder file (inside another file)', async () => {
    write('b.yaml', hostConfig('node-b'));
    const inside = Buffer.concat([Buffer.from('leading bytes\n'), emptyPlaceholder(1024)]);
    patchableIso('inside.iso', emptyPlaceholder(4096), { '/notes.txt': inside });
    await refused('inside.iso', 'b.yaml', 'patch-iso', /not only at its placeholder/);
  });

  it("a host config that fails the schema, or does not match the ISO's COSI with host-config-image: keep", async () => {
    patchableIso('in.iso');
    write('bad.yaml', 'storage:\n  disks: 7\n');
    await refused('in.iso', 'bad.yaml', 'host-config', /must be array/);
    write('keep.yaml', hostConfig('node-k'));
    await refused('in.iso', 'keep.yaml', 'host-config', /the ISO carries the COSI at file:\/\/\/mnt\/trident_cdrom\/images\/azure-linux\.cosi/, {
      'host-config-image': 'keep',
    });
  });

  it('the inputs that only shape a build', async () => {
    write('b.yaml', hostConfig('node-b'));
    patchableIso('in.iso');
    await refused('in.iso', 'b.yaml', 'cosi', /shapes a build/, { cosi: 'os.cosi' });
    await refused('in.iso', 'b.yaml', 'patchable', /shapes a build/, { patchable: 'true' });
  });

  it('an output that exists (the ISO given itself, or another file)', async () => {
    write('b.yaml', hostConfig('node-b'));
    patchableIso('in.iso');
    const run = await patch('in.iso', 'b.yaml', 'in.iso');
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors[0]).toMatchObject({ title: "Input 'output'" });
    copyFileSync(path.join(dirs.workspace, 'in.iso'), path.join(dirs.workspace, 'taken.iso'));
    const taken = sha256(path.join(dirs.workspace, 'taken.iso'));
    expect((await patch('in.iso', 'b.yaml', 'taken.iso')).main.errors[0]).toMatchObject({ title: "Input 'output'" });
    expect(sha256(path.join(dirs.workspace, 'taken.iso'))).toBe(taken);
  });
});
