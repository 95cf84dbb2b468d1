// Stage 3b (beside the RPMs and the Image Customizer image): oras from the
// tool cache, then the Azure Linux base image from the Actions cache or the
// registry (resolved first, pulled by that digest, with --platform only when
// it is an image index), or a local file. A pull that the cache can keep is
// saved in the background, beside Image Customizer.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import { BASE_IMAGE_EXTENSIONS } from '../context/input-types.js';
import { pinnedRef, registryOf } from '../context/oci-ref.js';
import type { RunContext } from '../context/run-context.js';
import type { StageLog } from '../run/stages.js';
import { cacheKeys, loadCacheClient, restore, save } from '../tools/cache.js';
import { sha256File } from '../tools/hash.js';
import { basePullDir } from './commands.js';
import { installOras, isIndex, orasOnPath, orasDescriptor, orasLogin, orasPull, RegistryError, type Oras } from '../tools/oras.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface BaseImage {
  /** The disk image file on the host. */
  file: string;
  /** The digest the reference resolved to (what to pin), or sha256 of a local file. */
  digest: string;
}

/** Picks the disk image among pulled files by its extension. Pure. */
export function pickDiskImage(files: readonly string[]): string | undefined {
  for (const ext of BASE_IMAGE_EXTENSIONS) {
    const hit = files.find((f) => f.toLowerCase().endsWith(ext));
    if (hit) return hit;
  }
  return undefined;
}

/** What a registry's refusal means for the base-image input. */
function baseImageError(error: unknown): unknown {
  if (!(error instanceof RegistryError)) return error;
  const hint =
    error.reason === 'refused'
      ? 'the registry refused access: give registry-username and registry-password, or check that they are right'
      : error.reason === 'not-found'
        ? 'no such image or tag in the registry: check the repository and tag'
        : 'check the reference and that the registry is reachable';
  return new InputError('base-image', `could not get ${error.ref} (${hint}). oras said:\n${error.output}`);
}

export async function baseImage(ctx: RunContext, log: StageLog, signal: AbortSignal): Promise<BaseImage> {
  const { inputs, work, rt } = ctx;
  const source = inputs.baseImage;
  if (inputs.cache && !ctx.cache) log('The Actions cache service is not available here (not in a workflow job): the base image is not cached.');
  if (source.kind === 'file') return { file: source.path, digest: `sha256:${await sha256File(source.path)}` };

  // oras-url names a build to use; otherwise the CLI takes a supported oras already on PATH.
  const local = rt.preferToolsOnPath && !inputs.oras.url ? await orasOnPath(ctx.exec, rt.env.PATH ?? '', log, signal) : undefined;
  const installed = local ?? (await installOras(inputs.oras, { scratch: work.scratch, log, signal }));
  rt.addPath(path.dirname(installed.bin));
  const oras: Oras = {
    bin: installed.bin,
    registryConfig: path.join(work.auth, 'oras-config.json'),
    exec: ctx.exec,
    retry: ctx.retry,
    onLine: log,
    signal,
  };
  try {
    if (inputs.registryCredentials) await orasLogin(oras, registryOf(source.ref), inputs.registryCredentials);
    const { digest, mediaType } = await orasDescriptor(oras, source.ref);
    const index = isIndex(mediaType);
    log(
      `${source.ref} resolves to ${digest} (${mediaType}: ${index ? `an image index, pulled for ${inputs.platform}` : 'one manifest, pulled without --platform'})`,
    );
    const pullDir = basePullDir(ctx);
    await fs().rm(pullDir, { recursive: true, force: true });
    await fs().mkdir(pullDir, { recursive: true });
    const key = cacheKeys.baseImage(inputs.platform, digest);
    const warning = (line: string) => rt.warning({ message: line });
    if (ctx.cache && (await restore(pullDir, key, { info: log, warning }, ctx.exec, signal))) {
      log('Base image restored from the cache: nothing pulled.');
    } else {
      // By digest: what is pulled (and cached under that digest) is what was resolved, even if the tag moves meanwhile.
      const pulling = orasPull(oras, pinnedRef(source.ref, digest), index ? inputs.platform : undefined, pullDir, source.ref);
      // The pull has started: the save's client compiles while it runs, not when it ends.
      if (ctx.cache) loadCacheClient().catch(() => undefined);
      await pulling;
      // The save outlives this stage (it runs beside Image Customizer): it logs directly.
      if (ctx.cache) ctx.background('Save base image to the cache', (s) => save(pullDir, key, { info: (line) => rt.console.info(line), warning }, s));
    }
    const files = await fs().readdir(pullDir);
    const image = pickDiskImage(files);
    if (!image) {
      throw new InputError(
        'base-image',
        `${source.ref} holds no disk image (${BASE_IMAGE_EXTENSIONS.join(', ')}); it has ${files.join(', ') || 'no files'}.`,
      );
    }
    return { file: path.join(pullDir, image), digest };
  } catch (error) {
    throw baseImageError(error);
  }
}
