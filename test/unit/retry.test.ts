import { describe, expect, it } from 'vitest';
import { isTransient, retry, retryPolicy, retryTransient } from '../../src/tools/retry.js';

describe('isTransient', () => {
  it.each([
    'Error: response status code 503: Service Unavailable',
    'Get "https://mcr.microsoft.com/v2/": net/http: TLS handshake timeout',
    'read tcp 10.0.0.1:443: connection reset by peer',
    'dial tcp: i/o timeout',
    'toomanyrequests: 429 Too Many Requests',
  ])('retries: %s', (text) => expect(isTransient(text)).toBe(true));

  it.each([
    'Error: response status code 401: unauthorized: authentication required',
    'Error: failed to resolve latest: mcr.microsoft.com/x:latest: not found',
    'error: 403 denied',
    'manifest unknown',
    'exit status 1',
    'wrote 523 files, then: exit status 1',
  ])('does not retry: %s', (text) => expect(isTransient(text)).toBe(false));
});

/** A network step that fails with each message in turn, then succeeds with 'pulled'; it counts its calls. */
function step(...failures: string[]) {
  let calls = 0;
  const fn = (): Promise<string> => {
    const failure = failures[calls++];
    return failure === undefined ? Promise.resolve('pulled') : Promise.reject(new Error(failure));
  };
  return Object.assign(fn, { calls: () => calls });
}

describe('retry', () => {
  it('retries transient failures with doubling pauses, then succeeds', async () => {
    const delays: number[] = [];
    const pull = step('503 Service Unavailable', '503 Service Unavailable');
    const result = await retry(pull, { attempts: 4, baseMs: 1, onRetry: (_a, d) => delays.push(d) });
    expect(result).toBe('pulled');
    expect(pull.calls()).toBe(3);
    expect(delays).toEqual([1, 2]);
  });

  it('fails at once on a 4xx', async () => {
    const pull = step('401 unauthorized', '401 unauthorized');
    await expect(retry(pull, { attempts: 4, baseMs: 1 })).rejects.toThrow('401');
    expect(pull.calls()).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    const pull = step('502 Bad Gateway', '502 Bad Gateway', '502 Bad Gateway', '502 Bad Gateway');
    await expect(retry(pull, { attempts: 3, baseMs: 1 })).rejects.toThrow('502');
    expect(pull.calls()).toBe(3);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const promise = retry(step('503 Service Unavailable', '503 Service Unavailable'), {
      attempts: 5,
      baseMs: 60_000,
      signal: controller.signal,
      onRetry: () => controller.abort(new Error('another stage failed')),
    });
    await expect(promise).rejects.toThrow('another stage failed');
  });

  it('takes its base pause from TRIDENT_ISO_RETRY_BASE_MS in the step environment', () => {
    expect(retryPolicy({ TRIDENT_ISO_RETRY_BASE_MS: '10' })).toEqual({ attempts: 4, baseMs: 10 });
    expect(retryPolicy({})).toEqual({ attempts: 4, baseMs: 5000 });
  });

  it('says in the log when it tries again, and how long it waits', async () => {
    const lines: string[] = [];
    const pull = step('response status code 503: Service Unavailable', 'response status code 503: Service Unavailable');
    const result = await retryTransient('oras pull', pull, { policy: { attempts: 4, baseMs: 1 }, log: (l) => lines.push(l) });
    expect(result).toBe('pulled');
    expect(lines).toEqual([
      'oras pull: attempt 1 failed with a transient error; retrying in 0.0 s',
      'oras pull: attempt 2 failed with a transient error; retrying in 0.0 s',
    ]);
  });
});
