// Library calls that take no AbortSignal (the tool-cache download, the Actions
// cache, the artifact upload) made to give up when the run is cancelled, so a
// cancellation is never held up by them. What they leave half done lies in
// the run's work folder, which the cleanup then removes.

/** What an aborted signal rejects with: its reason (a Cancelled, a failing stage's error) as an Error. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(String(reason));
}

/** Settles as `promise` does, or rejects with the signal's reason once it aborts. */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: Error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/**
 * A child ended by SIGINT, SIGTERM or SIGHUP that this process did not send:
 * a cancelled job signals every process it started, and the child may die
 * before this process handles its own signal. That is a cancellation, not a
 * failure of the input the child was working on.
 */
export class StoppedFromOutside extends Error {
  constructor(
    readonly program: string,
    readonly signal: NodeJS.Signals,
  ) {
    super(`${program} was stopped by ${signal} from outside the action`);
    this.name = 'StoppedFromOutside';
  }
}

const OUTSIDE_SIGNALS: readonly string[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Whether a child that ended by `signal` was stopped as a cancelled job stops it. */
export function isCancelSignal(signal: NodeJS.Signals | null): signal is NodeJS.Signals {
  return signal !== null && OUTSIDE_SIGNALS.includes(signal);
}

/** The StoppedFromOutside an error is or was caused by (stages wrap what they throw). */
export function stoppedFromOutside(error: unknown): StoppedFromOutside | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) if (e instanceof StoppedFromOutside) return e;
  return undefined;
}
