// Cancellation. A cancelled job sends SIGINT, then SIGTERM (a closed terminal
// SIGHUP): the process entries turn the first of them into an abort of the
// run's signal, whose reason is a Cancelled. main then stops its processes,
// removes what the run left and ends with that Cancelled (exit code 130).

export class Cancelled extends Error {
  constructor(
    /** What cancelled the run, e.g. SIGTERM. */
    readonly why: string,
  ) {
    super(`Cancelled (${why})`);
    this.name = 'Cancelled';
  }
}

export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Aborts `controller` with a Cancelled on the first of CANCEL_SIGNALS; returns a function that stops listening. */
export function abortOnSignals(controller: AbortController): () => void {
  const handler = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new Cancelled(signal));
  };
  for (const signal of CANCEL_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, handler);
  };
}

/** The Cancelled an aborted signal carries (a plain abort becomes one too). */
export function cancellation(signal: AbortSignal): Cancelled {
  return signal.reason instanceof Cancelled ? signal.reason : new Cancelled(String(signal.reason));
}
