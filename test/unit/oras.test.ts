// oras install through the real @actions/tool-cache, against a release server
// on loopback (no oras binary can be had here: the archive holds a stand-in script).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pinnedRef } from '../../src/context/oci-ref.js';
import { installOras, orasDownload } from '../../src/tools/oras.js';
import { orasPlatform } from '../../src/tools/oras-releases.js';

let server: Server;
let base: string;
let requests: string[] = [];
let tarball: Buffer;
let sha: string;
let tmp: string;
/** The run's scratch folder, where the download and its extraction go. */
let scratch: string;
const { arch } = orasPlatform(process.platform, process.arch);

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'oras-test-'));
  const pkg = path.join(tmp, 'pkg');
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, 'oras'), '#!/bin/sh\necho "Version: 9.9.9-standin"\n');
  chmodSync(path.join(pkg, 'oras'), 0o755);
  writeFileSync(path.join(pkg, 'LICENSE'), 'Apache-2.0');
  execFileSync('tar', ['-czf', path.join(tmp, 'oras.tar.gz'), '-C', pkg, 'oras', 'LICENSE']);
  tarball = readFileSync(path.join(tmp, 'oras.tar.gz'));
  sha = createHash('sha256').update(tarball).digest('hex');
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/gzip' }).end(tarball);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

// The test process's own tool cache comes back for the files that run after this one in the same worker.
const processToolCache = process.env.RUNNER_TOOL_CACHE;
afterAll(async () => {
  process.env.RUNNER_TOOL_CACHE = processToolCache;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  const run = mkdtempSync(path.join(tmp, 'run-'));
  // The tool cache is the runner's (read from the process environment by @actions/tool-cache); temporary files go to the run's scratch.
  process.env.RUNNER_TOOL_CACHE = path.join(run, 'toolcache');
  scratch = path.join(run, 'scratch');
  mkdirSync(scratch);
});

describe('installOras (tool-cache, loopback release server)', () => {
  it('downloads on a miss, verifies the checksum, caches, and runs', async () => {
    const result = await installOras(
      { version: '1.3.0', url: `${base}/oras_1.3.0_linux_${arch}.tar.gz`, checksum: sha },
      { scratch, log: () => undefined },
    );
    expect(result.downloaded).toBe(true);
    expect(requests).toEqual([`/oras_1.3.0_linux_${arch}.tar.gz`]);
    expect(result.bin).toBe(path.join(process.env.RUNNER_TOOL_CACHE!, 'oras', '1.3.0', process.arch, 'oras'));
    expect(existsSync(`${path.dirname(result.bin)}.complete`)).toBe(true);
    // Downloaded and unpacked in the run's scratch folder (the work folder the post step removes), not in RUNNER_TEMP.
    expect(readdirSync(scratch).sort()).toEqual(['oras-1.3.0', 'oras-1.3.0.tar.gz']);
    expect(execFileSync(result.bin).toString()).toMatch(/9\.9\.9-standin/);
  });

  it('makes no request when the tool cache already holds the version', async () => {
    await installOras({ version: '1.3.0', url: `${base}/o.tar.gz`, checksum: sha }, { scratch, log: () => undefined });
    requests = [];
    const lines: string[] = [];
    const again = await installOras({ version: '1.3.0', url: `${base}/o.tar.gz`, checksum: sha }, { scratch, log: (l) => lines.push(l) });
    expect(again.downloaded).toBe(false);
    expect(requests).toEqual([]);
    expect(lines.join('\n')).toMatch(/found in the tool cache/);
  });

  it('fails on a checksum mismatch and caches nothing', async () => {
    const wrong = 'f'.repeat(64);
    await expect(installOras({ version: '1.3.0', url: `${base}/o.tar.gz`, checksum: wrong }, { scratch, log: () => undefined })).rejects.toThrow(
      new RegExp(`has SHA-256 ${sha}, expected ${wrong}`),
    );
    expect(existsSync(path.join(process.env.RUNNER_TOOL_CACHE!, 'oras', '1.3.0'))).toBe(false);
  });
});

describe('orasDownload', () => {
  it('uses the pinned GitHub release asset and checksum by default', () => {
    expect(orasDownload({ version: '1.3.0' }, 'linux', 'amd64')).toEqual({
      url: 'https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_amd64.tar.gz',
      checksum: '6cdc692f929100feb08aa8de584d02f7bcc30ec7d88bc2adc2054d782db57c64',
    });
  });

  it('uses the mirror and its checksum when given', () => {
    expect(orasDownload({ version: '1.3.0', url: 'https://m/o.tar.gz', checksum: 'a'.repeat(64) }, 'linux', 'amd64')).toEqual({
      url: 'https://m/o.tar.gz',
      checksum: 'a'.repeat(64),
    });
  });

  it('says when oras publishes no build for the runner', () => {
    expect(() => orasDownload({ version: '1.0.0' }, 'linux', 'riscv64')).toThrow(/no release for linux\/riscv64/);
  });
});

describe('pinnedRef', () => {
  const d = `sha256:${'e'.repeat(64)}`;
  it.each([
    ['mcr.microsoft.com/azurelinux/3.0/image/minimal-os:latest', `mcr.microsoft.com/azurelinux/3.0/image/minimal-os@${d}`],
    ['localhost:5000/minimal-os:1.0', `localhost:5000/minimal-os@${d}`],
    ['localhost:5000/minimal-os', `localhost:5000/minimal-os@${d}`],
    [`registry.example.com/os:3.0@sha256:${'a'.repeat(64)}`, `registry.example.com/os@${d}`],
  ])('%s → by digest', (ref, pinned) => expect(pinnedRef(ref, d)).toBe(pinned));
});
