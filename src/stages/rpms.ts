// Stage 3a (beside the base image and the Image Customizer image): the Trident
// RPMs gathered flat, checked against the config, and the host config checked
// by `trident validate` when the RPMs hold a trident that runs here.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import type { RunContext } from '../context/run-context.js';
import type { Stage, StageLog } from '../run/stages.js';
import { cacheKeys, restore, save } from '../tools/cache.js';
import { checkRpms, type RpmSet } from '../trident/rpm-set.js';
import { getRpms, RpmSourceError, type RpmCache } from '../trident/rpm-sources.js';
import { validateWithTrident } from '../trident/validate.js';
import type { PreparedConfig } from './config.js';

/** The Actions cache for RPMs built from a clean commit. */
function rpmCache(ctx: RunContext, log: StageLog, signal: AbortSignal): RpmCache {
  const warning = (line: string) => ctx.rt.warning({ message: line });
  return {
    dir: path.join(ctx.cacheRoot, 'rpms'),
    key: (commit) => cacheKeys.rpms(ctx.inputs.platform, commit),
    restore: (dir, key) => restore(dir, key, { info: log, warning }, signal),
    // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
    save: (dir, key) => {
      ctx.background('Save RPMs to the cache', (s) => save(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
      return Promise.resolve();
    },
  };
}

export function tridentRpms(config: PreparedConfig): Stage<RunContext, RpmSet> {
  return async (ctx, log, signal) => {
    const { inputs, work, exec } = ctx;
    const source = inputs.rpms;
    if (source.kind === 'distro') {
      log('No trident-rpms or trident-source given: Trident is installed from the Azure Linux package repositories.');
      return { packages: [], tridentVersion: '' };
    }
    const input = source.kind === 'build' ? 'trident-source' : 'trident-rpms';
    const set = await getRpms(source, {
      exec,
      target: work.rpms,
      scratch: work.scratch,
      onLine: log,
      signal,
      ...(ctx.cache ? { cache: rpmCache(ctx, log, signal) } : {}),
    }).catch((error: unknown) => {
      throw error instanceof RpmSourceError ? new InputError(input, error.message) : error;
    });
    const problems = checkRpms(set.packages, config.requiredPackages, inputs.platform);
    if (problems.length > 0) throw new InputError(input, problems.join(' '));
    // With a trident binary that runs here, `trident validate` has the final word.
    if (config.hostConfigPath) {
      const validation = await validateWithTrident(exec, set.packages, config.hostConfigPath, { scratch: work.scratch, log, signal });
      if (validation.verdict === 'invalid') {
        throw new InputError('host-config', `trident validate rejects the host config the ISO carries:\n${validation.output.join('\n')}`);
      }
      if (validation.verdict === 'not-run') log(`trident validate not run: ${validation.why}.`);
    }
    return set;
  };
}
