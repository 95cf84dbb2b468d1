// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. Whether the cache holds a key is asked without
// the client (tools/results-service.ts: one request, no Azure SDK to compile);
// the client is loaded only for what downloads or uploads.
import { errorMessage } from '../context/errors.js';
import { PLATFORMS, type Platform } from '../context/platform.js';
import { abortable } from './abortable.js';
import type { Exec } from './exec.js';
import { cacheReadable, cacheServiceVersion, compressionMethod, findCacheEntry } from './results-service.js';

export interface CacheLog {
  info(line: string): void;
  warning(line: string): void;
}

/** Cache keys, from what determines the content exactly. Pure. */
export const cacheKeys = {
  baseImage: (platform: Platform, digest: string) => `trident-iso-base-image-${PLATFORMS[platform].key}-${digest.replace(':', '-')}`,
  rpms: (platform: Platform, commit: string) => `trident-iso-rpms-${PLATFORMS[platform].key}-${commit}`,
};

let cacheClient: Promise<typeof import('@actions/cache')> | undefined;

/** Loads the cache client (with the Azure SDK's blob client) once; call it while the run waits on processes, to have it loaded when a save comes. */
export function loadCacheClient(): Promise<typeof import('@actions/cache')> {
  cacheClient ??= import('@actions/cache');
  return cacheClient;
}

async function client() {
  const cache = await loadCacheClient();
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** A read of the cache: its failure is warned about and gives `otherwise`. Never throws, except when cancelled. */
async function reading<T>(log: CacheLog, signal: AbortSignal | undefined, otherwise: T, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warning(`The cache could not be read (${errorMessage(error)}); carrying on without it.`);
    return otherwise;
  }
}

/**
 * What the cache service says of `key` for dir, asked as @actions/cache asks it: with cache service v2
 * by one request without the client (nothing downloaded); with v1 (GitHub Enterprise Server) by the
 * client itself (restoreCache with lookupOnly). The environment is the process's, which the client
 * reads: the lookup and the restore that follows it agree. Never throws, except when cancelled.
 */
async function ask(
  dir: string,
  key: string,
  log: CacheLog,
  exec: Exec,
  signal: AbortSignal | undefined,
): Promise<'unavailable' | 'hit' | 'miss' | 'error'> {
  const env = process.env;
  return reading(log, signal, 'error', async () => {
    if (cacheServiceVersion(env) === 'v1') {
      const cache = await client();
      if (!cache) return 'unavailable';
      const hit = await abortable(cache.restoreCache([dir], key, undefined, { lookupOnly: true }), signal);
      return hit === key ? 'hit' : 'miss';
    }
    if (!env.ACTIONS_RESULTS_URL) return 'unavailable';
    // The runner's cache mode may forbid reading: the client then restores nothing, a miss.
    if (!cacheReadable(env)) return 'miss';
    const matched = await findCacheEntry(env, { paths: [dir], key, compression: await compressionMethod(exec) }, signal);
    return matched === key ? 'hit' : 'miss';
  });
}

/** Restores dir from the cache; true on an exact hit. Asks first (tools/results-service.ts), so a miss loads no client. Never throws, except when cancelled. */
export async function restore(dir: string, key: string, log: CacheLog, exec: Exec, signal?: AbortSignal): Promise<boolean> {
  const said = await ask(dir, key, log, exec, signal);
  if (said === 'unavailable') log.info('The Actions cache service is not available here: nothing is restored.');
  if (said !== 'hit') {
    if (said === 'miss') log.info(`Cache miss: ${key}`);
    return false;
  }
  return reading(log, signal, false, async () => {
    const cache = await client();
    const restored = cache ? await abortable(cache.restoreCache([dir], key), signal) : undefined;
    log.info(restored === key ? `Cache hit: ${key}` : `Cache miss: ${key}`);
    return restored === key;
  });
}

/**
 * Whether the cache holds `key` for dir, asked without downloading anything.
 * false also when it cannot say (no service, an error, warned about as
 * restore() warns): the caller then does the work. Never throws, except when cancelled.
 */
export async function lookup(dir: string, key: string, log: CacheLog, exec: Exec, signal?: AbortSignal): Promise<boolean> {
  return (await ask(dir, key, log, exec, signal)) === 'hit';
}

/** Saves dir under key. Never throws, except when cancelled. */
export async function save(dir: string, key: string, log: CacheLog, signal?: AbortSignal): Promise<void> {
  try {
    const cache = await client();
    if (!cache) return;
    // saveCache does not throw when the service refuses the entry (another job is saving the key, a
    // write denied, a failed finalize): it says so itself and returns -1.
    const id = await abortable(cache.saveCache([dir], key), signal);
    if (id === -1)
      log.info(`${dir} was not cached as ${key} (the cache service did not take it, as said above); the next run will do this work again.`);
    else log.info(`Cached ${dir} as ${key}`);
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warning(`The cache could not be written (${errorMessage(error)}); the next run will do this work again.`);
  }
}
