// Stage 1: everything that can be wrong with the inputs and the machine,
// before any long work. validate-only stops short of the machine checks (it
// needs no container engine and no privileges).
import { InputError } from '../context/errors.js';
import { checkInputFiles, type InputFiles } from '../context/input-files.js';
import type { CheckContext } from '../context/run-context.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { humanSize } from '../run/report.js';
import type { StageLog } from '../run/stages.js';
import { unmountablePath } from '../customizer/argv.js';
import { freeBytes, KERNEL_MODULES, missingKernelModules, roomiest } from '../tools/host.js';
import { hostConfigPlan, prepareHostConfigCopy, type HostConfigForIso } from '../trident/host-config-copy.js';
import { checkArtifactNames } from './artifact-names.js';
import type { Probes } from './probes.js';
import type { VerifyPlan } from './verify-plan.js';

export interface Checked extends InputFiles {
  /** The folder the run's work directory goes in (the roomiest candidate). */
  parent: string;
  /**
   * The host config copy's content, made while the checks wait on their processes (parsing and checking it
   * is the config stage's longest part); its problems are told by the config stage, after the checks' own.
   */
  hostConfigCopy?: Promise<HostConfigForIso>;
  /** The VM of `verify`, when it is not none. */
  verify?: VerifyPlan;
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

/** An ISO carries the COSI and a live OS, which no real build makes smaller than this. */
export const MIN_LIVE_OS_BYTES = 256 * 1024 ** 2;

/**
 * Across filesystems the ISO is copied beside `output` after the build: a
 * folder with less room than the smallest ISO this build can make (the COSI
 * and a live OS) would lose it then. Pure.
 */
export function outputRoomProblem(folder: string, free: number, cosiBytes: number): string | undefined {
  const least = cosiBytes + MIN_LIVE_OS_BYTES;
  if (free >= least) return undefined;
  return `the folder ${folder} is on another filesystem than the work folder and has ${humanSize(free)} free; the ISO, with the COSI it carries and a live OS, will be at least ${humanSize(least)}, and it is copied there after the build, which would fail then. Free some space there or choose another output.`;
}

export function diskProblem(dir: string, free: number, required: number): string | undefined {
  if (free >= required) return undefined;
  return `the build needs about ${humanSize(required)} free, but ${dir} has ${humanSize(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}

/**
 * The check stage, with the probes started before it (stages/probes.ts; none for validate-only): they ran while
 * the files are checked. Their answers count after the files', in this order: artifact names, platform, engine,
 * prerequisites.
 */
export const check =
  ({ mismatch, engine, buildTools, ended: probed }: Probes = { ended: Promise.resolve() }) =>
  async ({ rt, inputs }: CheckContext, log: StageLog, signal: AbortSignal): Promise<Checked> => {
    // A taken artifact name is known in a moment (one request each, no client to load), long before the build
    // would meet it: the names are looked up while the files are checked (none for validate-only).
    const names = checkArtifactNames(inputs, rt.env, log, signal);
    // Handled at once: a check that fails first leaves it unread; every check that fails waits for what it started.
    const looked = Promise.all([probed, names.catch(() => undefined)]);
    const { files, verify } = await checkFilesAndVerify({ rt, inputs }, log).catch(async (error: unknown) => {
      await looked;
      throw error;
    });
    if (inputs.validateOnly) return { ...files, parent: rt.tempDir, ...(verify ? { verify } : {}) };
    // The files read well: the host config copy is made (parsed and checked: the config stage's longest part) while
    // the probes run and the names are looked up; its problems are told by the config stage, after the checks' own.
    const hostConfigCopy = inputs.hostConfig ? prepareHostConfigCopy(inputs.hostConfig, hostConfigPlan(inputs, files)) : undefined;
    // Handled at once: a check that fails leaves it unread.
    hostConfigCopy?.catch(() => undefined);
    await names.catch(async (error: unknown) => {
      await probed;
      throw error;
    });

    if (mismatch) throw new InputError('platform', mismatch);
    const engineProblem = await engine;
    if (engineProblem) {
      await probed;
      throw new InputError('container-engine', engineProblem);
    }
    if (buildTools) {
      const tools = await buildTools;
      if (tools.missing.length > 0) {
        throw new InputError(
          'trident-source',
          `cannot be built on this runner: \`make bin/trident-rpms.tar.gz\` needs what is missing:\n${tools.missing.map((m) => `  - ${m}`).join('\n')}`,
        );
      }
      log(`Trident build prerequisites found: ${tools.found.join(', ')}.`);
      for (const note of tools.notes) log(note);
    }

    // Hosted runners have more room on /mnt than on the workspace's disk.
    const { dir: parent, free } = await roomiest([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
    // The work folder is mounted into the container as -v host:container: a ':' in its path cannot be expressed.
    if (unmountablePath(parent))
      throw new Error(
        `the work folder would be under ${parent} (RUNNER_TEMP), whose path holds ':', which a container mount (-v host:container) cannot express; run the job with a RUNNER_TEMP without ':'.`,
      );
    const required = requiredDiskBytes(files.cosi?.size ?? 0);
    const disk = diskProblem(parent, free, required);
    if (disk) throw new Error(disk);
    log(`Disk: ${humanSize(free)} free in ${parent}; the build needs about ${humanSize(required)}.`);
    if (!inputs.patch) await checkOutputRoom(inputs.output, parent, files.cosi?.size ?? 0);

    // Detection can miss modules a privileged container loads itself: warn, do not fail.
    const missing = await missingKernelModules(KERNEL_MODULES);
    if (missing.length > 0) {
      rt.warning({
        message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs ${KERNEL_MODULES.join(', ')} and will likely fail.`,
      });
    }
    return { ...files, parent, ...(verify ? { verify } : {}), ...(hostConfigCopy ? { hostConfigCopy } : {}) };
  };

/** On the work folder's filesystem the ISO is linked or renamed (the disk check counted it); elsewhere it needs room. */
async function checkOutputRoom(output: string, parent: string, cosiBytes: number): Promise<void> {
  const folder = path.dirname(output);
  if (statSync(folder).dev === statSync(parent).dev) return;
  const problem = outputRoomProblem(folder, await freeBytes(folder), cosiBytes);
  if (problem) throw new InputError('output', problem);
}

/** The input files, then the VM of `verify` (its disks come from the host config). */
async function checkFilesAndVerify(
  { rt, inputs }: Pick<CheckContext, 'rt' | 'inputs'>,
  log: StageLog,
): Promise<{ files: InputFiles; verify?: VerifyPlan }> {
  const files = await checkInputFiles(inputs, log, rt.workspace);
  if (!inputs.verify) return { files };
  // The VM's plan (QEMU, OVMF, the disks) loads only for a run that verifies.
  const { hostConfigOfConfig, planVerification, serialLogPath } = await import('./verify-plan.js');
  const hostConfigOf = (config: string): { hostConfig?: string } => {
    const hostConfig = hostConfigOfConfig(config);
    return hostConfig ? { hostConfig } : {};
  };
  const verify = await planVerification(
    inputs.verify,
    {
      ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : inputs.config ? hostConfigOf(inputs.config) : {}),
      hostConfigInput: inputs.hostConfig ? 'host-config' : 'config',
      serialLog: serialLogPath(inputs.output),
      serialLogInput: 'output',
    },
    rt.env,
    !inputs.validateOnly,
    log,
  );
  return { files, verify };
}
