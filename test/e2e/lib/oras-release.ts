// The oras stand-in packaged as a release asset (oras_<V>_linux_amd64.tar.gz
// holding `oras` and LICENSE, as the real release does), served by a loopback
// HTTP server that counts requests, laid out like GitHub's release download
// path so the URL looks like a mirror's.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { exec, freePort, makeTempDir, removeTempDir, REPO_ROOT } from './proc.js';

export interface OrasRelease {
  version: string;
  /** URL of the linux/amd64 asset. */
  url: string;
  /** URL answering the JSON list of requests seen (from any process). */
  statsUrl: string;
  /** SHA-256 of that asset, hex. */
  sha256: string;
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
  const asset = `oras_${version}_linux_amd64.tar.gz`;
  const assetPath = path.join(dir, asset);
  await exec(['tar', '--owner=0', '--group=0', '--numeric-owner', '--mtime=2026-01-01', '-czf', assetPath, '-C', pkg, 'LICENSE', 'oras']);
  const data = readFileSync(assetPath);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const checksums = `${sha256}  ${asset}\n`;
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
    if (url === base + asset) {
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
  return {
    version,
    url: `http://127.0.0.1:${port}${base}${asset}`,
    statsUrl: `http://127.0.0.1:${port}${STATS_PATH}`,
    sha256,
    binary,
    requests: () => [...seen],
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeTempDir(dir);
    },
  };
}
