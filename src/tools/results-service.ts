// The two questions the run asks the Actions results service before its long
// work: is an artifact name taken on this workflow run, and does the cache
// hold a key. Each is one Twirp (JSON over HTTP) request; @actions/artifact
// and @actions/cache would ask them too, but loading either client compiles
// the Azure SDK behind them (about 5 MB of bundled code), which is what the
// checks spent most of their time on. The restore, save and upload stay with
// those clients; test/unit/results-service.test.ts sends the clients' own
// lookups and these to one recording server and requires equal requests, so
// a toolkit upgrade that changes the protocol fails there.
//
// Modelled on actions/toolkit:
//   packages/artifact/src/internal/find/get-artifact.ts (getArtifactInternal: ListArtifacts by name, the newest)
//   packages/artifact/src/internal/shared/util.ts (getBackendIdsFromToken: the ids in the token's scp claim)
//   packages/artifact/src/internal/shared/artifact-twirp-client.ts and
//   packages/cache/src/internal/shared/cacheTwirpClient.ts (the POST, its headers, retries and error text)
//   packages/cache/src/cache.ts (restoreCacheV2 with lookupOnly: GetCacheEntryDownloadURL)
//   packages/cache/src/internal/cacheUtils.ts (getCacheVersion, getCompressionMethod)
//   packages/cache/src/internal/config.ts (isGhes, getCacheServiceVersion, isCacheReadable)
// and the proxy is chosen by @actions/http-client's own getProxyUrl (HTTPS_PROXY, HTTP_PROXY,
// NO_PROXY, loopback never proxied), as the clients choose it.
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Exec, StepEnv } from './exec.js';
import { pause } from './retry.js';

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/** packages/cache/src/internal/constants.ts: part of every cache version. */
const CACHE_VERSION_SALT = '1.0';

/** How a call is retried, per client (the artifact client retries 429; the cache client gives up on it). */
interface Retries {
  attempts: number;
  firstDelayMs: number;
  multiplier: number;
  statuses: readonly number[];
}

const RETRY_5XX = [500, 502, 503, 504];
export const ARTIFACT_RETRIES: Retries = { attempts: 5, firstDelayMs: 3000, multiplier: 1.5, statuses: [...RETRY_5XX, 429] };
export const CACHE_RETRIES: Retries = { attempts: 5, firstDelayMs: 3000, multiplier: 1.5, statuses: RETRY_5XX };
/** Connection errors the clients do not retry (NetworkError in both packages' src/internal/shared/errors.ts). */
const NETWORK_ERRORS = new Set(['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH']);

/** The workflow run's and job's ids on the results service, from the runtime token's `Actions.Results:<run>:<job>` scope. Pure. */
export function backendIds(token: string): { run: string; job: string } {
  const invalid = new Error('Failed to get backend IDs: The provided JWT token is invalid and/or missing claims');
  let scp: unknown;
  try {
    const payload = token.split('.')[1] ?? '';
    scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    throw invalid;
  }
  if (typeof scp !== 'string' || !scp) throw invalid;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    const [, run, job] = parts;
    if (parts.length !== 3 || run === undefined || job === undefined) throw invalid;
    return { run, job };
  }
  throw invalid;
}

/** Whether the server is GitHub Enterprise Server (no cache service v2 there). Pure. */
function isGhes(env: StepEnv): boolean {
  // An empty GITHUB_SERVER_URL counts as unset, as in the client.
  const server = [env.GITHUB_SERVER_URL, 'https://github.com'].find(Boolean) ?? '';
  const host = new URL(server).hostname.trimEnd().toUpperCase();
  return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}

/** Which cache service @actions/cache talks to: v2 (Twirp on the results service) or v1 (the older REST service). Pure. */
export function cacheServiceVersion(env: StepEnv): 'v1' | 'v2' {
  return !isGhes(env) && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}

/** Whether the runner's cache mode lets the job read the cache (unset or unknown modes do). Pure. */
export function cacheReadable(env: StepEnv): boolean {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  return !['none', 'write-only'].includes(mode);
}

export type CompressionMethod = 'gzip' | 'zstd-without-long';

/** The cache entry's version: what else, besides the key, an entry must match (its paths and compression). Pure. */
export function cacheVersion(paths: readonly string[], compression: CompressionMethod): string {
  const components = [...paths, compression, ...(process.platform === 'win32' ? ['windows-only'] : []), CACHE_VERSION_SALT];
  // node:crypto loads here, not with the module: validate-only loads this module and asks for no cache.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(components.join('|')).digest('hex');
}

let compression: Promise<CompressionMethod> | undefined;

/** zstd when `zstd --quiet --version` says anything (whatever its exit code), else gzip; asked once. */
export function compressionMethod(exec: Exec): Promise<CompressionMethod> {
  compression ??= exec
    .run(['zstd', '--quiet', '--version'], { captureStdout: true })
    .then((r): CompressionMethod => (r.stdout.trim() !== '' || r.tail.join('').trim() !== '' ? 'zstd-without-long' : 'gzip'))
    .catch((): CompressionMethod => 'gzip');
  return compression;
}

export class TwirpError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TwirpError';
  }
}

interface Reply {
  status: number;
  statusText: string;
  body: string;
}

/** A CONNECT tunnel to target through the proxy, with the proxy URL's credentials. */
async function tunnel(proxy: URL, target: URL, signal?: AbortSignal): Promise<Socket> {
  const http = proxy.protocol === 'https:' ? await import('node:https') : await import('node:http');
  const authority = `${target.hostname}:${target.port || (target.protocol === 'https:' ? '443' : '80')}`;
  // getProxyUrl's URL gives the credentials decoded.
  const auth =
    proxy.username || proxy.password
      ? { 'Proxy-Authorization': `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}` }
      : {};
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...auth },
      agent: false,
      ...(signal ? { signal } : {}),
    });
    request.once('connect', (response: IncomingMessage, socket: Socket) => {
      if (response.statusCode === 200) return resolve(socket);
      socket.destroy();
      reject(new TwirpError(`the proxy ${proxy.host} refused to connect to ${authority} (${response.statusCode ?? 0})`));
    });
    request.once('error', reject);
    request.end();
  });
}

/** One POST of a JSON body, through the proxy the environment names; the reply's status and text. */
async function post(url: URL, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<Reply> {
  const secure = url.protocol === 'https:';
  const proxy = getProxyUrl(url);
  const socket = proxy?.hostname ? await tunnel(proxy, url, signal) : undefined;
  const client = secure ? await import('node:https') : await import('node:http');
  const tls = socket && secure ? await import('node:tls') : undefined;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        // The tunnel's connection, or a fresh one (agent: false); an agent would ignore createConnection.
        ...(socket ? { createConnection: () => (tls ? tls.connect({ socket, servername: url.hostname }) : socket) } : { agent: false }),
        ...(signal ? { signal } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.once('error', reject);
        response.once('end', () =>
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

/** The delay before attempt `attempt + 1`: the first fixed, then growing by the multiplier, with jitter. Pure but for Math.random. */
export function retryDelayMs(attempt: number, r: Retries): number {
  if (attempt === 0) return r.firstDelayMs;
  const min = r.firstDelayMs * r.multiplier ** attempt;
  return Math.trunc(min + Math.random() * (min * r.multiplier - min));
}

export interface TwirpCall {
  env: StepEnv;
  service: string;
  method: string;
  request: object;
  userAgent: string;
  retries: Retries;
  signal?: AbortSignal;
  /** Told before each retry, as the clients say it. */
  onRetry?: (line: string) => void;
}

/** A Twirp call to the results service, retried as the toolkit's clients retry it; the reply's JSON. */
export async function twirp(call: TwirpCall): Promise<unknown> {
  const { env, service, method, retries } = call;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (!token) throw new TwirpError('Unable to get the ACTIONS_RUNTIME_TOKEN env variable');
  const url = new URL(`/twirp/${service}/${method}`, new URL(env.ACTIONS_RESULTS_URL ?? '').origin);
  const headers = { 'Content-Type': 'application/json', 'User-Agent': call.userAgent, Authorization: `Bearer ${token}` };
  const body = JSON.stringify(call.request);
  let problem = '';
  for (let attempt = 0; attempt < retries.attempts; attempt++) {
    let retryable: boolean;
    try {
      const reply = await post(url, headers, body, call.signal);
      const json: unknown = JSON.parse(reply.body);
      if (reply.status >= 200 && reply.status < 300) return json;
      const msg = typeof json === 'object' && json !== null && 'msg' in json && typeof json.msg === 'string' ? `: ${json.msg}` : '';
      problem = `Failed request: (${reply.status}) ${reply.statusText}${msg}`;
      retryable = retries.statuses.includes(reply.status);
    } catch (error) {
      if (call.signal?.aborted) throw error;
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && NETWORK_ERRORS.has(code)) throw new TwirpError(`Failed to ${method}: Unable to make request: ${code}`);
      retryable = true;
      problem = error instanceof Error ? error.message : String(error);
    }
    if (!retryable) throw new TwirpError(`Failed to ${method}: Received non-retryable error: ${problem}`);
    if (attempt + 1 === retries.attempts) break;
    const delay = retryDelayMs(attempt, retries);
    call.onRetry?.(`Attempt ${attempt + 1} of ${retries.attempts} failed with error: ${problem}. Retrying request in ${delay} ms...`);
    await pause(delay, call.signal);
  }
  throw new TwirpError(`Failed to ${method}: Failed to make request after ${retries.attempts} attempts: ${problem}`);
}

/** Who asks (the clients send their package's name and version; the service reads nothing else from it). */
export const USER_AGENT = 'trident-iso-action';

/** The id of the newest artifact of this name on the workflow run, or undefined when there is none. */
export async function findArtifactId(env: StepEnv, name: string, signal?: AbortSignal): Promise<string | undefined> {
  // As the client: GitHub Enterprise Server has no artifact service of this kind (packages/artifact/src/internal/client.ts).
  if (isGhes(env))
    throw new TwirpError('@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES.');
  const { run, job } = backendIds(env.ACTIONS_RUNTIME_TOKEN ?? '');
  const reply = await twirp({
    env,
    service: ARTIFACT_SERVICE,
    method: 'ListArtifacts',
    request: { workflow_run_backend_id: run, workflow_job_run_backend_id: job, name_filter: name },
    userAgent: USER_AGENT,
    retries: ARTIFACT_RETRIES,
    ...(signal ? { signal } : {}),
  });
  const artifacts =
    typeof reply === 'object' && reply !== null && 'artifacts' in reply && Array.isArray(reply.artifacts) ? (reply.artifacts as unknown[]) : [];
  const ids = artifacts
    .map((a) => (typeof a === 'object' && a !== null && 'database_id' in a ? String(a.database_id) : ''))
    .filter((id) => /^\d+$/.test(id));
  if (ids.length === 0) return undefined;
  return ids.reduce((newest, id) => (BigInt(id) > BigInt(newest) ? id : newest));
}

/**
 * The key the cache service matches for `key` and the paths (only an exact key: no restore keys), or
 * undefined on a miss; nothing is downloaded. Cache service v2 only (cacheServiceVersion).
 */
export async function findCacheEntry(
  env: StepEnv,
  entry: { paths: readonly string[]; key: string; compression: CompressionMethod },
  signal?: AbortSignal,
): Promise<string | undefined> {
  const reply = await twirp({
    env,
    service: CACHE_SERVICE,
    method: 'GetCacheEntryDownloadURL',
    request: { key: entry.key, version: cacheVersion(entry.paths, entry.compression) },
    userAgent: USER_AGENT,
    retries: CACHE_RETRIES,
    ...(signal ? { signal } : {}),
  });
  if (typeof reply !== 'object' || reply === null || !('ok' in reply) || reply.ok !== true) return undefined;
  return 'matched_key' in reply && typeof reply.matched_key === 'string' ? reply.matched_key : undefined;
}
