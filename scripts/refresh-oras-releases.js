#!/usr/bin/env node
// Refreshes the pinned oras release table (src/data/oras-releases.json) from
// oras's GitHub releases: every published vX.Y.Z release from 1.0.0 on, each
// archive with the SHA-256 its release's checksums file
// (oras_<version>_checksums.txt, written by goreleaser as "<sha256>  <file>"
// lines) gives. Run weekly by .github/workflows/refresh-oras-releases.yml,
// which opens a pull request when the table changed.
//
//   node scripts/refresh-oras-releases.js             update the table (and action.yml's "up to" version)
//   --table FILE / --action FILE                      other files (the tests use copies)
//
// Environment: GITHUB_API_URL (default https://api.github.com), GITHUB_TOKEN
// (optional, raises the API rate limit), GITHUB_OUTPUT (when set, `added=`
// the versions added, space separated).
//
// A pinned entry is never changed: when a release's checksums file no longer
// matches what the table holds, the assets changed after they were pinned, and
// the script fails instead of trusting them.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = 'oras-project/oras';
/** Oldest release the table holds. */
export const MIN_VERSION = '1.0.0';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** Orders X.Y.Z versions numerically. */
export function compareVersions(a, b) {
  const pa = SEMVER.exec(a)?.slice(1).map(Number) ?? [];
  const pb = SEMVER.exec(b)?.slice(1).map(Number) ?? [];
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Where a release asset is downloaded from. */
export function assetUrl(version, file) {
  return `https://github.com/${REPO}/releases/download/v${version}/${file}`;
}

/** The name of a release's checksums file. */
export function checksumsFileName(version) {
  return `oras_${version}_checksums.txt`;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Parses one release's checksums file into { os: { arch: { checksum, url } } }.
 * Archives are oras_<version>_<os>_<arch>.tar.gz (.zip on Windows); other
 * files listed (SBOMs, signatures) are skipped. Throws on a line that is not
 * "<sha256>  <file>", an archive of another version, a platform listed twice,
 * or a file with no archive at all. Pure.
 */
export function parseChecksums(text, version) {
  const archive = new RegExp(`^oras_${escapeRegExp(version)}_([a-z0-9]+)_([a-z0-9]+)\\.(?:tar\\.gz|zip)$`);
  const otherVersion = /^oras_(\d+\.\d+\.\d+[^_]*)_[a-z0-9]+_[a-z0-9]+\.(?:tar\.gz|zip)$/;
  const assets = {};
  let count = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    // sha256sum's format: two spaces, or " *" for binary mode.
    const m = /^([0-9a-f]{64}) [ *](\S+)$/.exec(line);
    if (!m) throw new Error(`${checksumsFileName(version)} line ${index + 1}: expected "<sha256>  <file>", got ${JSON.stringify(line)}`);
    const [, checksum, file] = m;
    const a = archive.exec(file);
    if (!a) {
      const other = otherVersion.exec(file);
      if (other) throw new Error(`${checksumsFileName(version)} line ${index + 1}: ${file} is an archive of oras ${other[1]}, not ${version}`);
      return;
    }
    const [, os, arch] = a;
    assets[os] ??= {};
    if (assets[os][arch]) throw new Error(`${checksumsFileName(version)}: ${os}/${arch} is listed twice`);
    assets[os][arch] = { checksum, url: assetUrl(version, file) };
    count++;
  });
  if (count === 0) throw new Error(`${checksumsFileName(version)} lists no oras archive`);
  return assets;
}

/**
 * From the GitHub API's list of releases, the ones to pin: published (not a
 * draft or a pre-release), tagged vX.Y.Z, MIN_VERSION or later, with the URL
 * of their checksums file. Releases without one are returned in `skipped`
 * (nothing to pin them by). Pure.
 */
export function releasesToPin(releases) {
  const pin = [];
  const skipped = [];
  for (const release of releases) {
    const m = /^v(\d+\.\d+\.\d+)$/.exec(release.tag_name ?? '');
    if (release.draft || release.prerelease || !m) continue;
    const version = m[1];
    if (compareVersions(version, MIN_VERSION) < 0) continue;
    const asset = (release.assets ?? []).find((a) => a.name === checksumsFileName(version));
    if (!asset) skipped.push(version);
    else pin.push({ version, checksumsUrl: asset.browser_download_url });
  }
  return { pin: pin.sort((a, b) => compareVersions(a.version, b.version)), skipped };
}

const sameAssets = (a, b) => JSON.stringify(sortTable({ v: a })) === JSON.stringify(sortTable({ v: b }));

/**
 * Adds the versions the table does not hold yet. A version it holds must come
 * out of its checksums file exactly as pinned; otherwise this throws, naming
 * what differs. Versions no longer released stay pinned. Pure.
 */
export function mergeReleases(table, fetched) {
  const next = { ...table };
  const added = [];
  for (const [version, assets] of Object.entries(fetched)) {
    const pinned = table[version];
    if (pinned === undefined) {
      next[version] = assets;
      added.push(version);
    } else if (!sameAssets(pinned, assets)) {
      const changes = [];
      for (const os of new Set([...Object.keys(pinned), ...Object.keys(assets)])) {
        for (const arch of new Set([...Object.keys(pinned[os] ?? {}), ...Object.keys(assets[os] ?? {})])) {
          const was = pinned[os]?.[arch];
          const now = assets[os]?.[arch];
          if (JSON.stringify(was) !== JSON.stringify(now))
            changes.push(`${os}/${arch}: pinned ${was?.checksum ?? 'nothing'}, release lists ${now?.checksum ?? 'nothing'}`);
        }
      }
      throw new Error(
        `oras ${version}: the release's checksums file does not match the pinned table (${changes.join('; ')}). ` +
          'Assets of a published release changed after they were pinned: find out why before trusting them.',
      );
    }
  }
  return { table: sortTable(next), added: added.sort(compareVersions) };
}

/** The table with versions in release order, OS and arch names in alphabetical order, each asset as { checksum, url }. Pure. */
export function sortTable(table) {
  const byName = (o) => Object.keys(o).sort();
  const out = {};
  for (const version of Object.keys(table).sort(compareVersions)) {
    out[version] = {};
    for (const os of byName(table[version])) {
      out[version][os] = {};
      for (const arch of byName(table[version][os])) {
        const { checksum, url } = table[version][os][arch];
        out[version][os][arch] = { checksum, url };
      }
    }
  }
  return out;
}

/** The file's text: four-space JSON, as the table has always been written (no final newline). Pure. */
export function renderTable(table) {
  return JSON.stringify(sortTable(table), null, 4);
}

/** action.yml with the oras-version description's "(up to X.Y.Z)" set to the newest pinned version. Pure. */
export function withNewestVersion(actionYml, newest) {
  const phrase = /\(up to \d+\.\d+\.\d+\)/g;
  const found = actionYml.match(phrase) ?? [];
  if (found.length !== 1) throw new Error(`action.yml: expected one "(up to X.Y.Z)" in the oras-version description, found ${found.length}`);
  return actionYml.replace(phrase, `(up to ${newest})`);
}

async function getJson(url, token) {
  const headers = {
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${response.statusText}`);
  return response.json();
}

async function getText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${response.statusText}`);
  return response.text();
}

/** Every release of oras, all pages. */
async function listReleases(api, token) {
  const all = [];
  for (let page = 1; ; page++) {
    const batch = await getJson(`${api}/repos/${REPO}/releases?per_page=100&page=${page}`, token);
    if (!Array.isArray(batch)) throw new Error(`the releases API answered ${JSON.stringify(batch).slice(0, 200)}`);
    all.push(...batch);
    if (batch.length < 100) return all;
  }
}

function flag(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : fallback;
}

export async function main(args, env = process.env) {
  const tableFile = flag(args, '--table', path.join(root, 'src', 'data', 'oras-releases.json'));
  const actionFile = flag(args, '--action', path.join(root, 'action.yml'));
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');

  const before = readFileSync(tableFile, 'utf8');
  const { pin, skipped } = releasesToPin(await listReleases(api, env.GITHUB_TOKEN));
  for (const version of skipped) console.warn(`oras ${version}: the release has no ${checksumsFileName(version)}; not pinned`);
  const fetched = {};
  for (const { version, checksumsUrl } of pin) fetched[version] = parseChecksums(await getText(checksumsUrl), version);

  const { table, added } = mergeReleases(JSON.parse(before), fetched);
  const after = renderTable(table);
  if (after !== before) {
    writeFileSync(tableFile, after);
    const newest = Object.keys(table).sort(compareVersions).at(-1);
    writeFileSync(actionFile, withNewestVersion(readFileSync(actionFile, 'utf8'), newest));
  }
  console.log(added.length ? `added oras ${added.join(', ')}` : `the table is up to date (${Object.keys(table).length} releases)`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `added=${added.join(' ')}\n`);
  return added;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`refresh-oras-releases: ${error.message}`);
    process.exitCode = 1;
  });
}
