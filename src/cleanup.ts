// Removes what a run leaves behind: its container and its work directory.
// Shared by the post step, cancellation and the CLI.
import { removeContainer } from './container.js';
import type { ContainerEngine } from './types.js';
import { removeWorkDir } from './workdir.js';

export interface Leftovers {
  workDir?: string;
  container?: string;
  engine?: string;
}

export async function cleanUp(left: Leftovers, log: (line: string) => void): Promise<void> {
  if (left.container && (left.engine === 'docker' || left.engine === 'podman')) {
    await removeContainer(left.engine as ContainerEngine, left.container);
    log(`Removed container ${left.container} (if it was still there).`);
  }
  if (left.workDir) {
    await removeWorkDir(left.workDir).catch((error: unknown) => log(`Could not remove ${left.workDir}: ${(error as Error).message}`));
    log(`Removed ${left.workDir}.`);
  }
}
