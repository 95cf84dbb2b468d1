// What the stages share. CheckContext is what there is before the checks: the
// inputs, read and checked in form, the world outside (Runtime) and the run's
// processes. RunContext adds the run's folders, made where the checks found
// room, and is what every later stage gets.
import path from 'node:path';
import { customizerFeatures, NEWEST_KNOWN, type CustomizerFeatures } from '../customizer/version.js';
import type { LeftoverTracker } from '../run/leftovers.js';
import type { Run } from '../run/procedure.js';
import type { BackgroundTask } from '../run/stages.js';
import { createWorkDir, VALIDATE_ONLY_PARTS, WORK_PARTS, type WorkDir } from '../run/workdir.js';
import type { Runtime } from '../runtime.js';
import type { Exec } from '../tools/exec.js';
import { retryPolicy, type RetryPolicy } from '../tools/retry.js';
import type { Inputs } from './input-types.js';
import { readInputs } from './inputs.js';

export interface CheckContext {
  readonly rt: Runtime;
  readonly inputs: Inputs;
  readonly features: CustomizerFeatures;
  /** False when the version was assumed (no tag, no imagecustomizer-version). */
  readonly versionKnown: boolean;
  /** The run's child processes (stopped when it is cancelled). */
  readonly exec: Exec;
  readonly retry: RetryPolicy;
}

export interface RunContext extends CheckContext {
  readonly work: WorkDir;
  /** cache is on and a cache service answers here (not outside a workflow job). */
  readonly cache: boolean;
  /** Cached content lives here, at a path that is the same in every run. */
  readonly cacheRoot: string;
  /** The name of the run's containers, so the post step can remove them. */
  readonly containerName: string;
  /** Saves what the run leaves behind for the post step. */
  readonly leftovers: LeftoverTracker;
  /** Starts work that runs on beside later stages (Stages.background). */
  readonly background: (name: string, task: BackgroundTask) => void;
}

/** Reads the inputs (a wrong one throws InputError), hides the credentials, and warns when the Image Customizer version is assumed. */
export function readContext(rt: Runtime, exec: Exec): CheckContext {
  const inputs = readInputs((name) => rt.getInput(name), { workspace: rt.workspace });
  for (const credentials of [inputs.registryCredentials, inputs.imageCustomizerCredentials]) if (credentials) rt.setSecret(credentials.password);
  if (inputs.patch?.kind === 'artifact' && inputs.patch.run) rt.setSecret(inputs.patch.run.token);
  const versionKnown = inputs.imageCustomizerVersion !== undefined;
  if (!versionKnown) {
    rt.warning({
      message: `imagecustomizer-image '${inputs.imageCustomizerImage}' has no version tag; assuming Image Customizer ${NEWEST_KNOWN}. Set imagecustomizer-version to say which it is.`,
    });
  }
  return {
    rt,
    inputs,
    features: customizerFeatures(inputs.imageCustomizerVersion ?? NEWEST_KNOWN),
    versionKnown,
    exec,
    retry: retryPolicy(rt.env),
  };
}

/** Whether an Actions cache service is configured: only inside a workflow job. Pure. */
export function cacheServiceConfigured(env: Runtime['env']): boolean {
  return [env.ACTIONS_CACHE_URL, env.ACTIONS_RESULTS_URL].some(Boolean);
}

/** The run's folders in `parent` (the roomiest the checks found), each tracked for the post step as it is made. */
export function runContext(base: CheckContext, parent: string, run: Pick<Run, 'leftovers' | 'stages'>): RunContext {
  const { rt, inputs } = base;
  // validate-only writes only its configs (and unpacks prebuilt RPMs in scratch): it makes no folder a build needs.
  const parts = inputs.validateOnly ? VALIDATE_ONLY_PARTS : WORK_PARTS;
  const work = createWorkDir(parent, (root) => run.leftovers.track({ workDir: root }), parts);
  rt.setToolkitTemp(work.scratch);
  // Without a cache service (outside a job) the shared cache folder would only let runs trample each other.
  const cache = inputs.cache && cacheServiceConfigured(rt.env);
  const cacheRoot = path.join(parent, 'trident-iso-cache');
  if (cache) run.leftovers.track({ cacheDir: cacheRoot });
  return {
    ...base,
    work,
    cache,
    cacheRoot,
    containerName: path.basename(work.root).toLowerCase(),
    leftovers: run.leftovers,
    background: (name, task) => run.stages.background(name, task),
  };
}
