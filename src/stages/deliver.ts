// Stage 5: the ISO checked where Image Customizer wrote it, then moved to
// `output` (never over an existing file); after it, the disk is freed for
// later steps.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, InputError } from '../context/errors.js';
import type { RunContext } from '../context/run-context.js';
import type { StageLog } from '../run/stages.js';
import { trimWorkDir } from '../run/workdir.js';
import { rootRemover } from '../tools/engine.js';
import { pathExists } from '../tools/fs.js';
import { verifyIso, type IsoInfo } from '../tools/iso.js';

/** Something appeared at `output` while the ISO was built. */
export class OutputTaken extends Error {}

/**
 * Moves the ISO to `output`, which must not exist: a hard link fails rather
 * than overwrite. Across filesystems (or where the root-owned file may not be
 * linked) it is copied to a temporary name beside `output` first, so a full
 * disk never leaves a partial file at `output`; `onPartial` records that name
 * so a cancellation's cleanup removes it too.
 */
export async function moveNoClobber(from: string, to: string, onPartial: (file: string) => void): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OutputTaken();
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    const partial = `${to}.partial-${process.pid}`;
    // COPYFILE_EXCL: a file of that name that is not ours is never touched.
    await copyFile(from, partial, fsConstants.COPYFILE_EXCL);
    onPartial(partial);
    try {
      await link(partial, to);
    } catch (e) {
      const linkCode = (e as NodeJS.ErrnoException).code;
      if (linkCode === 'EEXIST') throw new OutputTaken();
      // A filesystem without hard links: rename, after checking nothing is there.
      if (linkCode !== 'EPERM' && linkCode !== 'ENOTSUP' && linkCode !== 'EOPNOTSUPP') throw e;
      if (await pathExists(to)) throw new OutputTaken();
      await rename(partial, to);
    } finally {
      await rm(partial, { force: true });
    }
  }
  await rm(from, { force: true });
}

export async function deliver({ inputs, work, leftovers }: RunContext, log: StageLog): Promise<IsoInfo> {
  const written = path.join(work.output, path.basename(inputs.output));
  // Checked where Image Customizer wrote it: a bad file never reaches `output`.
  const info = await verifyIso(written);
  await moveNoClobber(written, inputs.output, (partial) => leftovers.track({ partialOutput: partial })).catch((error: unknown) => {
    if (!(error instanceof OutputTaken)) throw error;
    throw new InputError(
      'output',
      `${inputs.output} appeared while the ISO was built; the action never overwrites a file. The ISO was not moved there.`,
    );
  });
  log(`${inputs.output}: ${info.size} bytes, SHA-256 ${info.sha256}`);
  return { ...info, path: inputs.output };
}

/** Frees the disk once the ISO is out: the bulky parts of the work folder and the cache staging go. Never fails a finished build: warns about what stays. */
export async function freeSpace(ctx: RunContext): Promise<void> {
  const { work, inputs, rt } = ctx;
  const asRoot = rootRemover(ctx.exec, inputs.containerEngine, inputs.imageCustomizerImage, (line) => rt.console.info(line));
  const stuck = await trimWorkDir(work, asRoot, ctx.cache ? [ctx.cacheRoot] : []).catch((error: unknown) => [
    `${work.root} (${errorMessage(error)})`,
  ]);
  if (stuck.length > 0) rt.warning({ message: `Could not free ${stuck.join(', ')}; the post step tries again.` });
}
