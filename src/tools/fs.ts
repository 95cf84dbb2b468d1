// Small filesystem questions asked in several places.
// (node:fs's callbacks: node:fs/promises loads Node's streams, and this module loads with every run.)
import { lstat } from 'node:fs';

/** Whether anything is at p: a file, a folder, even a symlink to nothing. */
export function pathExists(p: string): Promise<boolean> {
  return new Promise((resolve) => lstat(p, (error) => resolve(!error)));
}
