// Small filesystem questions asked in several places.
import { lstat } from 'node:fs/promises';

/** Whether anything is at p: a file, a folder, even a symlink to nothing. */
export function pathExists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}
