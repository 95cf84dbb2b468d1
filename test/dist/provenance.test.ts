// Every file an entry point of dist/ loads is one its own ncc build wrote
// (dist/manifest.json, written by scripts/bundle.js). The check itself is
// test/dist/provenance.ts; here it runs on the committed dist/ and on copies
// broken the ways a bundle can break, including the old layout (three builds
// copied into one folder, where the last build's chunks win).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/runner.js';
import { checkProvenance, type Manifest } from './provenance.js';

const DIST = path.join(REPO, 'dist');
const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as Manifest;
const committed = checkProvenance(DIST);
const scratch = mkdtempSync(path.join(tmpdir(), 'provenance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the committed dist/ to break. */
function copyOfDist(name: string): string {
  const copy = path.join(scratch, name);
  cpSync(DIST, copy, { recursive: true });
  return copy;
}

/** The chunks an entry loads lazily (not its index.js), as paths relative to dist/. */
function chunksOf(entry: string): string[] {
  return (committed.loaded[entry] ?? []).filter((f) => /\/\d+\.index\.js$/.test(f));
}

describe('dist/ provenance', () => {
  it('has one folder per entry point, each loading only files its own build wrote', () => {
    const { problems, loaded } = committed;
    expect(problems).toEqual([]);
    expect(Object.keys(manifest.entries).sort()).toEqual(['cli', 'main', 'post']);
    for (const [name, { entry }] of Object.entries(manifest.entries)) {
      expect(entry).toBe(`${name}/index.js`);
      expect(loaded[name]?.[0]).toBe(entry);
      // Everything it loads is in its own folder.
      for (const file of loaded[name] ?? []) expect(file.startsWith(`${name}/`), file).toBe(true);
    }
    // The check followed the lazily loaded chunks (the artifact and cache clients), not only the entry files.
    expect(chunksOf('main').length).toBeGreaterThanOrEqual(2);
    expect(chunksOf('cli').length).toBeGreaterThanOrEqual(2);
  });

  it('the manifest is what is on disk: every file of dist/ is listed (with its SHA-256), nothing else', () => {
    const onDisk = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(DIST, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .filter((f) => f !== 'manifest.json')
      .sort();
    const listed = Object.values(manifest.entries)
      .flatMap((e) => Object.keys(e.files))
      .sort();
    expect(listed).toEqual(onDisk);
  });

  it("fails when an entry loads a chunk of the same name from another entry's build", () => {
    const names = chunksOf('main').map((f) => path.basename(f));
    // A chunk name both builds wrote; where no such chunk differs today (the builds share their lazy
    // chunks' content), the cli's copy stands for a later build that changed it.
    const shared =
      names.find((name) => manifest.entries.cli!.files[`cli/${name}`] && manifest.entries.main!.files[`main/${name}`] !== manifest.entries.cli!.files[`cli/${name}`]) ??
      names.find((name) => manifest.entries.cli!.files[`cli/${name}`]);
    expect(shared, 'a chunk name that main and cli both have').toBeDefined();
    const copy = copyOfDist('foreign-chunk');
    const foreign = readFileSync(path.join(copy, 'cli', shared!), 'utf8');
    const same = manifest.entries.main!.files[`main/${shared!}`] === manifest.entries.cli!.files[`cli/${shared!}`];
    writeFileSync(path.join(copy, 'main', shared!), same ? `${foreign}\n// written by another build\n` : foreign);
    const { problems } = checkProvenance(copy);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^main: main/${shared!.replace('.', '\\.')} \\(loaded by main/index\\.js\\) is not the file the main build wrote: SHA-256 [0-9a-f]{64}, the build wrote [0-9a-f]{64}$`))]);
  });

  it('fails on the old layout: the three builds copied into one folder, the last one winning', () => {
    // What the previous scripts/bundle.js did with the same three builds: index.js → index.js, post.js, cli.js;
    // each build's chunks copied under their own names, in the order index, post, cli.
    const old = path.join(scratch, 'old-layout');
    const oldManifest: Manifest = { entries: {} };
    for (const [name, target] of [
      ['main', 'index'],
      ['post', 'post'],
      ['cli', 'cli'],
    ] as const) {
      const files: Record<string, string> = {};
      for (const [file, sha] of Object.entries(manifest.entries[name]!.files)) {
        const base = path.basename(file);
        if (base === 'package.json') continue;
        const renamed = base === 'index.js' ? `${target}.js` : base === 'licenses.txt' ? `${target}.licenses.txt` : base;
        cpSync(path.join(DIST, file), path.join(old, renamed));
        files[renamed] = sha;
        // Where the builds' lazy chunks share their content today, the cli's copy stands for a later build that changed it.
        if (target === 'cli' && oldManifest.entries.index?.files[renamed] === sha) {
          const changed = `${readFileSync(path.join(old, renamed), 'utf8')}\n// written by another build\n`;
          writeFileSync(path.join(old, renamed), changed);
          files[renamed] = createHash('sha256').update(changed).digest('hex');
        }
      }
      oldManifest.entries[target] = { entry: `${target}.js`, files };
    }
    writeFileSync(path.join(old, 'package.json'), '{\n  "type": "module"\n}\n');
    writeFileSync(path.join(old, 'manifest.json'), JSON.stringify(oldManifest));

    const { problems } = checkProvenance(old);
    // index.js loads the chunk the cli build wrote under the same name.
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^index: \d+\.index\.js \(loaded by index\.js\) is not the file the index build wrote/)]));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+\.index\.js was written by 2 builds \(index, cli\)/)]));
  });

  it('fails when an entry requests a chunk that is missing, or a chunk that declares other ids', () => {
    const [first, second] = chunksOf('main');
    const missing = copyOfDist('missing-chunk');
    rmSync(path.join(missing, first!));
    expect(checkProvenance(missing).problems).toEqual(
      expect.arrayContaining([`main: ${first} (loaded by main/index.js) does not exist`, `main: ${first} is in the manifest but not in ${missing}`]),
    );

    // The right bytes under the wrong name: the manifest is consistent, the chunk id is not.
    const swapped = copyOfDist('swapped-chunks');
    const data: Manifest = JSON.parse(readFileSync(path.join(swapped, 'manifest.json'), 'utf8')) as Manifest;
    const files = data.entries.main!.files;
    [files[first!], files[second!]] = [files[second!]!, files[first!]!];
    const a = readFileSync(path.join(swapped, first!));
    cpSync(path.join(swapped, second!), path.join(swapped, first!));
    writeFileSync(path.join(swapped, second!), a);
    writeFileSync(path.join(swapped, 'manifest.json'), JSON.stringify(data));
    const { problems } = checkProvenance(swapped);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^main: ${first!.replace('.', '\\.')} \\(loaded by main/index\\.js\\) was loaded as chunk \\d+ but declares ids \\[\\d+\\]$`))]));
  });

  it('fails on a file in an entry folder that its build did not write', () => {
    const copy = copyOfDist('stray-file');
    writeFileSync(path.join(copy, 'post', '7.index.js'), 'export const ids = [7];\n');
    expect(checkProvenance(copy).problems).toEqual(['post: post/7.index.js is in post/ but its build did not write it']);
  });
});
