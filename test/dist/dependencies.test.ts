// @azure/storage-blob is bundled once: @actions/artifact and @actions/cache
// share one copy (package.json "overrides" holds it at the range that
// @actions/cache pins, which @actions/artifact's range includes). A second
// copy would add about 0.9 MB to dist/main/ and dist/cli/ and give the two
// clients different Azure SDKs. When a dependency update needs another
// version, these tests say so; update the override, run npm install and
// `npm run bundle`, and run test/dist/proxy.test.ts (upload and cache).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/runner.js';

interface LockPackage {
  version?: string;
  dependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { overrides?: Record<string, string> };

const NAME = '@azure/storage-blob';

describe(`${NAME} is installed and bundled once`, () => {
  const copies = Object.entries(lock.packages).filter(([where]) => where.endsWith(`node_modules/${NAME}`));

  it('package-lock.json has one copy', () => {
    expect(copies.map(([where, p]) => `${where}@${p.version}`)).toEqual([`node_modules/${NAME}@${copies[0]?.[1].version}`]);
  });

  it('that copy satisfies the range every package that depends on it declares (the override forces none out of range)', () => {
    const version = copies[0]?.[1].version ?? '';
    const dependents = Object.entries(lock.packages).filter(([, p]) => p.dependencies?.[NAME] !== undefined);
    expect(dependents.map(([where]) => where).sort()).toEqual(expect.arrayContaining(['node_modules/@actions/artifact', 'node_modules/@actions/cache']));
    for (const [where, p] of dependents) expect(semver.satisfies(version, p.dependencies![NAME]!), `${where} wants ${p.dependencies![NAME]}`).toBe(true);
    expect(semver.satisfies(version, pkg.overrides?.[NAME] ?? '')).toBe(true);
  });

  // One class BlockBlobClient per copy of the SDK in what an entry loads.
  it.each(['main', 'cli'])('dist/%s/ holds one copy of its client classes', (entry) => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'dist', 'manifest.json'), 'utf8')) as { entries: Record<string, { files: Record<string, string> }> };
    const code = Object.keys(manifest.entries[entry]!.files)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(REPO, 'dist', f), 'utf8'))
      .join('\n');
    expect(code.match(/\bclass BlockBlobClient extends\b/g)?.length).toBe(1);
  });
});
