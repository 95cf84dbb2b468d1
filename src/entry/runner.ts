// The step on a runner: a Runtime that speaks the runner's workflow commands
// (workflow-commands.ts), cancellation wired to the signals a cancelled job
// sends, and main's end turned into the step's exit code, the one place that
// decides it. index.ts runs runStep(); @github/local-action can run it too
// (npx @github/local-action run . src/entry/runner.ts .env).
import { main } from '../main.js';
import { abortOnSignals, Cancelled } from '../run/cancel.js';
import { reportFailure } from '../run/failure.js';
import { guardedRuntime } from '../run/guard.js';
import type { Annotation, Runtime } from '../runtime.js';
import { workflowCommands, type AnnotationProperties } from './workflow-commands.js';

function annotationProperties(a: Annotation): AnnotationProperties {
  return {
    ...(a.title ? { title: a.title } : {}),
    ...(a.file ? { file: a.file } : {}),
    ...(a.line ? { line: a.line } : {}),
    ...(a.column ? { col: a.column } : {}),
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
  const commands = workflowCommands();
  return {
    // From the copy taken before the inputs left this process's environment (workflowCommands reads the live one).
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    env,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
    signal,
    console: { info: commands.info, warning: (line) => commands.warning(line), startGroup: commands.startGroup, endGroup: commands.endGroup },
    setOutput: (name, value) => commands.setOutput(name, value),
    saveState: (name, value) => commands.saveState(name, value),
    addPath: commands.addPath,
    setSecret: commands.setSecret,
    error: (a) => commands.error(a.message, annotationProperties(a)),
    warning: (a) => commands.warning(a.message, annotationProperties(a)),
    writeSummary: (markdown) => commands.appendSummary(markdown),
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
