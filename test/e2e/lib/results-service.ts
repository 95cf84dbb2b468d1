// The GitHub Actions results service, as @actions/artifact 6 and @actions/cache
// 6 (cache service v2) talk to it: a loopback Twirp (JSON over HTTP) stand-in
// for ArtifactService and CacheService whose signed URLs point at a REAL
// Azure Blob Storage server (Azurite, from npm) with SAS tokens signed by the
// well-known development account key. The clients run unmodified.
//
// The runtime token is a JWT whose `scp` claim holds
// `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`; the
// service checks it on every call. Tests read what the service recorded from
// GET /__e2e/state (any process).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { freePort, makeTempDir, portOpen, removeTempDir, REPO_ROOT, startDaemon, waitFor } from './proc.js';

export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
export const ARTIFACT_CONTAINER = 'actions-results';
export const CACHE_CONTAINER = 'actions-cache';
export const STATE_PATH = '/__e2e/state';

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

export interface ArtifactRecord {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blob: string;
  mimeType?: string | undefined;
  expiresAt?: string | undefined;
  version?: number | undefined;
  finalized: boolean;
  size?: string;
  hash?: string | undefined;
}

export interface CacheRecord {
  id: number;
  scope: string;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  sizeBytes?: string;
}

export interface ServiceState {
  artifacts: ArtifactRecord[];
  /** Artifacts DeleteArtifact removed. */
  deleted: ArtifactRecord[];
  caches: CacheRecord[];
  calls: { service: string; method: string; status: number; runBackendId?: string | undefined }[];
}

export interface ResultsService {
  /** ACTIONS_RESULTS_URL (with a trailing slash, as the runner sets it). */
  url: string;
  /** http://127.0.0.1:<port>/devstoreaccount1 */
  blobEndpoint: string;
  state(): ServiceState;
  stop(): Promise<void>;
}

/** A JWT as the runner's ACTIONS_RUNTIME_TOKEN (unsigned: the clients only decode it). */
export function runtimeToken(runBackendId: string, jobBackendId: string, cacheScope = 'refs/heads/main'): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    b64({ typ: 'JWT', alg: 'RS256', x5t: 'e2e' }),
    b64({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      ac: JSON.stringify([{ Scope: cacheScope, Permission: 3 }]),
      iat: now,
      exp: now + 6 * 3600,
      iss: 'e2e',
    }),
    Buffer.from('e2e-signature').toString('base64url'),
  ].join('.');
}

function decodeToken(header: string | undefined): { run: string; job: string; scope: string } | undefined {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  const payload = m?.[1]?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string; ac?: string };
    const results = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
    const parts = results?.split(':');
    if (parts?.length !== 3 || !parts[1] || !parts[2]) return undefined;
    let scope = 'default';
    try {
      const ac = JSON.parse(claims.ac ?? '[]') as { Scope?: string }[];
      scope = ac[0]?.Scope ?? 'default';
    } catch {
      /* no cache scope */
    }
    return { run: parts[1], job: parts[2], scope };
  } catch {
    return undefined;
  }
}

export async function startResultsService(): Promise<ResultsService> {
  const dir = makeTempDir('e2e-azurite-');
  const blobPort = await freePort();
  const azurite = startDaemon(
    'azurite-blob',
    [
      process.execPath,
      path.join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      // Blobs in a temporary folder (removed at stop), not in memory: ISOs can be large.
      '--location',
      dir,
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
      '--disableTelemetry',
    ],
    path.join(dir, 'azurite.log'),
    { cwd: dir },
  );
  try {
    await waitFor(
      'azurite',
      async () => {
        if (azurite.child.exitCode !== null) throw new Error(`azurite exited: ${readFileSync(azurite.logFile, 'utf8').slice(-2000)}`);
        return portOpen(blobPort);
      },
      30_000,
      100,
    );
  } catch (e) {
    await azurite.stop();
    removeTempDir(dir);
    throw e;
  }
  const blobEndpoint = `http://127.0.0.1:${blobPort}/${AZURITE_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const blobService = new BlobServiceClient(blobEndpoint, credential);
  await blobService.getContainerClient(ARTIFACT_CONTAINER).createIfNotExists();
  await blobService.getContainerClient(CACHE_CONTAINER).createIfNotExists();

  const sasUrl = (container: string, blob: string, permissions: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 5 * 60_000),
        expiresOn: new Date(Date.now() + 6 * 3600_000),
      },
      credential,
    ).toString();
    return `${blobEndpoint}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas}`;
  };

  const state: ServiceState = { artifacts: [], deleted: [], caches: [], calls: [] };
  let nextId = 1000;

  type Handler = (body: Record<string, unknown>, who: { run: string; job: string; scope: string }) => [number, unknown];

  const sameJob = (body: Record<string, unknown>, who: { run: string; job: string }) =>
    body.workflow_run_backend_id === who.run && body.workflow_job_run_backend_id === who.job;

  /** A JSON field of a request as text ('' or the fallback when absent or not a scalar). */
  const field = (body: Record<string, unknown>, name: string, fallback: string): string => {
    const value = body[name];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
  };

  const handlers: Record<string, Handler> = {
    [`${ARTIFACT_SERVICE}/CreateArtifact`]: (body, who) => {
      if (!sameJob(body, who)) return [403, { code: 'permission_denied', msg: 'backend IDs do not match the token' }];
      const name = field(body, 'name', '');
      if (!name) return [400, { code: 'invalid_argument', msg: 'name is required' }];
      if (state.artifacts.some((a) => a.runBackendId === who.run && a.name === name)) {
        return [409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` }];
      }
      const id = nextId++;
      const blob = `${who.run}/${who.job}/${id}/${name}`;
      state.artifacts.push({
        id,
        runBackendId: who.run,
        jobBackendId: who.job,
        name,
        blob,
        mimeType: (body.mime_type as string | undefined) ?? undefined,
        expiresAt: body.expires_at as string | undefined,
        version: body.version as number | undefined,
        finalized: false,
      });
      return [200, { ok: true, signed_upload_url: sasUrl(ARTIFACT_CONTAINER, blob, 'cw') }];
    },
    [`${ARTIFACT_SERVICE}/FinalizeArtifact`]: (body, who) => {
      if (!sameJob(body, who)) return [403, { code: 'permission_denied', msg: 'backend IDs do not match the token' }];
      const a = state.artifacts.find((x) => x.runBackendId === who.run && x.name === body.name && !x.finalized);
      if (!a) return [404, { code: 'not_found', msg: 'artifact not found' }];
      a.finalized = true;
      a.size = field(body, 'size', '0');
      a.hash = body.hash as string | undefined;
      return [200, { ok: true, artifact_id: String(a.id) }];
    },
    [`${ARTIFACT_SERVICE}/ListArtifacts`]: (body, who) => {
      const list = state.artifacts
        .filter((a) => a.runBackendId === who.run && a.finalized)
        .filter((a) => !body.name_filter || a.name === body.name_filter)
        .map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: a.size ?? '0',
          ...(a.hash ? { digest: a.hash } : {}),
        }));
      return [200, { artifacts: list }];
    },
    // What @actions/artifact's deleteArtifact calls (actions/toolkit packages/artifact/src/internal/delete/delete-artifact.ts,
    // deleteArtifactInternal) after ListArtifacts found the name: the run's artifact of that name goes, so the name is free again.
    [`${ARTIFACT_SERVICE}/DeleteArtifact`]: (body, who) => {
      if (body.workflow_run_backend_id !== who.run) return [403, { code: 'permission_denied', msg: 'backend IDs do not match the token' }];
      const i = state.artifacts.findIndex(
        (a) => a.runBackendId === who.run && a.jobBackendId === body.workflow_job_run_backend_id && a.name === body.name && a.finalized,
      );
      if (i < 0) return [404, { code: 'not_found', msg: 'artifact not found' }];
      const [gone] = state.artifacts.splice(i, 1);
      state.deleted.push(gone!);
      return [200, { ok: true, artifact_id: String(gone!.id) }];
    },
    [`${CACHE_SERVICE}/CreateCacheEntry`]: (body, who) => {
      const key = field(body, 'key', '');
      const version = field(body, 'version', '');
      if (!key || !version) return [400, { code: 'invalid_argument', msg: 'key and version are required' }];
      if (state.caches.some((c) => c.scope === who.scope && c.key === key && c.version === version)) {
        return [409, { code: 'already_exists', msg: 'cache entry already exists' }];
      }
      const id = nextId++;
      const blob = `${encodeURIComponent(who.scope)}/${id}`;
      state.caches.push({ id, scope: who.scope, key, version, blob, finalized: false });
      return [200, { ok: true, signed_upload_url: sasUrl(CACHE_CONTAINER, blob, 'cw') }];
    },
    [`${CACHE_SERVICE}/FinalizeCacheEntryUpload`]: (body, who) => {
      const c = state.caches.find((x) => x.scope === who.scope && x.key === body.key && x.version === body.version && !x.finalized);
      if (!c) return [404, { code: 'not_found', msg: 'cache entry not found' }];
      c.finalized = true;
      c.sizeBytes = field(body, 'size_bytes', '0');
      return [200, { ok: true, entry_id: String(c.id) }];
    },
    [`${CACHE_SERVICE}/GetCacheEntryDownloadURL`]: (body, who) => {
      const version = field(body, 'version', '');
      const usable = state.caches.filter((c) => c.scope === who.scope && c.finalized && c.version === version).reverse();
      const key = field(body, 'key', '');
      let hit = usable.find((c) => c.key === key);
      for (const prefix of (body.restore_keys as string[] | undefined) ?? []) {
        if (hit) break;
        hit = usable.find((c) => c.key === prefix) ?? usable.find((c) => c.key.startsWith(prefix));
      }
      if (!hit) return [200, { ok: false }];
      return [200, { ok: true, signed_download_url: sasUrl(CACHE_CONTAINER, hit.blob, 'r'), matched_key: hit.key }];
    },
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      if (req.method === 'GET' && url === STATE_PATH) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(state));
        return;
      }
      const m = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(url);
      const reply = (status: number, body: unknown, call?: { service: string; method: string; run?: string }) => {
        if (call && state.calls.length < 10_000) state.calls.push({ service: call.service, method: call.method, status, runBackendId: call.run });
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !m) return reply(404, { code: 'bad_route', msg: `no handler for ${req.method} ${url}` });
      const [, service = '', method = ''] = m;
      const handler = handlers[`${service}/${method}`];
      if (!handler) return reply(404, { code: 'bad_route', msg: `no handler for ${service}/${method}` }, { service, method });
      const who = decodeToken(req.headers.authorization);
      if (!who) return reply(401, { code: 'unauthenticated', msg: 'missing or invalid runtime token' }, { service, method });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return reply(400, { code: 'malformed', msg: 'body is not JSON' }, { service, method, run: who.run });
      }
      const [status, out] = handler(body, who);
      reply(status, out, { service, method, run: who.run });
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${port}/`,
    blobEndpoint,
    state: () => state,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
      removeTempDir(dir);
    },
  };
}

/** Reads a blob back from Azurite (any process). */
export async function readBlob(blobEndpoint: string, container: string, blob: string): Promise<Buffer> {
  const client = new BlobServiceClient(blobEndpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  return client.getContainerClient(container).getBlobClient(blob).downloadToBuffer();
}

/** Every blob name in a container of Azurite (any process). */
export async function listBlobs(blobEndpoint: string, container: string): Promise<string[]> {
  const client = new BlobServiceClient(blobEndpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  const names: string[] = [];
  for await (const b of client.getContainerClient(container).listBlobsFlat()) names.push(b.name);
  return names;
}

export async function fetchState(resultsUrl: string): Promise<ServiceState> {
  const r = await fetch(new URL(STATE_PATH, resultsUrl));
  return (await r.json()) as ServiceState;
}
