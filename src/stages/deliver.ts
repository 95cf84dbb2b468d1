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
import { checkOwnedOnIso, UncheckableIsoError, type OwnedFinding } from '../iso/owned-check.js';
import { openFileSource } from '../iso/source.js';
import type { PreparedConfig } from './config.js';

/** Something appeared at `output` while the ISO was built. */
export class OutputTaken extends Error {}

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
export async function moveNoClobber(from: string, to: string, onPartial: (file: string) => void): Promise<Moved> {
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

/** What the check found, one line each. */
function findingLines(findings: readonly OwnedFinding[]): string {
  return findings.map((f) => `  ${f.path} (${f.where}): ${f.found}`).join('\n');
}

/** The error for an ISO that does not hold what the action wrote, on the input that could have changed it. */
function ownedFilesChanged(input: PreparedConfig['owned']['input'], findings: readonly OwnedFinding[]): Error {
  const lines = findingLines(findings);
  const notDelivered = 'The ISO was not delivered (nothing was written to output or uploaded).';
  if (input === 'extra-config')
    return new InputError(
      'extra-config',
      `the ISO Image Customizer built does not hold what the action wrote: a script it adds (scripts.postCustomization or scripts.finalizeCustomization, run as root in the live OS) or an entry of it changed or added these:\n${lines}\n` +
        `The ISO carries exactly one host config, the one the action checked, read by Trident's own units and binary as the RPMs given install them. ${notDelivered} Remove what writes these paths; give the host config as host-config.`,
    );
  if (input === 'config')
    return new InputError(
      'config',
      `the ISO Image Customizer built from it does not hold the host config it carries (os.additionalFiles) or Trident's files as the RPMs given install them: a script or an entry of the config changed them:\n${lines}\n${notDelivered} Give the host config only through os.additionalFiles, and let nothing else write it or Trident's files.`,
    );
  return new Error(
    `The ISO Image Customizer built does not hold what the action wrote:\n${lines}\nNothing the inputs add runs scripts: the base image or a package it installs put these there, or this is a bug in the action or Image Customizer. ${notDelivered}`,
  );
}

/**
 * The ISO's bytes hold what the action wrote (src/iso/owned-check.ts): read
 * from outside the image, after every script of the config ran, before the
 * ISO goes anywhere. Reads the ISO's directory, the live OS image's tables
 * and the few owned files, not the ISO.
 */
export function checkOwnedFiles(config: PreparedConfig): (ctx: RunContext, log: StageLog) => Promise<void> {
  return async ({ inputs, work }, log) => {
    const { expected, input } = config.owned;
    const written = path.join(work.output, path.basename(inputs.output));
    const iso = openFileSource(written);
    let result;
    try {
      result = await checkOwnedOnIso(iso, expected);
    } catch (error) {
      if (!(error instanceof UncheckableIsoError)) throw error;
      throw new Error(
        `The ISO's live OS could not be checked: ${error.message}. The action delivers an ISO only once it has read from its bytes that it holds the host config the action checked, so the ISO was not delivered.`,
      );
    } finally {
      await iso.close();
    }
    if (result.findings.length > 0) throw ownedFilesChanged(input, result.findings);
    const checked = expected.liveOs.length + (expected.packageFiles?.length ?? 0) + expected.absent.length + expected.media.length;
    log(
      `The ISO holds what the action wrote (${checked} paths of the live OS and the media checked from its bytes; ${result.bytesRead} of its ${iso.size} bytes read).`,
    );
  };
}

/** "Check ISO": the ISO is an ISO, holds what the action wrote, and is then delivered. */
export function checkAndDeliver(config: PreparedConfig): (ctx: RunContext, log: StageLog) => Promise<IsoInfo> {
  return async (ctx, log) => {
    await checkIso(path.join(ctx.work.output, path.basename(ctx.inputs.output)));
    await checkOwnedFiles(config)(ctx, log);
    return deliver(ctx, log);
  };
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
