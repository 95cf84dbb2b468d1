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
