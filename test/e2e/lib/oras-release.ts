// The oras stand-in packaged as release assets (oras_<V>_linux_amd64.tar.gz
// and oras_<V>_linux_arm64.tar.gz, each holding `oras` and LICENSE, as the
// real release does), served by a loopback HTTP server that counts requests,
// laid out like GitHub's release download path so the URL looks like a
// mirror's. The stand-in is a Node script, so both assets hold the same
// script (it runs on the runner's Node: arm64 Node on the emulated arm64
// runner); the real assets hold a Go binary each.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { exec, freePort, makeTempDir, removeTempDir, REPO_ROOT } from './proc.js';

export interface OrasRelease {
  version: string;
  /** URL of the linux/amd64 asset. */
  url: string;
  /** SHA-256 of that asset, hex. */
  sha256: string;
  /** The linux/arm64 asset (the same script, packed under the arm64 name). */
  arm64: { url: string; sha256: string };
  /** URL answering the JSON list of requests seen (from any process). */
  statsUrl: string;
  /** The stand-in executable itself (for direct use in the suite). */
  binary: string;
  /** Requests the server has answered so far. */
  requests(): { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

/** Not counted: where a test process reads what the server has seen. */
export const STATS_PATH = '/__e2e/requests';

export const ORAS_STANDIN_SOURCE = path.join(REPO_ROOT, 'test', 'e2e', 'standins', 'oras', 'oras.cjs');

export async function startOrasRelease(version = '1.3.0'): Promise<OrasRelease> {
  const dir = makeTempDir('e2e-oras-release-');
  const pkg = path.join(dir, 'pkg');
  mkdirSync(pkg);
  const binary = path.join(pkg, 'oras');
  writeFileSync(binary, readFileSync(ORAS_STANDIN_SOURCE, 'utf8').replace('__ORAS_VERSION__', version));
  chmodSync(binary, 0o755);
  writeFileSync(path.join(pkg, 'LICENSE'), 'Apache License 2.0 (e2e stand-in for oras; not the real oras)\n');
  const assets = new Map<string, Buffer>();
  for (const arch of ['amd64', 'arm64']) {
    const asset = `oras_${version}_linux_${arch}.tar.gz`;
    const assetPath = path.join(dir, asset);
    // Different mtimes: the two assets differ in bytes and checksum, as the real ones do.
    const mtime = arch === 'amd64' ? '2026-01-01' : '2026-01-02';
    await exec(['tar', '--owner=0', '--group=0', '--numeric-owner', `--mtime=${mtime}`, '-czf', assetPath, '-C', pkg, 'LICENSE', 'oras']);
    assets.set(asset, readFileSync(assetPath));
  }
  const digest = (asset: string) => createHash('sha256').update(assets.get(asset)!).digest('hex');
  const checksums = [...assets.keys()].map((a) => `${digest(a)}  ${a}\n`).join('');
  const base = `/oras-project/oras/releases/download/v${version}/`;

  const seen: { method: string; path: string; status: number }[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === STATS_PATH) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(seen));
      return;
    }
    const entry = { method: req.method ?? 'GET', path: url, status: 404 };
    if (seen.length < 10_000) seen.push(entry);
    const data = url.startsWith(base) ? assets.get(url.slice(base.length)) : undefined;
    if (data) {
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': 'application/gzip', 'Content-Length': data.length });
      res.end(req.method === 'HEAD' ? undefined : data);
    } else if (url === `${base}oras_${version}_checksums.txt`) {
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(checksums);
    } else {
      res.writeHead(404);
      res.end('Not Found');
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const amd64 = `oras_${version}_linux_amd64.tar.gz`;
  const arm64 = `oras_${version}_linux_arm64.tar.gz`;
  return {
    version,
    url: `http://127.0.0.1:${port}${base}${amd64}`,
    sha256: digest(amd64),
    arm64: { url: `http://127.0.0.1:${port}${base}${arm64}`, sha256: digest(arm64) },
    statsUrl: `http://127.0.0.1:${port}${STATS_PATH}`,
    binary,
    requests: () => [...seen],
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeTempDir(dir);
    },
  };
}
