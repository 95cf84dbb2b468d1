// Stage 1: everything that can be wrong with the inputs and the machine,
// before any long work. validate-only stops short of the machine checks (it
// needs no container engine and no privileges).
import { InputError } from '../context/errors.js';
import { checkInputFiles, type InputFiles } from '../context/input-files.js';
import { platformMismatch } from '../context/platform.js';
import type { CheckContext } from '../context/run-context.js';
import { humanSize } from '../run/report.js';
import type { StageLog } from '../run/stages.js';
import { checkEngine } from '../tools/engine.js';
import { KERNEL_MODULES, missingKernelModules, roomiest } from '../tools/host.js';

export interface Checked extends InputFiles {
  /** The folder the run's work directory goes in (the roomiest candidate). */
  parent: string;
}

const GiB = 1024 ** 3;

/**
 * Free space the build needs: the base image converted to raw (minimal-os is a
 * 4 GiB disk), a copy of its root filesystem, the ISO, and the COSI twice (the
 * ISO's staging folder and the ISO itself). Pure.
 */
export function requiredDiskBytes(cosiBytes: number): number {
  return 8 * GiB + 2 * cosiBytes;
}

export function diskProblem(dir: string, free: number, required: number): string | undefined {
  if (free >= required) return undefined;
  return `the build needs about ${humanSize(required)} free, but ${dir} has ${humanSize(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}

export async function check({ rt, inputs, exec }: CheckContext, log: StageLog, signal: AbortSignal): Promise<Checked> {
  const mismatch = inputs.validateOnly ? undefined : platformMismatch(inputs.platform, process.arch);
  // The engine is asked (a process, as long as the file checks take) while the files are checked; its answer counts after theirs.
  const engine = inputs.validateOnly || mismatch ? undefined : checkEngine(exec, inputs.containerEngine, signal);
  // Handled at once: a cancelled run rejects it before it is awaited.
  const probed = engine?.catch(() => undefined);
  const files = await checkInputFiles(inputs, log).catch(async (error: unknown) => {
    await probed;
    throw error;
  });
  if (inputs.validateOnly) return { ...files, parent: rt.tempDir };

  if (mismatch) throw new InputError('platform', mismatch);
  const engineProblem = await engine;
  if (engineProblem) throw new InputError('container-engine', engineProblem);

  // Hosted runners have more room on /mnt than on the workspace's disk.
  const { dir: parent, free } = await roomiest([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
  const required = requiredDiskBytes(files.cosi?.size ?? 0);
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
  return { ...files, parent };
}
