// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. The client is loaded only when used.

export interface CacheLog {
  info(line: string): void;
  warning(line: string): void;
}

/** Cache keys, from what determines the content exactly. Pure. */
export const cacheKeys = {
  baseImage: (platform: string, digest: string) => `trident-iso-base-image-${platform.replace('/', '-')}-${digest.replace(':', '-')}`,
  rpms: (platform: string, commit: string) => `trident-iso-rpms-${platform.replace('/', '-')}-${commit}`,
};

/** Whether a cache service is configured: only inside a workflow job. Pure. */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

async function client() {
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** Restores dir from the cache; true on an exact hit. Never throws. */
export async function restore(dir: string, key: string, log: CacheLog): Promise<boolean> {
  try {
    const cache = await client();
    if (!cache) {
      log.info('The Actions cache service is not available here: nothing is restored.');
      return false;
    }
    const hit = await cache.restoreCache([dir], key);
    log.info(hit ? `Cache hit: ${key}` : `Cache miss: ${key}`);
    return hit === key;
  } catch (error) {
    log.warning(`The cache could not be read (${(error as Error).message}); carrying on without it.`);
    return false;
  }
}

/** Saves dir under key. Never throws. */
export async function save(dir: string, key: string, log: CacheLog): Promise<void> {
  try {
    const cache = await client();
    if (!cache) return;
    await cache.saveCache([dir], key);
    log.info(`Cached ${dir} as ${key}`);
  } catch (error) {
    log.warning(`The cache could not be written (${(error as Error).message}); the next run will do this work again.`);
  }
}
