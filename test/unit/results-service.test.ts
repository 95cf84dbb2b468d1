// src/tools/results-service.ts asks the two questions the toolkit's clients
// would (ListArtifacts by name; GetCacheEntryDownloadURL with lookupOnly)
// without loading them. Here the REAL clients (@actions/artifact's
// getArtifact, @actions/cache's restoreCache with lookupOnly) and this module
// talk to one recording server, and their requests must be equal in what the
// service reads (method, path, content type, authorization, JSON body, the
// cache version in it) and their answers the same: a toolkit upgrade that
// changes the protocol fails here. Then both through the real forward proxy
// of test/support/http-proxy.ts, as runners behind a proxy reach the service.
import { DefaultArtifactClient } from '@actions/artifact';
import { restoreCache } from '@actions/cache';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { processes } from '../../src/tools/exec.js';
import {
  backendIds,
  cacheReadable,
  cacheServiceVersion,
  cacheVersion,
  compressionMethod,
  findArtifactId,
  findCacheEntry,
} from '../../src/tools/results-service.js';
import { save } from '../../src/tools/cache.js';
import { runtimeToken } from '../e2e/lib/results-service.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';

interface Recorded {
  method: string;
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  body: unknown;
}

/** What the server answers next, per Twirp method. */
const replies = new Map<string, { status: number; body: unknown }>();
const recorded: Recorded[] = [];
let server: http.Server;
let url = '';
let proxy: HttpProxy;
const scratch = mkdtempSync(path.join(tmpdir(), 'results-service-test-'));
const TOKEN = runtimeToken('run-backend-1', 'job-backend-2');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      recorded.push({
        method: req.method ?? '',
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
      const reply = replies.get(path.basename(req.url ?? '')) ?? { status: 404, body: { code: 'not_found', msg: 'no such method' } };
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  proxy = await startHttpProxy({ hosts: { 'results.trident-iso.test': '127.0.0.1' }, credentials: { username: 'runner', password: 'p@ss:word' } });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await proxy.stop();
  rmSync(scratch, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
  replies.clear();
  recorded.length = 0;
});

/** The runner's variables, in the process environment that the clients read. */
function stubRunner(resultsUrl = url): void {
  vi.stubEnv('ACTIONS_RESULTS_URL', resultsUrl);
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', TOKEN);
  vi.stubEnv('ACTIONS_CACHE_SERVICE_V2', 'true');
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
  vi.stubEnv('ACTIONS_CACHE_MODE', '');
}

/** The requests the toolkit's client made and ours made, each in one call. */
async function both(toolkit: () => Promise<unknown>, ours: () => Promise<unknown>) {
  const theirs = await toolkit().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const theirRequests = recorded.splice(0);
  const mine = await ours().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const myRequests = recorded.splice(0);
  return { theirs, mine, theirRequests, myRequests };
}

const artifact = (id: string, name: string) => ({
  workflow_run_backend_id: 'run-backend-1',
  workflow_job_run_backend_id: 'job-backend-2',
  database_id: id,
  name,
  size: '3',
  created_at: '2026-11-29T08:00:00Z',
});

describe('the artifact name lookup: the same request as @actions/artifact getArtifact', () => {
  it('a taken name: one ListArtifacts request, equal to the client’s; the same (newest) id', async () => {
    stubRunner();
    replies.set('ListArtifacts', {
      status: 200,
      body: { artifacts: [artifact('41', 'installer.iso'), artifact('57', 'installer.iso'), artifact('9', 'installer.iso')] },
    });
    const r = await both(
      () => new DefaultArtifactClient().getArtifact('installer.iso').then((found) => String(found.artifact.id)),
      () => findArtifactId(process.env, 'installer.iso'),
    );
    expect(r.theirs).toEqual({ value: '57' });
    expect(r.mine).toEqual({ value: '57' });
    expect(r.theirRequests).toHaveLength(1);
    expect(r.myRequests).toEqual(r.theirRequests);
    expect(r.myRequests[0]).toEqual({
      method: 'POST',
      path: '/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts',
      contentType: 'application/json',
      authorization: `Bearer ${TOKEN}`,
      body: { workflow_run_backend_id: 'run-backend-1', workflow_job_run_backend_id: 'job-backend-2', name_filter: 'installer.iso' },
    });
  });

  it('a free name: the client says not found, this module undefined', async () => {
    stubRunner();
    replies.set('ListArtifacts', { status: 200, body: { artifacts: [] } });
    const r = await both(
      () => new DefaultArtifactClient().getArtifact('free.iso'),
      () => findArtifactId(process.env, 'free.iso'),
    );
    expect(r.theirs).toEqual({ error: expect.objectContaining({ name: 'ArtifactNotFoundError' }) });
    expect(r.mine).toEqual({ value: undefined });
    expect(r.myRequests).toEqual(r.theirRequests);
  });

  it('a refusal (401): not retried, and told in the client’s words', async () => {
    stubRunner();
    replies.set('ListArtifacts', { status: 401, body: { code: 'unauthenticated', msg: 'token expired' } });
    const r = await both(
      () => new DefaultArtifactClient().getArtifact('x.iso'),
      () => findArtifactId(process.env, 'x.iso'),
    );
    expect(r.theirRequests).toHaveLength(1);
    expect(r.myRequests).toEqual(r.theirRequests);
    const message = (o: { error: unknown } | { value: unknown }) => ('error' in o && o.error instanceof Error ? o.error.message : 'no error');
    expect(message(r.mine)).toBe('Failed to ListArtifacts: Received non-retryable error: Failed request: (401) Unauthorized: token expired');
    expect(message(r.mine)).toBe(message(r.theirs));
  });

  it('on GitHub Enterprise Server, refuses as the client does, asking nothing', async () => {
    stubRunner();
    vi.stubEnv('GITHUB_SERVER_URL', 'https://git.example.com');
    const r = await both(
      () => new DefaultArtifactClient().getArtifact('x.iso'),
      () => findArtifactId(process.env, 'x.iso'),
    );
    const message = (o: { error: unknown } | { value: unknown }) => ('error' in o && o.error instanceof Error ? o.error.message : 'no error');
    expect(message(r.mine)).toMatch(/not currently supported on GHES/);
    expect(message(r.mine)).toBe(message(r.theirs));
    expect([...r.theirRequests, ...r.myRequests]).toEqual([]);
  });

  it('reads the run and job ids from the runtime token as the client does, and refuses a token without them', () => {
    expect(backendIds(TOKEN)).toEqual({ run: 'run-backend-1', job: 'job-backend-2' });
    const noScope = ['e30', Buffer.from(JSON.stringify({ scp: 'Actions.ExampleScope' })).toString('base64url'), 'sig'].join('.');
    expect(() => backendIds(noScope)).toThrow(/missing claims/);
    expect(() => backendIds('not-a-jwt')).toThrow(/missing claims/);
  });
});

describe('the cache lookup: the same request as @actions/cache restoreCache with lookupOnly (cache service v2)', () => {
  const dir = path.join(scratch, 'trident-iso-cache', 'rpms');
  const exec = processes(process.env);

  it('a hit: one GetCacheEntryDownloadURL request, equal to the client’s (the version from the same paths and compression); the same key', async () => {
    stubRunner();
    replies.set('GetCacheEntryDownloadURL', {
      status: 200,
      body: { ok: true, signed_download_url: 'http://127.0.0.1:9/blob?sig=x', matched_key: 'rpms-abc' },
    });
    const r = await both(
      () => restoreCache([dir], 'rpms-abc', undefined, { lookupOnly: true }),
      async () => findCacheEntry(process.env, { paths: [dir], key: 'rpms-abc', compression: await compressionMethod(exec) }),
    );
    expect(r.theirs).toEqual({ value: 'rpms-abc' });
    expect(r.mine).toEqual({ value: 'rpms-abc' });
    expect(r.theirRequests).toHaveLength(1);
    expect(r.myRequests).toEqual(r.theirRequests);
    expect(r.myRequests[0]).toMatchObject({
      method: 'POST',
      path: '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
      contentType: 'application/json',
      authorization: `Bearer ${TOKEN}`,
      body: { key: 'rpms-abc', version: cacheVersion([dir], 'zstd-without-long') },
    });
  });

  it('a miss: the client and this module both say none', async () => {
    stubRunner();
    replies.set('GetCacheEntryDownloadURL', { status: 200, body: { ok: false } });
    const r = await both(
      () => restoreCache([dir], 'rpms-def', undefined, { lookupOnly: true }),
      async () => findCacheEntry(process.env, { paths: [dir], key: 'rpms-def', compression: await compressionMethod(exec) }),
    );
    expect(r.theirs).toEqual({ value: undefined });
    expect(r.mine).toEqual({ value: undefined });
    expect(r.myRequests).toEqual(r.theirRequests);
  });

  it('without zstd on PATH the client asks for the gzip version, which cacheVersion computes', async () => {
    stubRunner();
    // A PATH where no zstd is: the client's zstd probe finds nothing and it falls back to gzip.
    vi.stubEnv('PATH', path.join(scratch, 'empty-bin'));
    replies.set('GetCacheEntryDownloadURL', { status: 200, body: { ok: false } });
    await restoreCache([dir], 'rpms-gz', undefined, { lookupOnly: true });
    expect(recorded.map((r) => r.body)).toEqual([{ key: 'rpms-gz', version: cacheVersion([dir], 'gzip') }]);
    expect(cacheVersion([dir], 'gzip')).not.toBe(cacheVersion([dir], 'zstd-without-long'));
  });

  it('picks the service and the read permission as the client does', () => {
    expect(cacheServiceVersion({ ACTIONS_CACHE_SERVICE_V2: 'true' })).toBe('v2');
    expect(cacheServiceVersion({})).toBe('v1');
    // GitHub Enterprise Server has no cache service v2.
    expect(cacheServiceVersion({ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://git.example.com' })).toBe('v1');
    expect(cacheServiceVersion({ ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toBe('v2');
    expect([undefined, '', 'read', 'write', 'other'].map((m) => cacheReadable({ ACTIONS_CACHE_MODE: m }))).toEqual([true, true, true, true, true]);
    expect(['none', 'write-only', ' None '].map((m) => cacheReadable({ ACTIONS_CACHE_MODE: m }))).toEqual([false, false, false]);
  });
});

describe('behind an HTTP proxy (HTTPS_PROXY / HTTP_PROXY with credentials), as the clients go', () => {
  it('both lookups reach the service only through the proxy, tunnelled (CONNECT) with its credentials, as the client’s', async () => {
    // A name only the proxy resolves: a request that reached the service went through it.
    const behind = url.replace('127.0.0.1', 'results.trident-iso.test');
    stubRunner(behind);
    vi.stubEnv('HTTP_PROXY', proxy.url);
    vi.stubEnv('HTTPS_PROXY', proxy.url);
    replies.set('ListArtifacts', { status: 200, body: { artifacts: [artifact('5', 'a.iso')] } });
    replies.set('GetCacheEntryDownloadURL', { status: 200, body: { ok: false } });
    const dir = path.join(scratch, 'base-image');
    const before = proxy.records.length;
    const a = await both(
      () => new DefaultArtifactClient().getArtifact('a.iso').then((found) => String(found.artifact.id)),
      () => findArtifactId(process.env, 'a.iso'),
    );
    const c = await both(
      () => restoreCache([dir], 'base-1', undefined, { lookupOnly: true }),
      async () => findCacheEntry(process.env, { paths: [dir], key: 'base-1', compression: await compressionMethod(processes(process.env)) }),
    );
    expect(a.mine).toEqual({ value: '5' });
    expect(a.theirs).toEqual({ value: '5' });
    expect(a.myRequests).toEqual(a.theirRequests);
    expect(c.mine).toEqual({ value: undefined });
    expect(c.myRequests).toEqual(c.theirRequests);
    const port = Number(new URL(url).port);
    // Four requests, four tunnels: the clients' two and this module's two.
    const tunnel: unknown = expect.objectContaining({ method: 'CONNECT', host: 'results.trident-iso.test', port, status: 200 });
    expect(proxy.records.slice(before)).toEqual([tunnel, tunnel, tunnel, tunnel]);
  });

  it('a loopback service is never proxied (as @actions/http-client decides)', async () => {
    stubRunner();
    vi.stubEnv('HTTP_PROXY', proxy.url);
    replies.set('ListArtifacts', { status: 200, body: { artifacts: [] } });
    const before = proxy.records.length;
    expect(await findArtifactId(process.env, 'b.iso')).toBeUndefined();
    expect(recorded).toHaveLength(1);
    expect(proxy.records.length).toBe(before);
  });
});

describe('saving to the cache (the toolkit client, through save())', () => {
  it('a reservation the service refuses is not reported as cached: @actions/cache returns -1 without throwing', async () => {
    stubRunner();
    replies.set('CreateCacheEntry', { status: 200, body: { ok: false, signed_upload_url: '', message: 'another job is creating this entry' } });
    const dir = path.join(scratch, 'to-save');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'rpm'), 'x');
    const lines: string[] = [];
    await save(dir, 'trident-iso-rpms-k', { info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`) });
    expect(recorded.map((r) => path.basename(r.path))).toEqual(['CreateCacheEntry']);
    expect(lines).toEqual([
      `${dir} was not cached as trident-iso-rpms-k (the cache service did not take it, as said above); the next run will do this work again.`,
    ]);
  });
});
