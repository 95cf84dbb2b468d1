// The names the run uploads under, and the check before the build that none
// is taken on the workflow run (one request each to the artifact service).
import { errorMessage, InputError } from '../context/errors.js';
import type { Inputs } from '../context/input-types.js';
import type { StageLog } from '../run/stages.js';
import type { StepEnv } from '../tools/exec.js';

/** The serial log's artifact name, beside the ISO's: installer-amd64.iso → installer-amd64.serial.log (zipped: <name>-serial-log). Pure. */
export function serialLogArtifactName(inputs: Pick<Inputs, 'artifactName' | 'archive'>): string {
  return inputs.archive ? `${inputs.artifactName}-serial-log` : inputs.artifactName.replace(/\.iso$/, '.serial.log');
}

/** The names this run uploads under. Pure. */
export function artifactNames(inputs: Pick<Inputs, 'artifactName' | 'archive' | 'verify'>): string[] {
  return [inputs.artifactName, ...(inputs.verify ? [serialLogArtifactName(inputs)] : [])];
}

/** What to do about a taken name: the same advice before the build and at the upload. Pure. */
export function takenNameAdvice(name: string): string {
  return `an artifact named '${name}' already exists on this workflow run (another job, a matrix leg or an earlier attempt uploaded it). Give each job its own artifact-name (for a matrix, put the matrix's values in it), or set overwrite: true to replace it.`;
}

/** Before the build: a name already taken on the run fails now, not after the build (unless overwrite replaces it). */
export async function checkArtifactNames(inputs: Inputs, env: StepEnv, log: StageLog, signal?: AbortSignal): Promise<void> {
  if (!inputs.upload || inputs.validateOnly) return;
  // The upload's module (and the results service's client) loads only for a run that uploads.
  const { findArtifact, uploadUnavailable } = await import('../tools/upload.js');
  if (uploadUnavailable(env)) return;
  for (const name of artifactNames(inputs)) {
    const id = await findArtifact(name, signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      log(`Could not check whether artifact '${name}' exists (${errorMessage(error)}); the upload will tell.`);
      return undefined;
    });
    if (id === undefined) continue;
    if (!inputs.overwrite) throw new InputError('artifact-name', takenNameAdvice(name));
    log(`Artifact '${name}' (${id}) exists on this workflow run; overwrite is true, so the upload replaces it.`);
  }
}
