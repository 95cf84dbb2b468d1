// The checks' processes that only look: the container engine's `info` and the
// build prerequisites' `rustc --version` and `whereis libssl.a`. They start as
// soon as the inputs read well, from this small chunk, before the stages' code
// loads: they run on the runner's other core while this thread compiles it.
// Their answers count in the check stage, after the files' (stages/check.ts).
import { platformMismatch } from '../context/platform.js';
import type { CheckContext } from '../context/run-context.js';
import { checkBuildTools, type BuildToolsReport } from '../tools/build-tools.js';
import { checkEngine } from '../tools/engine.js';

export interface Probes {
  /** Why the platform asked for cannot be built here (then nothing is probed). */
  mismatch?: string;
  /** The engine's problem, or undefined when it can run the build. */
  engine?: Promise<string | undefined>;
  /** What `make bin/trident-rpms.tar.gz` needs and what is missing (a build from trident-source). */
  buildTools?: Promise<BuildToolsReport>;
  /** Settles when every probe has ended; never rejects. */
  ended: Promise<unknown>;
}

/** Starts the probes a build needs (not for validate-only: main.ts does not call it then). */
export function startProbes({ rt, inputs, exec }: CheckContext): Probes {
  const mismatch = platformMismatch(inputs.platform, process.arch);
  if (mismatch) return { mismatch, ended: Promise.resolve() };
  const engine = checkEngine(exec, inputs.containerEngine, rt.signal);
  const buildTools = inputs.rpms.kind === 'build' ? checkBuildTools(exec, rt.env, inputs.rpms.checkout, rt.signal) : undefined;
  // Handled at once: a cancelled run rejects them before they are awaited; a check that fails waits for them.
  const ended = Promise.all([engine.catch(() => undefined), buildTools?.catch(() => undefined)]);
  return { engine, ...(buildTools ? { buildTools } : {}), ended };
}
