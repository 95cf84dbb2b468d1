// The run's own scratch directory: everything the action writes lives here
// (except the ISO at `output`), and the post step removes it.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

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

export async function createWorkDir(parent: string): Promise<WorkDir> {
  await mkdir(parent, { recursive: true });
  const root = await mkdtemp(path.join(parent, 'trident-iso-'));
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
  for (const [key, dir] of Object.entries(dirs)) if (key !== 'root') await mkdir(dir, { recursive: true, mode: key === 'auth' ? 0o700 : 0o755 });
  return dirs;
}

export async function removeWorkDir(root: string): Promise<void> {
  // Only ever a directory this action created: refuse anything else.
  if (!path.basename(root).startsWith('trident-iso-')) throw new Error(`refusing to remove ${root}: not a trident-iso work directory`);
  await rm(root, { recursive: true, force: true, maxRetries: 3 });
}

/** Removes the bulky parts (build, pulled image, RPMs, scratch) and keeps config/ for the outputs that name it. */
export async function trimWorkDir(work: WorkDir): Promise<void> {
  await Promise.all([work.build, work.base, work.rpms, work.scratch, work.output].map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Removes the private credential stores (oras and engine logins). */
export async function dropCredentials(work: WorkDir): Promise<void> {
  await rm(work.auth, { recursive: true, force: true });
}
