// Removes what a run leaves behind: its container, its work directory and
// its cache staging folder. Shared by the post step, cancellation and the CLI.
import { rm } from 'node:fs/promises';
import { removeContainer, rootRemover } from '../tools/engine.js';
import { STATE } from './state.js';
import { removeWorkDir } from './workdir.js';

export interface Leftovers {
  workDir?: string;
  cacheDir?: string;
  container?: string;
  engine?: string;
  /** The Image Customizer image, to remove root-owned leftovers with. */
  image?: string;
  /** A copy of the ISO beside `output` that a cancellation interrupted. */
  partialOutput?: string;
}

/** Keeps a value main saved for the post step, when it names a leftover. */
export function remember(left: Leftovers, name: string, value: string): void {
  for (const [key, stateName] of Object.entries(STATE) as [keyof Leftovers, string][]) if (stateName === name) left[key] = value;
}

export async function cleanUp(left: Leftovers, log: (line: string) => void): Promise<void> {
  if (left.container && (left.engine === 'docker' || left.engine === 'podman')) {
    await removeContainer(left.engine, left.container);
    log(`Removed container ${left.container} (if it was still there).`);
  }
  // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
  if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput)) await rm(left.partialOutput, { force: true });
  const engine = left.engine === 'docker' || left.engine === 'podman' ? left.engine : undefined;
  const asRoot = engine && left.image ? rootRemover(engine, left.image, log) : undefined;
  for (const dir of [left.workDir, left.cacheDir]) {
    if (!dir) continue;
    await removeWorkDir(dir, asRoot).then(
      () => log(`Removed ${dir}.`),
      (error: unknown) => log(`Could not remove ${dir}: ${(error as Error).message}`),
    );
  }
}
