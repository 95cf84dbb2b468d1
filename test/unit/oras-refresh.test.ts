// scripts/refresh-oras-releases.js: the parsing and merging that keep the
// pinned oras release table (src/data/oras-releases.json) in step with oras's
// releases, and the script as a whole against a stand-in of the GitHub API.
//
// test/fixtures/oras/oras_1.3.2_checksums.txt is oras 1.3.2's checksums file
// as goreleaser writes it ("<sha256>  <file>", sorted by file name), with the
// archive lines of that release. There is no network to GitHub here, so its
// lines were written from the table's 1.3.2 entry (which was collected from
// that file); the linux and darwin lines match public copies of the file's
// lines. Other lines a checksums file may hold (SBOMs) are tested with
// synthetic text below.
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Asset {
  checksum: string;
  url: string;
}
type Table = Record<string, Record<string, Record<string, Asset>>>;
interface GitHubRelease {
  tag_name: string;
  draft?: boolean;
  prerelease?: boolean;
  assets?: { name: string; browser_download_url: string }[];
}
interface Refresh {
  MIN_VERSION: string;
  compareVersions(a: string, b: string): number;
  parseChecksums(text: string, version: string): Record<string, Record<string, Asset>>;
  releasesToPin(releases: GitHubRelease[]): { pin: { version: string; checksumsUrl: string }[]; skipped: string[] };
  mergeReleases(table: Table, fetched: Table): { table: Table; added: string[] };
  renderTable(table: Table): string;
  withNewestVersion(actionYml: string, newest: string): string;
  main(args: string[], env: Record<string, string | undefined>): Promise<string[]>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TABLE_FILE = path.join(ROOT, 'src', 'data', 'oras-releases.json');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'oras', 'oras_1.3.2_checksums.txt');
const refresh = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'refresh-oras-releases.js')).href)) as Refresh;
const table = JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as Table;

const sha = (c: string) => c.repeat(64);

describe('parseChecksums', () => {
  it("reads the recorded 1.3.2 checksums file into exactly the table's 1.3.2 entry", () => {
    expect(refresh.parseChecksums(readFileSync(FIXTURE, 'utf8'), '1.3.2')).toEqual(table['1.3.2']);
  });

  it('names each archive by OS and arch, with its download URL; .zip on Windows', () => {
    const parsed = refresh.parseChecksums(`${sha('a')}  oras_1.4.0_linux_amd64.tar.gz\n${sha('b')}  oras_1.4.0_windows_amd64.zip\n`, '1.4.0');
    expect(parsed).toEqual({
      linux: { amd64: { checksum: sha('a'), url: 'https://github.com/oras-project/oras/releases/download/v1.4.0/oras_1.4.0_linux_amd64.tar.gz' } },
      windows: { amd64: { checksum: sha('b'), url: 'https://github.com/oras-project/oras/releases/download/v1.4.0/oras_1.4.0_windows_amd64.zip' } },
    });
  });

  it('skips files that are not archives (SBOMs, signatures) and accepts binary-mode lines', () => {
    const text = [
      `${sha('a')} *oras_1.4.0_linux_arm64.tar.gz`,
      `${sha('c')}  oras_1.4.0_linux_arm64.tar.gz.sbom.json`,
      `${sha('d')}  oras_1.4.0_linux_arm64.tar.gz.asc`,
      '',
    ].join('\n');
    expect(Object.keys(refresh.parseChecksums(text, '1.4.0'))).toEqual(['linux']);
    expect(refresh.parseChecksums(text, '1.4.0').linux).toEqual({ arm64: expect.objectContaining({ checksum: sha('a') }) });
  });

  it.each([
    ['a malformed line, by number', `${sha('a')}  oras_1.4.0_linux_amd64.tar.gz\nnot a checksum line\n`, /line 2: expected "<sha256> {2}<file>"/],
    ['a short digest', `${'a'.repeat(63)}  oras_1.4.0_linux_amd64.tar.gz\n`, /line 1/],
    ['an archive of another version', `${sha('a')}  oras_1.3.9_linux_amd64.tar.gz\n`, /archive of oras 1\.3\.9, not 1\.4\.0/],
    [
      'a platform listed twice',
      `${sha('a')}  oras_1.4.0_linux_amd64.tar.gz\n${sha('b')}  oras_1.4.0_linux_amd64.zip\n`,
      /linux\/amd64 is listed twice/,
    ],
    ['a file with no archive', `${sha('c')}  oras_1.4.0_linux_arm64.tar.gz.sbom.json\n`, /lists no oras archive/],
  ])('refuses %s', (_what, text, error) => {
    expect(() => refresh.parseChecksums(text, '1.4.0')).toThrow(error);
  });
});

describe('releasesToPin', () => {
  const release = (tag: string, extra: Partial<GitHubRelease> = {}): GitHubRelease => ({
    tag_name: tag,
    assets: [{ name: `oras_${tag.slice(1)}_checksums.txt`, browser_download_url: `https://example.invalid/${tag}/checksums` }],
    ...extra,
  });

  it('keeps published vX.Y.Z releases from 1.0.0 on, in release order, each with its checksums URL', () => {
    const { pin, skipped } = refresh.releasesToPin([
      release('v1.10.0'),
      release('v1.2.0'),
      release('v1.4.0-rc.1', { prerelease: true }),
      release('v1.5.0', { draft: true }),
      release('v0.16.0'),
      release('nightly'),
      release('v1.3.0', { assets: [] }),
    ]);
    expect(pin).toEqual([
      { version: '1.2.0', checksumsUrl: 'https://example.invalid/v1.2.0/checksums' },
      { version: '1.10.0', checksumsUrl: 'https://example.invalid/v1.10.0/checksums' },
    ]);
    expect(skipped).toEqual(['1.3.0']);
    expect(refresh.MIN_VERSION).toBe(Object.keys(table).sort((a, b) => refresh.compareVersions(a, b))[0]);
  });
});

describe('mergeReleases and renderTable', () => {
  it('renders the committed table byte for byte (a refresh with nothing new changes nothing)', () => {
    expect(refresh.renderTable(table)).toBe(readFileSync(TABLE_FILE, 'utf8'));
    expect(refresh.mergeReleases(table, { '1.3.2': table['1.3.2']! })).toEqual({ table, added: [] });
  });

  it('adds a new release after the others, in version order', () => {
    const next = {
      linux: { amd64: { checksum: sha('e'), url: 'https://github.com/oras-project/oras/releases/download/v1.10.0/oras_1.10.0_linux_amd64.tar.gz' } },
    };
    const { table: merged, added } = refresh.mergeReleases(table, { '1.10.0': next });
    expect(added).toEqual(['1.10.0']);
    expect(Object.keys(merged).at(-1)).toBe('1.10.0');
    expect(Object.keys(merged).slice(0, -1)).toEqual(Object.keys(table));
  });

  it('refuses a pinned release whose checksums changed, naming the platform and both digests', () => {
    const changed = structuredClone(table['1.3.2']!);
    changed.linux!.amd64!.checksum = sha('f');
    expect(() => refresh.mergeReleases(table, { '1.3.2': changed })).toThrow(
      new RegExp(`oras 1\\.3\\.2: .*linux/amd64: pinned ${table['1.3.2']!.linux!.amd64!.checksum}, release lists ${sha('f')}.*find out why`),
    );
  });

  it("sets the oras-version description's newest version, and refuses when the phrase is not there once", () => {
    expect(refresh.withNewestVersion('pins (up to 1.3.2), or any', '1.4.0')).toBe('pins (up to 1.4.0), or any');
    expect(() => refresh.withNewestVersion('no phrase', '1.4.0')).toThrow(/found 0/);
  });
});

// A stand-in of the two GitHub endpoints the script reads: the list of a
// repository's releases (GET /repos/{owner}/{repo}/releases, paginated with
// per_page/page; each release's tag_name, draft, prerelease and assets[].name /
// browser_download_url, as github/rest-api-description's
// descriptions/api.github.com/api.github.com.json defines "release") and the
// download of a release asset.
describe('the script against a stand-in GitHub API', () => {
  let server: http.Server;
  let base = '';
  let scratch = '';
  const requests: string[] = [];
  let checksums132 = readFileSync(FIXTURE, 'utf8');
  const checksums140 = `${sha('1')}  oras_1.4.0_linux_amd64.tar.gz\n${sha('2')}  oras_1.4.0_linux_arm64.tar.gz\n${sha('3')}  oras_1.4.0_linux_amd64.tar.gz.sbom.json\n`;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'oras-refresh-'));
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', base);
      const json = (body: unknown) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (url.pathname === '/repos/oras-project/oras/releases') {
        const releases: GitHubRelease[] = [
          {
            tag_name: 'v1.4.0',
            assets: [{ name: 'oras_1.4.0_checksums.txt', browser_download_url: `${base}/download/v1.4.0/oras_1.4.0_checksums.txt` }],
          },
          { tag_name: 'v1.5.0-rc.1', prerelease: true, assets: [] },
          {
            tag_name: 'v1.3.2',
            assets: [{ name: 'oras_1.3.2_checksums.txt', browser_download_url: `${base}/download/v1.3.2/oras_1.3.2_checksums.txt` }],
          },
        ];
        return json(url.searchParams.get('page') === '1' && url.searchParams.get('per_page') === '100' ? releases : []);
      }
      if (url.pathname === '/download/v1.4.0/oras_1.4.0_checksums.txt') return res.end(checksums140);
      if (url.pathname === '/download/v1.3.2/oras_1.3.2_checksums.txt') return res.end(checksums132);
      res.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(scratch, { recursive: true, force: true });
  });

  const copies = () => {
    const dir = mkdtempSync(path.join(scratch, 'run-'));
    const files = { table: path.join(dir, 'oras-releases.json'), action: path.join(dir, 'action.yml'), output: path.join(dir, 'output.txt') };
    copyFileSync(TABLE_FILE, files.table);
    copyFileSync(path.join(ROOT, 'action.yml'), files.action);
    writeFileSync(files.output, '');
    return files;
  };
  const run = (files: ReturnType<typeof copies>) =>
    refresh.main(['--table', files.table, '--action', files.action], { GITHUB_API_URL: base, GITHUB_OUTPUT: files.output, GITHUB_TOKEN: undefined });

  it('adds the new release to the table and action.yml, and says so in its step output', async () => {
    const files = copies();
    expect(await run(files)).toEqual(['1.4.0']);
    const updated = JSON.parse(readFileSync(files.table, 'utf8')) as Table;
    expect(updated['1.4.0']).toEqual(refresh.parseChecksums(checksums140, '1.4.0'));
    expect(Object.keys(updated)).toEqual([...Object.keys(table), '1.4.0']);
    expect(readFileSync(files.action, 'utf8')).toContain('(up to 1.4.0)');
    expect(readFileSync(files.output, 'utf8')).toBe('added=1.4.0\n');
    // The second run finds nothing new and leaves the files as they are.
    const after = readFileSync(files.table, 'utf8');
    expect(await run(files)).toEqual([]);
    expect(readFileSync(files.table, 'utf8')).toBe(after);
  });

  it('fails, changing nothing, when a pinned release now lists other checksums', async () => {
    const files = copies();
    checksums132 = checksums132.replace(table['1.3.2']!.linux!.amd64!.checksum, sha('9'));
    try {
      await expect(run(files)).rejects.toThrow(/oras 1\.3\.2: .*linux\/amd64/);
    } finally {
      checksums132 = readFileSync(FIXTURE, 'utf8');
    }
    expect(readFileSync(files.table, 'utf8')).toBe(readFileSync(TABLE_FILE, 'utf8'));
    expect(readFileSync(files.action, 'utf8')).toBe(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  });
});

describe('src/data/oras-versions.json (what reading the inputs needs of the table)', () => {
  it("is the table's versions, in its order, as npm run bundle writes them (run it after changing the table)", async () => {
    const bundle = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'bundle.js')).href)) as {
      ORAS_VERSIONS_JSON: string;
      orasVersionsJson(): string;
    };
    expect(readFileSync(bundle.ORAS_VERSIONS_JSON, 'utf8')).toBe(bundle.orasVersionsJson());
    expect(JSON.parse(readFileSync(bundle.ORAS_VERSIONS_JSON, 'utf8'))).toEqual(Object.keys(table));
  });
});
