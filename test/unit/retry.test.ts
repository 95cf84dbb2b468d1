import { describe, expect, it } from 'vitest';
import { isTransient, retry, retryBaseMs } from '../../src/tools/retry.js';

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

describe('retry', () => {
  it('retries transient failures with doubling pauses, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retry(
      async () => {
        if (++calls < 3) throw new Error('503 Service Unavailable');
        return 'pulled';
      },
      { attempts: 4, baseMs: 1, onRetry: (_a, d) => delays.push(d) },
    );
    expect(result).toBe('pulled');
    expect(calls).toBe(3);
    expect(delays).toEqual([1, 2]);
  });

  it('fails at once on a 4xx', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('401 unauthorized');
        },
        { attempts: 4, baseMs: 1 },
      ),
    ).rejects.toThrow('401');
    expect(calls).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('502 Bad Gateway');
        },
        { attempts: 3, baseMs: 1 },
      ),
    ).rejects.toThrow('502');
    expect(calls).toBe(3);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const promise = retry(
      async () => {
        throw new Error('503 Service Unavailable');
      },
      { attempts: 5, baseMs: 60_000, signal: controller.signal, onRetry: () => controller.abort(new Error('another stage failed')) },
    );
    await expect(promise).rejects.toThrow('another stage failed');
  });

  it('takes its base pause from TRIDENT_ISO_RETRY_BASE_MS', () => {
    expect(retryBaseMs({ TRIDENT_ISO_RETRY_BASE_MS: '10' })).toBe(10);
    expect(retryBaseMs({})).toBe(5000);
  });
});
