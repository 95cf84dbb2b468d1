// Stage 5: the ISO checked where Image Customizer wrote it, then moved to
// `output` (never over an existing file) and hashed: one full read of the ISO
// here, the upload's the only other. After it, the disk is freed for later steps.
import { open, link, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, InputError } from '../context/errors.js';
import { partialSuffix } from '../context/input-files.js';
import type { RunContext } from '../context/run-context.js';
import type { BackgroundTask, StageLog } from '../run/stages.js';
import { removePaths, trimWorkDir } from '../run/workdir.js';
import { rootRemover, type RootRemover } from '../tools/engine.js';
import { pathExists } from '../tools/fs.js';
import { copySha256, sha256File } from '../tools/hash.js';
import { checkIso, type IsoInfo } from '../tools/iso.js';

/** Something appeared at `output` while the ISO was built. */
class OutputTaken extends Error {}

/** How the ISO got to `output`; a copy hashed it on the way. */
type Moved = { how: 'linked' | 'renamed' } | { how: 'copied'; sha256: string };

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * rename() replaces whatever is at `to`, so `to` is claimed first with an empty
 * file of this run's (O_EXCL: fails if anything is there), then replaced.
 * Returns false across filesystems (EXDEV), with the claim removed.
 */
async function renameOverClaim(from: string, to: string): Promise<boolean> {
  const claim = await open(to, 'wx').catch((error: unknown) => {
    throw code(error) === 'EEXIST' ? new OutputTaken() : error;
  });
  await claim.close();
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    await rm(to, { force: true });
    if (code(error) === 'EXDEV') return false;
    throw error;
  }
}

/**
 * Moves the ISO to `output`, which must not exist. A hard link fails rather
 * than overwrite. Where this user may not link the file (Image Customizer's
 * container wrote it as root, and fs.protected_hardlinks forbids linking
 * another user's file, as on hosted runners) it is renamed over a claim;
 * neither reads it. Only across filesystems is it copied, hashed on the way, to
 * a temporary name beside `output` first, so a full disk never leaves a partial
 * file at `output`; `onPartial` records that name so a cancellation's cleanup
 * removes it too.
 */
async function moveNoClobber(from: string, to: string, onPartial: (file: string) => void): Promise<Moved> {
  try {
    await link(from, to);
    await rm(from, { force: true });
    return { how: 'linked' };
  } catch (error) {
    if (code(error) === 'EEXIST') throw new OutputTaken();
    if (code(error) !== 'EXDEV' && code(error) !== 'EPERM') throw error;
    if (code(error) === 'EPERM' && (await renameOverClaim(from, to))) return { how: 'renamed' };
  }
  const partial = `${to}${partialSuffix()}`;
  // Created exclusively (a file of that name that is not ours is never touched) and recorded
  // before a byte is written: a cancellation during the long copy finds the name and removes it.
  const sha256 = await copySha256(from, partial, () => onPartial(partial));
  try {
    await link(partial, to).catch(async (e: unknown) => {
      if (code(e) === 'EEXIST') throw new OutputTaken();
      // A filesystem without hard links: rename, after checking nothing is there.
      if (code(e) !== 'EPERM' && code(e) !== 'ENOTSUP' && code(e) !== 'EOPNOTSUPP') throw e;
      if (await pathExists(to)) throw new OutputTaken();
      await rename(partial, to);
    });
    await rm(from, { force: true });
    return { how: 'copied', sha256 };
  } finally {
    await rm(partial, { force: true });
  }
}

export async function deliver({ inputs, work, leftovers }: RunContext, log: StageLog): Promise<IsoInfo> {
  const written = path.join(work.output, path.basename(inputs.output));
  // Checked where Image Customizer wrote it: a bad file never reaches `output`.
  const { size } = await checkIso(written);
  const moved = await moveNoClobber(written, inputs.output, (partial) => leftovers.track({ partialOutput: partial })).catch((error: unknown) => {
    if (!(error instanceof OutputTaken)) throw error;
    throw new InputError(
      'output',
      `${inputs.output} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`,
    );
  });
  const sha256 = moved.how === 'copied' ? moved.sha256 : await sha256File(inputs.output);
  log(`${inputs.output}: ${size} bytes, SHA-256 ${sha256} (${moved.how === 'copied' ? 'copied from another filesystem' : 'moved'})`);
  return { path: inputs.output, size, sha256 };
}

/** Removes what `remove` says (as root through the engine where this user may not); warns about what stays. Never fails a build. */
async function free(ctx: RunContext, remove: (asRoot: RootRemover) => Promise<string[]>): Promise<void> {
  const { work, inputs, rt } = ctx;
  const asRoot = rootRemover(ctx.exec, inputs.containerEngine, inputs.imageCustomizerImage, (line) => rt.console.info(line));
  const stuck = await remove(asRoot).catch((error: unknown) => [`${work.root} (${errorMessage(error)})`]);
  if (stuck.length > 0) rt.warning({ message: `Could not free ${stuck.join(', ')}; the post step tries again.` });
}

/**
 * What Image Customizer's run leaves that nothing reads once it has ended: its
 * build folder, the RPM folder it was given, a base image pulled for this run
 * only (a cached one may still be being saved: it goes with the rest). Freed
 * beside the ISO's check rather than after it.
 */
export function freeAfterCustomizer(ctx: RunContext): BackgroundTask {
  const { work } = ctx;
  return () => free(ctx, (asRoot) => removePaths([work.build, work.rpms, work.base], asRoot));
}

/** Frees the disk once the ISO is out and the background work has ended: the bulky parts of the work folder and the cache staging. */
export function freeSpace(ctx: RunContext): Promise<void> {
  return free(ctx, (asRoot) => trimWorkDir(ctx.work, asRoot, ctx.cache ? [ctx.cacheRoot] : []));
}
