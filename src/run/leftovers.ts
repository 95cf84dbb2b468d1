// What a run leaves behind until it is cleaned up: its work folder, its cache
// staging folder, its named container, a partial copy of the ISO. Each is
// saved for the post step (GITHUB_STATE) the moment it appears, under the
// state names below, which only this module knows; the post step, a
// cancellation and the CLI all clean up through cleanup.ts's cleanUp(), kept
// apart so that what removes them (the engine, QEMU's processes) is not loaded
// by every run that only records them.
import { CONTAINER_ENGINES, type ContainerEngine } from '../context/input-types.js';
import type { StartedGroup } from '../tools/exec.js';

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
