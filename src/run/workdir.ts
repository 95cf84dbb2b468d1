// The run's own scratch directory: everything the action writes lives here
// (except the ISO at `output`), and the post step removes it.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RootRemover } from '../tools/engine.js';
import { pathExists } from '../tools/fs.js';
import { randomHex } from '../tools/random.js';

/** node:fs/promises, loaded when a folder is made or removed: it loads Node's streams, and this module loads with every run. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export interface WorkDir {
  root: string;
  /** The generated Image Customizer config and the host config copy (mounted read-only). */
  config: string;
  /** The flat RPM repository (mounted writable: Image Customizer runs createrepo_c in it). */
  rpms: string;
  build: string;
  output: string;
  /** Where oras pulls the base image. */
  base: string;
  scratch: string;
  /** Private credential stores for oras and the container engine. */
  auth: string;
}

/** The work folder's parts, each a folder of its own. */
export const WORK_PARTS = ['config', 'rpms', 'build', 'output', 'base', 'scratch', 'auth'] as const;

/** What validate-only writes: the configs, and the scratch that reading prebuilt RPMs unpacks into. */
export const VALIDATE_ONLY_PARTS = ['config', 'scratch'] as const;

/** Makes the work folder in `parent` and the `parts` of it a run writes in (every path is in the WorkDir all the same). */
export function createWorkDir(
  parent: string,
  onName: (root: string) => void = () => undefined,
  parts: readonly (typeof WORK_PARTS)[number][] = WORK_PARTS,
): WorkDir {
  // Synchronous: a mkdir takes microseconds, an async one a round trip to libuv's thread pool (and node:fs/promises).
  mkdirSync(parent, { recursive: true });
  // The name is chosen and recorded (for the post step) before the folder is made: a run that dies while
  // making it or its subfolders (no inodes left) leaves nothing the post step does not know about.
  let root: string;
  for (;;) {
    root = path.join(parent, `trident-iso-${randomHex(6)}`);
    onName(root);
    try {
      mkdirSync(root, { mode: 0o700 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const dirs: WorkDir = {
    root,
    config: path.join(root, 'config'),
    rpms: path.join(root, 'rpms'),
    build: path.join(root, 'build'),
    output: path.join(root, 'output'),
    base: path.join(root, 'base'),
    scratch: path.join(root, 'scratch'),
    auth: path.join(root, 'auth'),
  };
  // The folder was just made, empty: each part is new (a recursive mkdir would look at every level first).
  for (const part of parts) mkdirSync(dirs[part], { mode: part === 'auth' ? 0o700 : 0o755 });
  return dirs;
}

/** Removes a path (a folder with all it holds) off this thread: the build's folders go while the ISO uploads. */
export const removeInBackground = (p: string): Promise<void> => fs().rm(p, { recursive: true, force: true, maxRetries: 3 });

/**
 * Removes a path at once, on this thread: for a clean-up nothing else runs beside (the post step, the CLI's end),
 * where node:fs/promises would only add a dozen of Node's modules and a round trip to libuv's pool per file.
 */
export const removeNow = (p: string): Promise<void> => new Promise((resolve) => resolve(rmSync(p, { recursive: true, force: true, maxRetries: 3 })));

/**
 * Removes paths. Image Customizer runs as root and leaves root-owned files
 * (repodata in the RPM folder, its build folder) that a job running as an
 * ordinary user cannot delete: those go to asRoot. Returns what is still there.
 */
export async function removePaths(
  paths: readonly string[],
  asRoot?: RootRemover,
  remove: (p: string) => Promise<void> = removeInBackground,
): Promise<string[]> {
  const denied: string[] = [];
  for (const p of paths) {
    await remove(p).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EACCES' && error.code !== 'EPERM' && error.code !== 'ENOTEMPTY') throw error;
      denied.push(p);
    });
  }
  if (denied.length > 0 && asRoot) {
    await asRoot(denied).catch(() => undefined);
    // Emptied as root; the folders themselves belong to this user.
    for (const p of denied) await remove(p).catch(() => undefined);
  }
  const left: string[] = [];
  for (const p of denied) if (await pathExists(p)) left.push(p);
  return left;
}

export async function removeWorkDir(root: string, asRoot?: RootRemover, remove?: (p: string) => Promise<void>): Promise<void> {
  // Only ever a directory this action created: refuse anything else.
  if (!path.basename(root).startsWith('trident-iso-')) throw new Error(`refusing to remove ${root}: not a trident-iso work directory`);
  const left = await removePaths([root], asRoot, remove);
  if (left.length > 0) throw new Error(`${root} holds files this user may not delete (written as root by the container)`);
}

/** Removes the bulky parts (build, pulled image, RPMs, scratch, and `also`) and keeps config/ for the outputs that name it. Returns what it could not remove. */
export function trimWorkDir(work: WorkDir, asRoot?: RootRemover, also: readonly string[] = []): Promise<string[]> {
  return removePaths([work.build, work.base, work.rpms, work.scratch, work.output, ...also], asRoot);
}

/** Removes the private credential stores (oras and engine logins). */
export async function dropCredentials(work: WorkDir): Promise<void> {
  await fs().rm(work.auth, { recursive: true, force: true });
}
