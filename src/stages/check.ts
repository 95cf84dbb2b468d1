// Step 1: everything that can be wrong with the inputs and the machine, before
// any long work. validate-only stops short of the machine checks (it needs no
// container engine and no privileges).
import { diskProblem, KERNEL_MODULES, checkEngine, missingKernelModules, requiredDiskBytes, roomiest } from '../tools/host.js';
import { platformMismatch, preflight, type PreflightResult } from '../context/input-files.js';
import { InputError } from '../context/inputs.js';
import { humanSize } from '../run/report.js';
import type { Runtime } from '../runtime.js';
import type { Inputs } from '../context/input-types.js';

export interface Checked extends PreflightResult {
  /** The folder the run's work directory goes in (the roomiest candidate). */
  parent: string;
}

export async function checkEverything(inputs: Inputs, rt: Runtime, log: (line: string) => void): Promise<Checked> {
  const result = await preflight(inputs, log);
  if (inputs.validateOnly) return { ...result, parent: rt.tempDir };

  const mismatch = platformMismatch(inputs.platform, process.arch);
  if (mismatch) throw new InputError('platform', mismatch);
  const engineProblem = await checkEngine(inputs.containerEngine);
  if (engineProblem) throw new InputError('container-engine', engineProblem);

  // Hosted runners have more room on /mnt than on the workspace's disk.
  const { dir: parent, free } = await roomiest([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
  const required = requiredDiskBytes(result.cosi?.size ?? 0);
  const disk = diskProblem(parent, free, required);
  if (disk) throw new Error(disk);
  log(`Disk: ${humanSize(free)} free in ${parent}; the build needs about ${humanSize(required)}.`);

  // Detection can miss modules a privileged container loads itself: warn, do not fail.
  const missing = await missingKernelModules(KERNEL_MODULES);
  if (missing.length > 0) {
    rt.warning({
      message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs ${KERNEL_MODULES.join(', ')} and will likely fail.`,
    });
  }
  return { ...result, parent };
}
