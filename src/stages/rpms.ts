// Trident's RPMs. Prebuilt ones are read before the config is written (it
// pins their exact version-release); a checkout is built beside the base
// image and Image Customizer pulls, and the config is pinned when the build
// ends. Each file is judged by its header, the set checked, and the host
// config checked by `trident validate` when the RPMs hold a trident that
// runs here.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import type { RunContext } from '../context/run-context.js';
import type { Stage, StageLog } from '../run/stages.js';
import { cacheKeys, loadCacheClient, lookup, restore, save } from '../tools/cache.js';
import { checkRpmSet, type RpmSet } from '../trident/rpm-set.js';
import { askRpmCache, getRpms, RpmSourceError, type RpmCache, type RpmCacheAnswer } from '../trident/rpm-sources.js';
import { TridentPayloadError, validateWithTrident } from '../trident/validate.js';
import { applyRpms, rpmInput, type PreparedConfig } from './config.js';

/** The Actions cache for RPMs built from a clean commit. */
function rpmCache(ctx: RunContext, log: StageLog, signal: AbortSignal): RpmCache {
  const warning = (line: string) => ctx.rt.warning({ message: line });
  return {
    dir: path.join(ctx.cacheRoot, 'rpms'),
    key: (commit) => cacheKeys.rpms(ctx.inputs.platform, commit),
    restore: (dir, key) => restore(dir, key, { info: log, warning }, ctx.exec, signal),
    lookup: (dir, key) => lookup(dir, key, { info: log, warning }, ctx.exec, signal),
    // make has started: the save's client compiles while the build runs, not when the build ends.
    prepareSave: () => void loadCacheClient().catch(() => undefined),
    // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
    save: (dir, key) => {
      ctx.background('Save RPMs to the cache', (s) => save(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
      return Promise.resolve();
    },
  };
}

/**
 * With trident-source and the cache on: the checkout's commit and whether the cache holds its RPMs, asked
 * while the config is written (git and one cache request; nothing is written, nothing downloaded), so that
 * on a miss make starts as its stage does. Never rejects but when the run is cancelled.
 */
export function askRpmCacheAhead(ctx: RunContext): Promise<RpmCacheAnswer> | undefined {
  const source = ctx.inputs.rpms;
  if (source.kind !== 'build' || !ctx.cache || ctx.inputs.validateOnly) return undefined;
  const signal = ctx.rt.signal;
  const asked = askRpmCache(
    ctx.exec,
    source.checkout,
    rpmCache(ctx, () => undefined, signal),
    true,
  );
  // Handled at once: a run that fails before its RPM stage leaves it unread.
  asked.catch(() => undefined);
  return asked;
}

/** The RPMs of the source, their headers read and the set checked; gathered into the work folder unless validate-only. */
async function rpmSet(ctx: RunContext, log: StageLog, signal: AbortSignal, cacheAnswer?: Promise<RpmCacheAnswer>): Promise<RpmSet> {
  const { inputs, work, exec } = ctx;
  const source = inputs.rpms;
  if (source.kind === 'distro') return { packages: [], tridentVersion: '' };
  const input = rpmInput(ctx) ?? 'trident-rpms';
  const set = await getRpms(source, {
    exec,
    ...(inputs.validateOnly ? {} : { target: work.rpms }),
    scratch: work.scratch,
    onLine: log,
    signal,
    ...(ctx.cache ? { cache: rpmCache(ctx, log, signal) } : {}),
    ...(cacheAnswer ? { cacheAnswer } : {}),
  }).catch((error: unknown) => {
    throw error instanceof RpmSourceError ? new InputError(input, error.message) : error;
  });
  const problems = checkRpmSet(set.packages, inputs.platform);
  if (problems.length > 0) throw new InputError(input, problems.join(' '));
  return set;
}

/** Prebuilt RPMs (trident-rpms), read before the config is written. */
export const readGivenRpms: Stage<RunContext, RpmSet> = rpmSet;

/** `trident validate` on the host config the ISO carries, when the RPMs hold a trident that runs here. */
export async function validateHostConfig(ctx: RunContext, config: PreparedConfig, set: RpmSet, log: StageLog, signal: AbortSignal): Promise<void> {
  if (!config.hostConfigPath) return;
  const validation = await validateWithTrident(ctx.exec, set.packages, config.hostConfigPath, { scratch: ctx.work.scratch, log, signal }).catch(
    (error: unknown) => {
      throw error instanceof TridentPayloadError ? new InputError(rpmInput(ctx) ?? 'trident-rpms', error.message) : error;
    },
  );
  if (validation.verdict === 'invalid') {
    throw new InputError('host-config', `trident validate rejects the host config the ISO carries:\n${validation.output.join('\n')}`);
  }
  if (validation.verdict === 'not-run') log(`trident validate not run: ${validation.why}.`);
}

/** Beside the pulls: the build from trident-source (then the config is pinned to it), and `trident validate`. */
export function tridentRpms(config: PreparedConfig, given: RpmSet | undefined, cacheAnswer?: Promise<RpmCacheAnswer>): Stage<RunContext, RpmSet> {
  return async (ctx, log, signal) => {
    if (ctx.inputs.rpms.kind === 'distro') {
      log('No trident-rpms or trident-source given: Trident is installed from the Azure Linux package repositories.');
      return { packages: [], tridentVersion: '' };
    }
    if (given) {
      await validateHostConfig(ctx, config, given, log, signal);
      return given;
    }
    const set = await rpmSet(ctx, log, signal, cacheAnswer);
    // Pinning the config to the RPMs (the config file) and `trident validate` (the host config copy) share
    // nothing: both at once, as Image Customizer waits for them. The validation's first process (rpm2cpio)
    // starts first, and runs while this thread pins the config. The pinning's problems are told first, once the
    // validation has ended too.
    const validating = validateHostConfig(ctx, config, set, log, signal);
    try {
      applyRpms(ctx, config, set, log, true);
    } catch (error) {
      await validating.catch(() => undefined);
      throw error;
    }
    await validating;
    return set;
  };
}
