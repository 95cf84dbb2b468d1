// What the runner machine has: free disk space, and the kernel modules Image
// Customizer uses. Read before any long step (skipped with validate-only).
import { constants } from 'node:fs';
import { release } from 'node:os';
import path from 'node:path';
import { pathExists } from './fs.js';

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

export async function freeBytes(dir: string): Promise<number> {
  const s = await fs().statfs(dir);
  return s.bavail * s.bsize;
}

/** Of the candidate folders that exist and are writable, the one with the most free space. */
export async function roomiest(candidates: readonly string[]): Promise<{ dir: string; free: number }> {
  let best: { dir: string; free: number } | undefined;
  for (const dir of candidates) {
    try {
      await fs().access(dir, constants.W_OK);
      const free = await freeBytes(dir);
      if (!best || free > best.free) best = { dir, free };
    } catch {
      // Not there or not writable: not a candidate.
    }
  }
  if (!best) throw new Error(`none of ${candidates.join(', ')} is a writable folder for the build`);
  return best;
}

export const KERNEL_MODULES = ['loop', 'squashfs', 'vfat', 'ext4'] as const;

/** Kernel modules the build uses that are neither loaded, built in, nor installed. */
export async function missingKernelModules(names: readonly string[], root = '/'): Promise<string[]> {
  const moduleDir = path.join(root, 'lib', 'modules', release());
  const [builtin, dep] = await Promise.all(
    ['modules.builtin', 'modules.dep'].map((f) =>
      fs()
        .readFile(path.join(moduleDir, f), 'utf8')
        .catch(() => ''),
    ),
  );
  const missing: string[] = [];
  for (const name of names) {
    const loaded = await pathExists(path.join(root, 'sys', 'module', name));
    const known = new RegExp(`/${name}\\.ko`).test(`${builtin}\n${dep}`);
    if (!loaded && !known) missing.push(name);
  }
  return missing;
}
