// Image Customizer's YAML-only package-list fields (issue 10, defect 6):
// os.packages.installLists, removeLists, updateLists are accepted by the
// schema check, and their files are checked: they exist inside the config's
// folder, parse, and hold `packages:` lists.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackageList, readPackageLists, splitPackageLists } from '../../src/customizer/package-lists.js';
import { checkCustomizerConfig } from '../../src/customizer/schema.js';
import { customizerFeatures } from '../../src/customizer/version.js';

const config = {
  os: { packages: { installLists: ['lists/base.yaml'], removeLists: ['lists/remove.yaml'], updateLists: ['lists/update.yaml'], install: ['vim'] } },
};

describe('the YAML-only package-list fields', () => {
  it('pass the schema check of both supported versions, which lacks them', async () => {
    for (const version of ['0.18.0', '1.6.0']) expect(await checkCustomizerConfig(config, customizerFeatures(version)), version).toEqual([]);
    // Other unknown keys are still unknown.
    expect(await checkCustomizerConfig({ os: { packages: { installList: ['x'] } } }, customizerFeatures('0.18.0'))).toEqual([
      { path: '/os/packages/installList', message: "unknown key 'installList' (Image Customizer rejects keys it does not know)" },
    ]);
  });

  it('must be lists of paths', async () => {
    expect(
      await checkCustomizerConfig({ os: { packages: { installLists: 'lists/base.yaml', updateLists: [3] } } }, customizerFeatures('1.6.0')),
    ).toEqual([
      { path: '/os/packages/installLists', message: 'must be a list of file paths' },
      { path: '/os/packages/updateLists/0', message: 'must be a file path' },
    ]);
  });

  it('are split from the rest, with where each one is', () => {
    const { rest, refs } = splitPackageLists(config);
    expect(rest).toEqual({ os: { packages: { install: ['vim'] } } });
    expect(refs).toEqual([
      { key: 'installLists', path: 'lists/base.yaml', pointer: '/os/packages/installLists/0' },
      { key: 'removeLists', path: 'lists/remove.yaml', pointer: '/os/packages/removeLists/0' },
      { key: 'updateLists', path: 'lists/update.yaml', pointer: '/os/packages/updateLists/0' },
    ]);
  });
});

describe('package-list files', () => {
  it('parse as Image Customizer decodes them: `packages:` only', () => {
    expect(parsePackageList('packages:\n  - vim\n  - jq\n')).toEqual({ packages: ['vim', 'jq'] });
    expect(parsePackageList('packages: []\n')).toEqual({ packages: [] });
    expect(parsePackageList('packages:\n  - vim\nextra: 1\n')).toEqual({ error: expect.stringMatching(/unknown key 'extra'/) });
    expect(parsePackageList('- vim\n')).toEqual({ error: expect.stringMatching(/must be a YAML mapping/) });
    expect(parsePackageList('')).toEqual({ error: expect.stringMatching(/must be a YAML mapping/) });
    expect(parsePackageList('packages: vim\n')).toEqual({ error: '`packages:` must be a list of package names' });
    expect(parsePackageList('packages: [[a]]\n')).toEqual({ error: '`packages:` must list package names only' });
    expect(parsePackageList('packages: [\n')).toEqual({ error: expect.stringMatching(/is not valid YAML/) });
  });

  it('must exist inside the config folder, the one folder Image Customizer sees', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lists-'));
    const dir = path.join(root, 'config');
    mkdirSync(path.join(dir, 'lists'), { recursive: true });
    writeFileSync(path.join(dir, 'lists', 'base.yaml'), 'packages: [vim]\n');
    writeFileSync(path.join(dir, 'lists', 'bad.yaml'), 'pkgs: [vim]\n');
    writeFileSync(path.join(root, 'outside.yaml'), 'packages: [vim]\n');
    symlinkSync(path.join(root, 'outside.yaml'), path.join(dir, 'lists', 'link.yaml'));
    const refs = [
      'lists/base.yaml',
      'lists/missing.yaml',
      '../outside.yaml',
      path.join(root, 'outside.yaml'),
      'lists/link.yaml',
      'lists/bad.yaml',
      'lists',
    ].map((p, i) => ({ key: 'installLists' as const, path: p, pointer: `/os/packages/installLists/${i}` }));
    const { lists, problems } = readPackageLists(refs, dir);
    expect(lists).toEqual([{ ...refs[0], file: path.join(dir, 'lists', 'base.yaml'), packages: ['vim'] }]);
    expect(problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      `/os/packages/installLists/1 'lists/missing.yaml' does not exist or is not a file (relative paths start at ${dir})`,
      `/os/packages/installLists/2 '../outside.yaml' is outside ${dir}; only that folder is available to Image Customizer: move the list into it`,
      `/os/packages/installLists/3 '${path.join(root, 'outside.yaml')}' is outside ${dir}; only that folder is available to Image Customizer: move the list into it`,
      `/os/packages/installLists/4 'lists/link.yaml' is outside ${dir}; only that folder is available to Image Customizer: move the list into it`,
      "/os/packages/installLists/5 'lists/bad.yaml' has unknown key 'pkgs' (Image Customizer reads only `packages:`)",
      `/os/packages/installLists/6 'lists' does not exist or is not a file (relative paths start at ${dir})`,
    ]);
  });
});
