// The step on a runner: a Runtime made from @actions/core, cancellation wired
// to the signals a cancelled job sends, and main's end turned into the step's
// exit code, the one place that decides it. index.ts runs runStep();
// @github/local-action can run it too (npx @github/local-action run . src/entry/runner.ts .env).
import * as core from '@actions/core';
import { main } from '../main.js';
import { abortOnSignals, Cancelled } from '../run/cancel.js';
import { reportFailure } from '../run/failure.js';
import { guardedRuntime } from '../run/guard.js';
import type { Annotation, Runtime } from '../runtime.js';

function annotationProperties(a: Annotation): core.AnnotationProperties {
  return {
    ...(a.title ? { title: a.title } : {}),
    ...(a.file ? { file: a.file } : {}),
    ...(a.line ? { startLine: a.line } : {}),
    ...(a.column ? { startColumn: a.column } : {}),
  };
}

/**
 * The step's environment, taken once; then the inputs (INPUT_*, registry
 * passwords among them) are removed from this process's environment, so
 * that what libraries start on their own (tool-cache's tar, cache's zstd)
 * does not inherit them either. Inputs are read from the copy, as
 * core.getInput reads them (INPUT_<NAME>, spaces as _, trimmed).
 */
function takeStepEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.toUpperCase().startsWith('INPUT_')) delete process.env[name];
  return env;
}

export function runnerRuntime(signal: AbortSignal): Runtime {
  const env = takeStepEnv();
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    env,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
    signal,
    console: { info: core.info, warning: (line) => core.warning(line), startGroup: core.startGroup, endGroup: core.endGroup },
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    addPath: core.addPath,
    setSecret: core.setSecret,
    error: (a) => core.error(a.message, annotationProperties(a)),
    warning: (a) => core.warning(a.message, annotationProperties(a)),
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    setToolkitTemp: (dir) => {
      process.env.RUNNER_TEMP = dir;
    },
  };
}

/** Runs main (or another procedure) and says how the step ends: 0; 1 with the failure reported; 130 when cancelled. */
export async function runMain(given: Runtime, procedure: (rt: Runtime) => Promise<void> = main): Promise<number> {
  // Everything main writes (log, annotations, summary, outputs) is escaped here, in one place.
  const rt = guardedRuntime(given);
  try {
    await procedure(rt);
    return 0;
  } catch (error) {
    if (error instanceof Cancelled) return 130;
    reportFailure(error, rt);
    return 1;
  }
}

/** The action's main step. */
export async function runStep(): Promise<void> {
  const controller = new AbortController();
  abortOnSignals(controller);
  const code = await runMain(runnerRuntime(controller.signal));
  // A cancelled step ends now, whatever library call may still be pending.
  if (code === 130) process.exit(130);
  process.exitCode = code;
}

/** @github/local-action's entry point. */
export const run = runStep;
