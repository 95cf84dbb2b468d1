// Removes what a run left (leftovers.ts records it): the post step, a
// cancelled run and the CLI's clean-up all come here. What stops processes,
// the VM and the container (tools/exec.ts, qemu.ts, engine.ts, and Node's
// child_process with them) loads only for a run that left one: the CLI's
// validate-only leaves only its work folder.
import { errorMessage } from '../context/errors.js';
import type { Exec } from '../tools/exec.js';
import { loadLeftovers, type Leftovers } from './leftovers.js';
import type { RootRemover } from '../tools/engine.js';
import { removeInBackground, removeNow, removeWorkDir } from './workdir.js';

/**
 * Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when
 * needed). `exec` is asked for only when there is a container to remove. `remove` removes one path: removeNow where
 * nothing else runs beside the clean-up, removeInBackground (the default) where something may (a cancelled main step
 * stopping its stages).
 */
export async function cleanUp(
  left: Leftovers,
  exec: () => Exec | Promise<Exec>,
  log: (line: string) => void,
  remove: (p: string) => Promise<void> = removeInBackground,
): Promise<void> {
  const { container, vm } = left;
  // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
  if (left.processGroups) {
    const stopped = await (await import('../tools/exec.js')).stopLeftoverGroups(left.processGroups);
    if (stopped.length > 0) log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
  }
  // The VM first: its disks are in the work folder.
  if (vm && (await (await import('../tools/qemu.js')).stopLeftoverVm(vm.pid, vm.name)))
    log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
  let asRoot: RootRemover | undefined;
  if (container) {
    const [{ removeContainer, rootRemover }, run] = await Promise.all([import('../tools/engine.js'), exec()]);
    await removeContainer(run, container.engine, container.name);
    log(`Removed container ${container.name} (if it was still there).`);
    if (container.image) asRoot = rootRemover(run, container.engine, container.image, log);
  }
  // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
  if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput)) await remove(left.partialOutput);
  for (const dir of [left.workDir, left.cacheDir]) {
    if (!dir) continue;
    await removeWorkDir(dir, asRoot, remove).then(
      () => log(`Removed ${dir}.`),
      (error: unknown) => log(`Could not remove ${dir}: ${errorMessage(error)}`),
    );
  }
}

/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
export async function postCleanUp(
  getState: (name: string) => string,
  exec: () => Exec | Promise<Exec>,
  out: { info(line: string): void; warning(line: string): void },
): Promise<void> {
  try {
    // The post step runs alone: its removals are synchronous.
    await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line), removeNow);
  } catch (error) {
    out.warning(`Cleanup was incomplete: ${errorMessage(error)}`);
  }
}
