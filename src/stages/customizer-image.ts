// Stage 3c (beside the RPMs and the base image): the Image Customizer image
// pulled, and a privileged container of it tried, so that an engine refusing
// privileges stops the run before the long work rather than after it.
import { InputError } from '../context/errors.js';
import { registryOf } from '../context/oci-ref.js';
import type { RunContext } from '../context/run-context.js';
import type { StageLog } from '../run/stages.js';
import { EngineError, pullImage, tryPrivileged } from '../tools/engine.js';

/** What a failed login or pull means for the inputs (a transient failure, retried in vain, is not the user's). */
function pullError(error: unknown): unknown {
  if (!(error instanceof EngineError)) return error;
  if (error.step === 'pull') return new InputError('imagecustomizer-image', `could not pull ${error.image}: ${error.output}`);
  if (error.transient) return error;
  return new InputError(
    'imagecustomizer-registry-username',
    `the login to ${registryOf(error.image)} failed; check imagecustomizer-registry-username and imagecustomizer-registry-password. ${error.output}`,
  );
}

export async function customizerImage(ctx: RunContext, log: StageLog, signal: AbortSignal): Promise<void> {
  const { inputs, work, containerName: name } = ctx;
  const { containerEngine: engine, imageCustomizerImage: image, platform } = inputs;
  const credentials = inputs.imageCustomizerCredentials;
  await pullImage(ctx.exec, {
    engine,
    image,
    platform,
    ...(credentials ? { auth: { dir: work.auth, ...credentials } } : {}),
    retry: ctx.retry,
    onLine: log,
    signal,
  }).catch((error: unknown) => {
    throw pullError(error);
  });
  // From here on containers of this name may exist: the post step removes them.
  ctx.leftovers.track({ container: { engine, name, image } });
  const check = await tryPrivileged(ctx.exec, { engine, image, platform, name, signal });
  const said = `(exit code ${check.exitCode}): ${check.tail.slice(-3).join(' ')}`;
  if (check.verdict === 'refused') {
    throw new InputError(
      'container-engine',
      `${engine} could not run a privileged container with loop devices ${said}. Image Customizer needs one; use a runner whose engine allows --privileged.`,
    );
  }
  if (check.verdict === 'error') throw new Error(`The privileged check container of ${image} could not run ${said}.`);
  log(`${engine} runs privileged containers with loop devices.`);
}
