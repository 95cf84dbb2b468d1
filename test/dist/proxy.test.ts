// The bundled action behind an HTTP proxy (HTTPS_PROXY / HTTP_PROXY), as on
// runners behind a corporate proxy: the artifact upload and the base image
// cache (save, then restore) through the proxy of test/support/http-proxy.ts,
// against the results service stand-in of test/e2e/lib/results-service.ts
// (Twirp, as @actions/artifact and @actions/cache talk it) backed by a real
// Azurite. docker, oras and make are the stand-ins of test/dist/standins.
//
// How the test knows the traffic passed the proxy: the action is given the
// results service as http://results.trident-iso.test:<port>/, a name that
// resolves nowhere (checked below) except inside the proxy, and
// @actions/http-client would skip the proxy for a loopback address. So every
// Twirp call that reached the service went through the proxy. The proxy also
// requires credentials (the clients take them from the proxy URL) and records
// every request: the Azure SDK's blob uploads show there as forwarded PUTs.
import { createHash, randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACT_CONTAINER, CACHE_CONTAINER, readBlob, runtimeToken, startResultsService, type ResultsService } from '../e2e/lib/results-service.js';
import { emptyPlaceholder } from '../../src/iso/placeholder.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';
import { extractWithXorriso, makeIso } from '../support/iso-tools.js';
import { REPO, runAction } from '../support/runner.js';
import { readCalls, standinRunner } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const RESULTS_HOST = 'results.trident-iso.test';
/** The GitHub API stand-in's name, which only the proxy resolves. */
const API_HOST = 'api.trident-iso.test';
const CREDENTIALS = { username: 'runner', password: 'p@ss:word' };
const DIGEST = `sha256:${'d'.repeat(64)}`;
const CACHE_KEY = `trident-iso-base-image-linux-amd64-${DIGEST.replace(':', '-')}`;

let service: ResultsService;
let proxy: HttpProxy;
const scratch = mkdtempSync(path.join(tmpdir(), 'proxy-test-'));

beforeAll(async () => {
  [service, proxy] = await Promise.all([startResultsService(), startHttpProxy({ hosts: { [RESULTS_HOST]: '127.0.0.1', [API_HOST]: '127.0.0.1' }, credentials: CREDENTIALS })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([service?.stop(), proxy?.stop()]);
  rmSync(scratch, { recursive: true, force: true });
});

/** The results service's URL under the name only the proxy resolves. */
const resultsUrl = () => service.url.replace('127.0.0.1', RESULTS_HOST);

describe('the test proxy (test/support/http-proxy.ts)', () => {
  it(`is the only way to ${RESULTS_HOST}: the name does not resolve here`, async () => {
    await expect(lookup(RESULTS_HOST)).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
  });

  it('forwards absolute-form requests and tunnels CONNECT, to names it maps, only with its credentials', async () => {
    const port = new URL(service.url).port;
    const auth = `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64')}`;
    const forward = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        http
          .request({ host: '127.0.0.1', port: proxy.port, path: `http://${RESULTS_HOST}:${port}/__e2e/state`, headers }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject)
          .end();
      });
    expect(await forward({ 'Proxy-Authorization': auth })).toBe(200);
    expect(await forward({})).toBe(407);

    const connect = (authority: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        http
          .request({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: authority, headers })
          .on('connect', (res, socket) => {
            socket.destroy();
            resolve(res.statusCode ?? 0);
          })
          .on('response', (res) => resolve(res.statusCode ?? 0))
          .on('error', reject)
          .end();
      });
    expect(await connect(`${RESULTS_HOST}:${port}`, { 'Proxy-Authorization': auth })).toBe(200);
    expect(await connect(`${RESULTS_HOST}:${port}`, {})).toBe(407);
    expect(await connect(`nowhere.trident-iso.test:${port}`, { 'Proxy-Authorization': auth })).toBe(502);
  });
});

describe('dist/main/index.js behind an HTTP proxy (stand-in tools; real Azurite behind the results service stand-in)', () => {
  // One runner folder for both runs: the cache path (under RUNNER_TEMP) is part of the cache version.
  const root = path.join(scratch, 'runner');
  const cacheScope = 'refs/heads/proxy-test';
  let first: { iso: Buffer; artifactId: string; runtime: string };

  const run = async (output: string, runtime = runtimeToken(randomUUID(), randomUUID(), cacheScope), inputs: Record<string, string> = {}) => {
    const { dirs, log, env } = standinRunner(root);
    copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
    writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
    rmSync(log, { force: true });
    const records = proxy.records.length;
    const run = await runAction(dirs, {
      mode: 'dist',
      inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', output, ...inputs },
      env: {
        ...env,
        // A new workflow run each time (an artifact name is unique per run), one cache scope (the branch).
        ACTIONS_RUNTIME_TOKEN: runtime,
        ACTIONS_RESULTS_URL: resultsUrl(),
        ACTIONS_CACHE_SERVICE_V2: 'True',
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
      },
    });
    const result = { ...run.main, outputs: run.outputs };
    return { result, dirs, oras: readCalls(log, 'oras'), through: proxy.records.slice(records) };
  };

  it('uploads the ISO and saves the base image in the cache, every call to the results service through the proxy', async () => {
    const before = service.state().calls.length;
    const runtime = runtimeToken(randomUUID(), randomUUID(), cacheScope);
    const { result, dirs, oras, through } = await run('installer.iso', runtime);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const iso = readFileSync(path.join(dirs.workspace, 'installer.iso'));
    const sha256 = createHash('sha256').update(iso).digest('hex');

    // The artifact: created, its bytes in Azurite, finalized with the ISO's digest, as the outputs say.
    const artifact = service.state().artifacts.find((a) => String(a.id) === result.outputs['artifact-id']);
    expect(artifact).toMatchObject({ name: 'installer-amd64.iso', finalized: true, size: String(iso.length), hash: `sha256:${sha256}` });
    expect(result.outputs['artifact-digest']).toBe(`sha256:${sha256}`);
    expect((await readBlob(service.blobEndpoint, ARTIFACT_CONTAINER, artifact!.blob)).equals(iso)).toBe(true);

    // The base image: pulled (a cache miss), then saved under its digest.
    expect(oras.map((c) => c.argv[0])).toEqual(['manifest', 'pull']);
    expect(result.stdout).toContain(`Cache miss: ${CACHE_KEY}`);
    const entry = service.state().caches.find((c) => c.key === CACHE_KEY && c.scope === cacheScope);
    expect(entry).toMatchObject({ finalized: true });
    expect((await readBlob(service.blobEndpoint, CACHE_CONTAINER, entry!.blob)).length).toBe(Number(entry!.sizeBytes));

    // Each of these calls reached the service by a name that only the proxy resolves.
    const calls = service.state().calls.slice(before).map((c) => `${c.method} ${c.status}`);
    expect(calls).toEqual(
      expect.arrayContaining(['GetCacheEntryDownloadURL 200', 'CreateCacheEntry 200', 'FinalizeCacheEntryUpload 200', 'CreateArtifact 200', 'FinalizeArtifact 200']),
    );
    // @actions/http-client tunnels them (CONNECT), with the proxy's credentials.
    expect(through).toContainEqual(expect.objectContaining({ method: 'CONNECT', host: RESULTS_HOST, port: Number(new URL(service.url).port), status: 200 }));
    // The Azure SDK (@azure/storage-blob) sends the blob uploads through the proxy as well:
    // the ISO into the artifact container, the base image archive into the cache one.
    const blobPuts = through.filter((r) => r.method === 'PUT' && r.status === 201).map((r) => r.path.split('?')[0]);
    const blobPath = (container: string, blob: string) => `/devstoreaccount1/${container}/${blob.split('/').map(encodeURIComponent).join('/')}`;
    expect(blobPuts).toContain(blobPath(ARTIFACT_CONTAINER, artifact!.blob));
    expect(blobPuts).toContain(blobPath(CACHE_CONTAINER, entry!.blob));
    // Nothing was refused: no 407 (credentials missing) and no 502 (a name the proxy cannot reach).
    expect(through.filter((r) => r.status >= 400)).toEqual([]);

    first = { iso, artifactId: result.outputs['artifact-id']!, runtime };
  });

  it('a name already taken on the workflow run is refused before any long work, the lookup through the proxy', async () => {
    expect(first, 'the first run uploaded').toBeDefined();
    const records = proxy.records.length;
    const before = service.state().calls.length;
    // The same workflow run as the first: its artifact installer-amd64.iso is there.
    const { result, oras } = await run('third.iso', first.runtime, { 'artifact-name': 'installer-amd64.iso' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.objectContaining({ title: "Input 'artifact-name'" })]);
    expect(result.errors[0]?.message).toContain("an artifact named 'installer-amd64.iso' already exists on this workflow run");
    expect(oras).toEqual([]);
    expect(result.stdout).not.toContain('Running: docker run');
    expect(service.state().calls.slice(before).map((c) => `${c.method} ${c.status}`)).toEqual(['ListArtifacts 200']);
    expect(proxy.records.slice(records)).toContainEqual(expect.objectContaining({ method: 'CONNECT', host: RESULTS_HOST, status: 200 }));
  });

  it('restores the base image from the cache through the proxy: nothing pulled', async () => {
    expect(first, 'the first run uploaded and saved').toBeDefined();
    const { result, oras, through } = await run('second.iso');
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`Cache hit: ${CACHE_KEY}`);
    expect(result.stdout).toContain('Base image restored from the cache: nothing pulled.');
    expect(oras.map((c) => c.argv[0])).toEqual(['manifest']);
    // The ISO of the second run was uploaded too, as a new artifact.
    expect(result.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(result.outputs['artifact-id']).not.toBe(first.artifactId);
    expect(through).toContainEqual(expect.objectContaining({ method: 'CONNECT', host: RESULTS_HOST, status: 200 }));
    expect(through.filter((r) => r.status >= 400)).toEqual([]);
  });
});

// Patch mode's artifact of another workflow run goes through the GitHub REST API: @actions/artifact's
// findBy path asks @actions/github's Octokit (getArtifact, then downloadArtifact's 302), whose fetch is
// @actions/http-client's proxy dispatcher (undici's ProxyAgent, a lazily loaded chunk of the bundle),
// then fetches the blob with @actions/http-client. The API here is a small stand-in of the two REST
// endpoints (docs.github.com: "List workflow run artifacts", "Download an artifact"), by a name only
// the proxy resolves: were the dispatcher chunk another module, no request would reach it.
describe('dist/main/index.js: an Octokit call (patch-iso of another run) behind the proxy', () => {
  const TOKEN = 'ghs_proxyTestToken000000000000000000000';
  let api: http.Server;
  let apiPort = 0;
  const seen: { method: string; url: string; authorization: string }[] = [];
  let iso: Buffer;

  beforeAll(async () => {
    iso = readFileSync(
      makeIso(path.join(scratch, 'artifact.iso'), {
        '/trident-config.yaml': emptyPlaceholder(8192),
        '/images/azure-linux.cosi': (() => {
          writeTinyCosi(path.join(scratch, 'artifact.cosi'));
          return readFileSync(path.join(scratch, 'artifact.cosi'));
        })(),
      }),
    );
    const digest = `sha256:${createHash('sha256').update(iso).digest('hex')}`;
    api = http.createServer((req, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization ?? '' });
      const url = new URL(req.url ?? '/', `http://${API_HOST}`);
      if (url.pathname === '/repos/octo/trident-iso-test/actions/runs/4242/artifacts' && url.searchParams.get('name') === 'installer.iso') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ total_count: 1, artifacts: [{ id: 77, name: 'installer.iso', size_in_bytes: iso.length, digest, created_at: new Date().toISOString() }] }));
      } else if (url.pathname === '/repos/octo/trident-iso-test/actions/artifacts/77/zip') {
        res.writeHead(302, { location: `http://${API_HOST}:${apiPort}/blobs/77?sig=secret` });
        res.end();
      } else if (url.pathname === '/blobs/77') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename=installer.iso', 'content-length': iso.length });
        res.end(iso);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"message":"Not Found"}');
      }
    });
    api.listen(0, '127.0.0.1');
    await once(api, 'listening');
    apiPort = (api.address() as AddressInfo).port;
  });

  afterAll(async () => {
    api?.close();
    if (api) await once(api, 'close');
  });

  it('finds and downloads the artifact through the proxy with the token, then patches it', async () => {
    const { dirs, log, env } = standinRunner(path.join(scratch, 'octokit'));
    copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
    const records = proxy.records.length;
    const run = await runAction(dirs, {
      mode: 'dist',
      inputs: {
        'patch-iso': 'artifact:installer.iso',
        'patch-iso-run-id': '4242',
        'github-token': TOKEN,
        'host-config': 'host-config.yaml',
        output: 'patched.iso',
        upload: 'false',
      },
      env: { ...env, GITHUB_API_URL: `http://${API_HOST}:${apiPort}`, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
    });
    expect(run.main.exitCode, run.main.stdout + run.main.stderr).toBe(0);
    // The two Octokit requests and the blob download reached the API, by a name only the proxy resolves.
    expect(seen.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /repos/octo/trident-iso-test/actions/runs/4242/artifacts',
      'GET /repos/octo/trident-iso-test/actions/artifacts/77/zip',
      'GET /blobs/77',
    ]);
    expect(seen[0]?.authorization).toMatch(new RegExp(`^(token|Bearer) ${TOKEN}$`));
    expect(proxy.records.slice(records).filter((r) => r.host === API_HOST).map((r) => r.status)).not.toContain(502);
    expect(proxy.records.slice(records).some((r) => r.host === API_HOST)).toBe(true);
    // The token is masked, and never shows in the log otherwise.
    expect(run.main.masks).toContain(TOKEN);
    expect(run.main.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    // What arrived is the artifact (its digest checked), patched: the host config in its placeholder.
    expect(run.main.stdout).toMatch(/Downloaded artifact 77 \(sha256:[0-9a-f]{64}, checked\)/);
    const patched = path.join(dirs.workspace, 'patched.iso');
    expect(readFileSync(patched).length).toBe(iso.length);
    expect(extractWithXorriso(patched, '/trident-config.yaml').toString()).toContain('file:///mnt/trident_cdrom/images/azure-linux.cosi');
    expect(readCalls(log)).toEqual([]);
  });
});
