import { describe, expect, it } from 'vitest';
import { StageError, Stages, type Console } from '../../src/run/stages.js';

function recorder(): Console & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (l) => lines.push(l),
    warning: (l) => lines.push(`warning: ${l}`),
    startGroup: (t) => lines.push(`::group::${t}`),
    endGroup: () => lines.push('::endgroup::'),
  };
}

function waitForAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
}

describe('Stages.run', () => {
  it('logs inside a group and records the duration', async () => {
    const out = recorder();
    let t = 1000;
    const stages = new Stages(out, () => (t += 500));
    expect(await stages.run('Check inputs', async (log) => (log('checking'), 42))).toBe(42);
    expect(out.lines).toEqual(['::group::Check inputs', 'checking', 'Check inputs: done in 0.5 s', '::endgroup::']);
    expect(stages.records).toEqual([{ name: 'Check inputs', start: 1500, end: 2000, outcome: 'ok' }]);
  });

  it('names the stage that failed', async () => {
    const stages = new Stages(recorder());
    await expect(stages.run('Upload artifact', async () => Promise.reject(new Error('boom')))).rejects.toThrow('Upload artifact failed: boom');
    expect(stages.records[0]?.outcome).toBe('failed');
  });
});

describe('Stages.parallel', () => {
  it('runs stages at once and returns their results in order', async () => {
    const out = recorder();
    const stages = new Stages(out);
    let running = 0;
    let most = 0;
    const body = (value: string) => async (log: (l: string) => void) => {
      running++;
      most = Math.max(most, running);
      log(`working on ${value}`);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return value;
    };
    const result = await stages.parallel([
      { name: 'a', body: body('A') },
      { name: 'b', body: body('B') },
      { name: 'c', body: body('C') },
    ] as const);
    expect(result).toEqual(['A', 'B', 'C']);
    expect(most).toBe(3);
    // Each stage's lines are printed together in its own group, not interleaved.
    const groupOfB = out.lines.indexOf(out.lines.find((l) => l.startsWith('::group::b'))!);
    expect(out.lines[groupOfB + 1]).toBe('working on B');
    expect(out.lines[groupOfB + 2]).toBe('::endgroup::');
  });

  it('stops the others when one fails and says which failed', async () => {
    const out = recorder();
    const stages = new Stages(out);
    let otherSawAbort = false;
    const promise = stages.parallel([
      {
        name: 'Base image',
        body: async (_log, signal) => {
          try {
            return await waitForAbort(signal);
          } finally {
            otherSawAbort = signal.aborted;
          }
        },
      },
      {
        name: 'Trident RPMs',
        body: async () => {
          await new Promise((r) => setTimeout(r, 10));
          throw new Error('make failed');
        },
      },
    ] as const);
    await expect(promise).rejects.toThrow(new StageError('Trident RPMs', new Error('make failed')).message);
    expect(otherSawAbort).toBe(true);
    expect(stages.records.map((r) => [r.name, r.outcome]).sort()).toEqual([
      ['Base image', 'stopped'],
      ['Trident RPMs', 'failed'],
    ]);
    expect(out.lines.some((l) => /::group::Base image \(stopped after .*: Trident RPMs failed\)/.test(l))).toBe(true);
  });
});
