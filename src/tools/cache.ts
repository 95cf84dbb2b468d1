// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. The client is loaded only when used.
import { errorMessage } from '../context/errors.js';
import { PLATFORMS, type Platform } from '../context/platform.js';
import { abortable } from './abortable.js';
import type { StepEnv } from './exec.js';

export interface CacheLog {
  info(line: string): void;
  warning(line: string): void;
}

/** Cache keys, from what determines the content exactly. Pure. */
export const cacheKeys = {
  baseImage: (platform: Platform, digest: string) => `trident-iso-base-image-${PLATFORMS[platform].key}-${digest.replace(':', '-')}`,
  rpms: (platform: Platform, commit: string) => `trident-iso-rpms-${PLATFORMS[platform].key}-${commit}`,
};

/** Whether a cache service is configured: only inside a workflow job. Pure. */
export function cacheServiceConfigured(env: StepEnv): boolean {
  return [env.ACTIONS_CACHE_URL, env.ACTIONS_RESULTS_URL].some(Boolean);
}

let cacheClient: Promise<typeof import('@actions/cache')> | undefined;

/** Loads the cache client (with the Azure SDK's blob client) once; call it early to load it while other work waits. */
export function loadCacheClient(): Promise<typeof import('@actions/cache')> {
  cacheClient ??= import('@actions/cache');
  return cacheClient;
}

async function client() {
  const cache = await loadCacheClient();
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** One restoreCache request, its failure warned about: what the service said. Never throws, except when cancelled. */
async function ask(
  dir: string,
  key: string,
  log: CacheLog,
  signal: AbortSignal | undefined,
  lookupOnly: boolean,
): Promise<'unavailable' | 'hit' | 'miss' | 'error'> {
  try {
    const cache = await client();
    if (!cache) return 'unavailable';
    const hit = await abortable(cache.restoreCache([dir], key, undefined, { lookupOnly }), signal);
    return hit === key ? 'hit' : 'miss';
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warning(`The cache could not be read (${errorMessage(error)}); carrying on without it.`);
    return 'error';
  }
}

/** Restores dir from the cache; true on an exact hit. Never throws, except when cancelled. */
export async function restore(dir: string, key: string, log: CacheLog, signal?: AbortSignal): Promise<boolean> {
  const said = await ask(dir, key, log, signal, false);
  if (said === 'unavailable') log.info('The Actions cache service is not available here: nothing is restored.');
  if (said === 'hit' || said === 'miss') log.info(said === 'hit' ? `Cache hit: ${key}` : `Cache miss: ${key}`);
  return said === 'hit';
}

/**
 * Whether the cache holds `key` for dir, asked without downloading anything.
 * false also when it cannot say (no service, an error, warned about as
 * restore() warns): the caller then does the work. Never throws, except when cancelled.
 */
export async function lookup(dir: string, key: string, log: CacheLog, signal?: AbortSignal): Promise<boolean> {
  return (await ask(dir, key, log, signal, true)) === 'hit';
}

/** Saves dir under key. Never throws, except when cancelled. */
export async function save(dir: string, key: string, log: CacheLog, signal?: AbortSignal): Promise<void> {
  try {
    const cache = await client();
    if (!cache) return;
    await abortable(cache.saveCache([dir], key), signal);
    log.info(`Cached ${dir} as ${key}`);
  } catch (error) {
    if (signal?.aborted) throw error;
    log.warning(`The cache could not be written (${errorMessage(error)}); the next run will do this work again.`);
  }
}
