// What every step of a run shares: the inputs, the world outside (Runtime),
// the run's folders and the Image Customizer version's features.
import type { CustomizerFeatures } from '../customizer/version.js';
import type { Runtime } from '../runtime.js';
import type { Inputs } from './input-types.js';
import type { WorkDir } from '../run/workdir.js';

export interface RunContext {
  inputs: Inputs;
  rt: Runtime;
  features: CustomizerFeatures;
  /** False when the version was assumed (no tag, no imagecustomizer-version). */
  versionKnown: boolean;
  work: WorkDir;
  /** cache is on and a cache service answers here (not outside a workflow job). */
  cache: boolean;
  /** Cached content lives here, at a path that is the same in every run. */
  cacheRoot: string;
  /** The container's name, so the post step can remove it. */
  containerName: string;
}
