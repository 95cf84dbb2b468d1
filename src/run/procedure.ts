// Runs main's procedure and everything around it that is not the procedure:
// the run's processes (all stopped when it is cancelled), what it leaves
// behind, its outputs (written once, at the end, from what it produced), the
// failure summary, and cancellation: stop, clean up, end with Cancelled.
import { errorMessage } from '../context/errors.js';
import type { Runtime } from '../runtime.js';
import type { Exec, GroupRecorder, StepEnv } from '../tools/exec.js';
import { stoppedFromOutside } from '../tools/abortable.js';
import { Cancelled, cancellation } from './cancel.js';
import { LeftoverTracker } from './leftovers.js';
import { writeOutputs, type Results } from './outputs.js';
import { failureMarkdown } from './report.js';
import { Stages } from './stages.js';

/** One run of main, as its procedure sees it. */
export interface Run {
  readonly rt: Runtime;
  readonly stages: Stages;
  /** Child processes, stopped when the run is cancelled. */
  readonly exec: Exec;
  readonly leftovers: LeftoverTracker;
  /** What the stages produced: the step's outputs are made from it. */
  readonly results: Results;
}

/**
 * processes() of tools/exec.ts, which loads with the run's first process: a run that stops at an input error
 * starts none, and does not load it. The children's environment is the step's as it is now. Once loaded, a
 * process starts in the same turn as its call, as it did with exec.ts imported at once: a turn's delay let the
 * base image's client load (tens of ms on this thread) start first and held make's start back (the cold run's
 * RPM stage 3.13-3.17 s around the 3 s stand-in, against 3.06-3.09 s).
 */
export function runProcesses(env: StepEnv, cancel?: AbortSignal, groups?: GroupRecorder): Exec {
  const now = { ...env };
  let loaded: Promise<Exec> | undefined;
  let ready: Exec | undefined;
  const exec = () => (loaded ??= import('../tools/exec.js').then(({ processes }) => (ready = processes(now, cancel, undefined, groups))));
  return {
    run: (argv, options) => (ready ? ready.run(argv, options) : exec().then((e) => e.run(argv, options))),
    runChecked: (argv, options) => (ready ? ready.runChecked(argv, options) : exec().then((e) => e.runChecked(argv, options))),
  };
}

export async function runProcedure(rt: Runtime, procedure: (run: Run) => Promise<void>): Promise<void> {
  const leftovers = new LeftoverTracker((name, value) => rt.saveState(name, value));
  const run: Run = {
    rt,
    stages: new Stages(rt.console, rt.signal),
    // Each process group is recorded as it starts: a killed main step leaves the post step a list to stop.
    exec: runProcesses(rt.env, rt.signal, { started: (group) => leftovers.groupStarted(group), ended: (pid) => leftovers.groupEnded(pid) }),
    leftovers,
    results: {},
  };
  const onAbort = () => rt.console.warning(`Received ${cancellation(rt.signal).why}: stopping the build and cleaning up.`);
  rt.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await procedure(run);
  } catch (error) {
    const outside = stoppedFromOutside(error);
    if (rt.signal.aborted || outside) {
      // A child stopped by the job's cancellation before this process saw its own signal: cancelled too, no input to blame.
      if (!rt.signal.aborted) await run.stages.settleBeforeFailing();
      // Every process of the run has ended (their calls settle only then): remove what they left. What removes
      // it (the engine, QEMU's processes) loads only here: a run that stops at an input error does not need it.
      const { cleanUp } = await import('./cleanup.js');
      await cleanUp(
        run.leftovers.found,
        () => runProcesses(rt.env),
        (line) => rt.console.info(line),
      );
      throw rt.signal.aborted ? cancellation(rt.signal) : new Cancelled(outside?.message ?? 'a signal');
    }
    await run.stages.settleBeforeFailing();
    // A failed run most needs to show where it stopped and where the time went.
    const failed = run.stages.records.find((r) => r.outcome === 'failed');
    const details = { message: errorMessage(error), tail: failed ? run.stages.tail(failed.name) : [] };
    await rt.writeSummary(failureMarkdown(run.stages.records, details, run.results.verification)).catch(() => undefined);
    throw error;
  } finally {
    rt.signal.removeEventListener('abort', onAbort);
    writeOutputs(rt, run.results);
  }
}
