// What a run leaves behind until it is cleaned up: its work folder, its cache
// staging folder, its named container, a partial copy of the ISO. Each is
// saved for the post step (GITHUB_STATE) the moment it appears, under the
// state names below, which only this module knows; the post step, a
// cancellation and the CLI all clean up through cleanUp().
import { rm } from 'node:fs/promises';
import { errorMessage } from '../context/errors.js';
import { CONTAINER_ENGINES, type ContainerEngine } from '../context/input-types.js';
import { removeContainer, rootRemover } from '../tools/engine.js';
import { stopLeftoverGroups, type Exec, type StartedGroup } from '../tools/exec.js';
import { stopLeftoverVm } from '../tools/qemu.js';
import { removeWorkDir } from './workdir.js';

export interface Leftovers {
  workDir?: string;
  cacheDir?: string;
  /** The run's named container, and the image that can remove its root-owned files. */
  container?: { engine: ContainerEngine; name: string; image: string };
  /** A copy of the ISO beside `output` that a cancellation interrupted. */
  partialOutput?: string;
  /** The VM of `verify` while it runs (its disks live in workDir). */
  vm?: { pid: number; name: string };
  /** Process groups the run started and that have not ended (each child leads its own), with their leaders' start times. */
  processGroups?: StartedGroup[];
}

/** The names in GITHUB_STATE (STATE_* in the post step). */
const STATE = {
  workDir: 'work-dir',
  cacheDir: 'cache-dir',
  container: 'container',
  engine: 'engine',
  image: 'image',
  partialOutput: 'partial-output',
  vmPid: 'vm-pid',
  vmName: 'vm-name',
  processGroups: 'process-groups',
} as const;

/** Records leftovers as they appear, saving each for the post step. */
export class LeftoverTracker {
  private readonly left: Leftovers = {};

  constructor(private readonly saveState: (name: string, value: string) => void) {}

  /** What the run has left so far. */
  get found(): Leftovers {
    return { ...this.left };
  }

  track(more: Leftovers): void {
    Object.assign(this.left, more);
    if (more.workDir !== undefined) this.saveState(STATE.workDir, more.workDir);
    if (more.cacheDir !== undefined) this.saveState(STATE.cacheDir, more.cacheDir);
    if (more.partialOutput !== undefined) this.saveState(STATE.partialOutput, more.partialOutput);
    if (more.vm !== undefined) {
      this.saveState(STATE.vmPid, String(more.vm.pid));
      this.saveState(STATE.vmName, more.vm.name);
    }
    if (more.container !== undefined) {
      this.saveState(STATE.container, more.container.name);
      this.saveState(STATE.engine, more.container.engine);
      this.saveState(STATE.image, more.container.image);
    }
  }

  /** A process group started (recorded before anything else happens in it) or ended; saved as `pid:start` each. */
  groupStarted(group: StartedGroup): void {
    this.left.processGroups = [...(this.left.processGroups ?? []), group];
    this.saveGroups(this.left.processGroups);
  }

  groupEnded(pid: number): void {
    this.left.processGroups = (this.left.processGroups ?? []).filter((g) => g.pid !== pid);
    this.saveGroups(this.left.processGroups);
  }

  private saveGroups(groups: readonly StartedGroup[]): void {
    this.saveState(STATE.processGroups, groups.map((g) => (g.start === undefined ? String(g.pid) : `${g.pid}:${g.start}`)).join(' '));
  }

  /** The VM has ended: nothing of it is left to stop. */
  vmEnded(): void {
    delete this.left.vm;
    this.saveState(STATE.vmPid, '');
    this.saveState(STATE.vmName, '');
  }
}

/** The leftovers a run saved, read back (getState: core.getState in the post step); what does not parse is ignored. */
export function loadLeftovers(getState: (name: string) => string): Leftovers {
  const engine = CONTAINER_ENGINES.find((e) => e === getState(STATE.engine));
  const [workDir, cacheDir, name, image, partialOutput, vmPid, vmName, groups] = [
    STATE.workDir,
    STATE.cacheDir,
    STATE.container,
    STATE.image,
    STATE.partialOutput,
    STATE.vmPid,
    STATE.vmName,
    STATE.processGroups,
  ].map(getState);
  const processGroups = (groups ?? '').split(' ').flatMap((g): StartedGroup[] => {
    const m = /^(\d+)(?::(\d+))?$/.exec(g);
    if (!m || Number(m[1]) <= 1) return [];
    return [m[2] === undefined ? { pid: Number(m[1]) } : { pid: Number(m[1]), start: Number(m[2]) }];
  });
  return {
    ...(processGroups.length > 0 ? { processGroups } : {}),
    ...(vmPid && /^\d+$/.test(vmPid) && vmName ? { vm: { pid: Number(vmPid), name: vmName } } : {}),
    ...(workDir ? { workDir } : {}),
    ...(cacheDir ? { cacheDir } : {}),
    ...(engine && name ? { container: { engine, name, image: image ?? '' } } : {}),
    ...(partialOutput ? { partialOutput } : {}),
  };
}

/** Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when needed). */
export async function cleanUp(left: Leftovers, exec: Exec, log: (line: string) => void): Promise<void> {
  const { container, vm } = left;
  // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
  const stopped = left.processGroups ? await stopLeftoverGroups(left.processGroups) : [];
  if (stopped.length > 0) log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
  // The VM first: its disks are in the work folder.
  if (vm && (await stopLeftoverVm(vm.pid, vm.name))) log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
  if (container) {
    await removeContainer(exec, container.engine, container.name);
    log(`Removed container ${container.name} (if it was still there).`);
  }
  // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
  if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput)) await rm(left.partialOutput, { force: true });
  const asRoot = container?.image ? rootRemover(exec, container.engine, container.image, log) : undefined;
  for (const dir of [left.workDir, left.cacheDir]) {
    if (!dir) continue;
    await removeWorkDir(dir, asRoot).then(
      () => log(`Removed ${dir}.`),
      (error: unknown) => log(`Could not remove ${dir}: ${errorMessage(error)}`),
    );
  }
}

/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
export async function postCleanUp(
  getState: (name: string) => string,
  exec: Exec,
  out: { info(line: string): void; warning(line: string): void },
): Promise<void> {
  try {
    await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line));
  } catch (error) {
    out.warning(`Cleanup was incomplete: ${errorMessage(error)}`);
  }
}
