// Retries network steps (pulls, resolves, logins) on transient failures: 5xx
// answers, timeouts, resets. A 4xx (wrong name, no access) fails at once:
// retrying cannot fix it and would only delay the error.
import { abortError } from './abortable.js';
import type { StepEnv } from './exec.js';

/** True when an error's text looks like a failure that may pass by itself. */
export function isTransient(text: string): boolean {
  if (/\b(401|403|404)\b|unauthorized|denied|not found|manifest unknown|name unknown|invalid reference/i.test(text)) return false;
  // Status phrases, not bare numbers: a "523" elsewhere in a tool's output is no reason to wait and retry.
  return /(status(?: code)?:? 5\d\d|\b50[0-4] (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)|\b429\b|too many requests|timeout|timed out|connection reset|ECONNRESET|ECONNREFUSED|unexpected EOF|TLS handshake|temporary failure)/i.test(
    text,
  );
}

/** How often, and after how long a first pause (doubling each time), a network step is tried. */
export interface RetryPolicy {
  attempts: number;
  baseMs: number;
}

/** Four attempts, 5 s first pause; TRIDENT_ISO_RETRY_BASE_MS in the step's environment shortens it (tests). */
export function retryPolicy(env: StepEnv): RetryPolicy {
  const fromEnv = Number(env.TRIDENT_ISO_RETRY_BASE_MS);
  const baseMs = env.TRIDENT_ISO_RETRY_BASE_MS !== undefined && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 5_000;
  return { attempts: 4, baseMs };
}

export interface RetryOptions {
  attempts: number;
  /** First pause; it doubles each time (exponential backoff). */
  baseMs: number;
  /** The text to judge an error by (default: its message). */
  textOf?: (error: unknown) => string;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
  signal?: AbortSignal;
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const textOf = options.textOf ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= options.attempts || options.signal?.aborted || !isTransient(textOf(error))) throw error;
      const delay = options.baseMs * 2 ** (attempt - 1);
      options.onRetry?.(attempt, delay, error);
      await pause(delay, options.signal);
    }
  }
}

/** Waits ms, or rejects with the cancellation as soon as signal aborts. */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!signal) return void setTimeout(resolve, ms);
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => (clearTimeout(timer), reject(abortError(signal)));
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** retry() with a policy, saying in the log when `what` is tried again. */
export function retryTransient<T>(
  what: string,
  fn: () => Promise<T>,
  o: { policy: RetryPolicy; log?: ((line: string) => void) | undefined; signal?: AbortSignal | undefined },
): Promise<T> {
  return retry(fn, {
    ...o.policy,
    onRetry: (attempt, delay) => o.log?.(`${what}: attempt ${attempt} failed with a transient error; retrying in ${(delay / 1000).toFixed(1)} s`),
    ...(o.signal ? { signal: o.signal } : {}),
  });
}
