// Step 3: the three independent pieces, run at once by main: the Trident RPMs,
// the base image, the Image Customizer container image.
import path from 'node:path';
import { getBaseImage, type BaseImage } from './base-image.js';
import { cacheKeys, restore, save } from '../tools/cache.js';
import { checkPrivileged, pullImage, registryOf } from '../tools/engine.js';
import { installOras, orasLogin, type OrasContext } from '../tools/oras.js';
import { checkRpms, getRpms, type RpmSet } from '../trident/rpms.js';
import { validateWithTrident } from '../trident/validate.js';
import type { RunContext } from '../context/run-context.js';
import type { PreparedConfig } from './config.js';

type Log = (line: string) => void;

function cacheFor(ctx: RunContext, log: Log) {
  const warning = (line: string) => ctx.rt.warning({ message: line });
  return {
    restore: (dir: string, key: string) => restore(dir, key, { info: log, warning }),
    // The base image's save outlives its stage (it runs beside Image Customizer): log it directly.
    save: (dir: string, key: string) => save(dir, key, { info: (line) => ctx.rt.console.info(line), warning }),
  };
}

/** The RPMs gathered flat, checked against the config, and the host config checked by `trident validate`. */
export async function tridentRpms(ctx: RunContext, prepared: PreparedConfig, log: Log, signal: AbortSignal): Promise<RpmSet> {
  const { inputs, work } = ctx;
  const set = await getRpms(inputs.rpms, {
    target: work.rpms,
    scratch: work.scratch,
    onLine: log,
    signal,
    ...(ctx.cache
      ? { cache: { dir: path.join(ctx.cacheRoot, 'rpms'), key: (commit: string) => cacheKeys.rpms(inputs.platform, commit), ...cacheFor(ctx, log) } }
      : {}),
  });
  if (!set.dir) return set;
  const problems = checkRpms(set.packages, prepared.requiredPackages, inputs.platform);
  if (problems.length > 0) throw new Error(`Input '${inputs.rpms.kind === 'build' ? 'trident-source' : 'trident-rpms'}': ${problems.join(' ')}`);
  // With a trident binary that runs here, `trident validate` has the final word.
  if (prepared.hostConfigPath) {
    const validation = await validateWithTrident(set.packages, prepared.hostConfigPath, work.scratch, log);
    if (!validation.ran) log(`trident validate not run: ${validation.why}.`);
  }
  return set;
}

/** Where the base image is pulled: with the cache on, a path that is the same in every run. */
export function basePullDir(ctx: RunContext): string {
  return ctx.cache ? path.join(ctx.cacheRoot, 'base-image') : ctx.work.base;
}

/** oras from the tool cache, then the base image from the Actions cache or the registry. */
export function baseImage(ctx: RunContext, log: Log, signal: AbortSignal): Promise<BaseImage> {
  const { inputs, work } = ctx;
  if (inputs.cache && !ctx.cache) log('The Actions cache service is not available here (not in a workflow job): the base image is not cached.');
  const oras = async (): Promise<OrasContext> => {
    const installed = await installOras(inputs.oras, log);
    ctx.rt.addPath(path.dirname(installed.bin));
    const orasCtx: OrasContext = { bin: installed.bin, registryConfig: path.join(work.auth, 'oras-config.json'), onLine: log, signal };
    if (inputs.registryCredentials && inputs.baseImage.kind === 'oci')
      await orasLogin(orasCtx, registryOf(inputs.baseImage.ref), inputs.registryCredentials);
    return orasCtx;
  };
  return getBaseImage(
    inputs.baseImage,
    inputs.platform,
    basePullDir(ctx),
    oras,
    ctx.cache ? { key: (digest) => cacheKeys.baseImage(inputs.platform, digest), ...cacheFor(ctx, log) } : undefined,
  );
}

/** The Image Customizer image pulled, and a privileged container of it tried (a refusal stops the other stages). */
export async function customizerImage({ inputs, work, containerName }: RunContext, log: Log, signal: AbortSignal): Promise<void> {
  await pullImage({
    engine: inputs.containerEngine,
    image: inputs.imageCustomizerImage,
    platform: inputs.platform,
    ...(inputs.imageCustomizerCredentials ? { auth: { dir: work.auth, ...inputs.imageCustomizerCredentials } } : {}),
    onLine: log,
    signal,
  });
  await checkPrivileged(inputs.containerEngine, inputs.imageCustomizerImage, inputs.platform, containerName, signal);
  log(`${inputs.containerEngine} runs privileged containers with loop devices.`);
}
