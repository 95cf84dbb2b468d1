// Retries network steps (pulls, resolves) on transient failures: 5xx answers,
// timeouts, resets. A 4xx (wrong name, no access) fails at once: retrying
// cannot fix it and would only delay the error.

/** True when an error's text looks like a failure that may pass by itself. */
export function isTransient(text: string): boolean {
  if (/\b(401|403|404)\b|unauthorized|denied|not found|manifest unknown|name unknown|invalid reference/i.test(text)) return false;
  // Status phrases, not bare numbers: a "523" elsewhere in a tool's output is no reason to wait and retry.
  return /(status(?: code)?:? 5\d\d|\b50[0-4] (Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)|\b429\b|too many requests|timeout|timed out|connection reset|ECONNRESET|ECONNREFUSED|unexpected EOF|TLS handshake|temporary failure)/i.test(
    text,
  );
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

/** Default pause, shortened by TRIDENT_ISO_RETRY_BASE_MS in tests. */
export function retryBaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.TRIDENT_ISO_RETRY_BASE_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 && env.TRIDENT_ISO_RETRY_BASE_MS !== undefined ? fromEnv : 5_000;
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
      await new Promise<void>((resolve, reject) => {
        const { signal } = options;
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
        const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), delay);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}
