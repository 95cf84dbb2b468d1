import { describe, expect, it, vi } from 'vitest';
import { Cancelled } from '../../src/run/cancel.js';
import { after, StageError, Stages, type StageLog } from '../../src/run/stages.js';
import type { Console } from '../../src/runtime.js';

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
  it('logs inside a group, gives the stage its context, and records the duration', async () => {
    const out = recorder();
    let t = 1000;
    const stages = new Stages(out, undefined, () => (t += 500));
    expect(await stages.run('Check inputs', { answer: 42 }, (ctx, log) => (log('checking'), Promise.resolve(ctx.answer)))).toBe(42);
    expect(out.lines).toEqual(['::group::Check inputs', 'checking', 'Check inputs: done in 0.5 s', '::endgroup::']);
    expect(stages.records).toEqual([{ name: 'Check inputs', start: 1500, end: 2000, outcome: 'ok' }]);
  });

  it('names the stage that failed, once', async () => {
    const stages = new Stages(recorder());
    await expect(stages.run('Upload artifact', undefined, () => Promise.reject(new Error('boom')))).rejects.toThrow('Upload artifact failed: boom');
    await expect(stages.run('Image Customizer', undefined, () => Promise.reject(new Error('Image Customizer failed (exit code 3)')))).rejects.toThrow(
      /^Image Customizer failed \(exit code 3\)$/,
    );
    expect(stages.records.map((r) => r.outcome)).toEqual(['failed', 'failed']);
  });

  it('starts no stage once the run is cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Cancelled('SIGTERM'));
    const stages = new Stages(recorder(), controller.signal);
    let ran = false;
    await expect(stages.run('Check ISO', undefined, () => Promise.resolve(void (ran = true)))).rejects.toThrow(Cancelled);
    expect(ran).toBe(false);
    expect(stages.records).toEqual([]);
  });
});

describe('Stages.parallel', () => {
  it('runs stages at once and returns their results in order', async () => {
    const out = recorder();
    const stages = new Stages(out);
    let running = 0;
    let most = 0;
    const body = (value: string) => async (_ctx: unknown, log: StageLog) => {
      running++;
      most = Math.max(most, running);
      log(`working on ${value}`);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return value;
    };
    const result = await stages.parallel(undefined, [
      ['a', body('A')],
      ['b', body('B')],
      ['c', body('C')],
    ] as const);
    expect(result).toEqual(['A', 'B', 'C']);
    expect(most).toBe(3);
    // Each stage's lines are printed live, prefixed with the stage, before any of them ended.
    const firstEnd = out.lines.findIndex((l) => l.startsWith('■ '));
    expect(out.lines.slice(0, firstEnd).sort()).toEqual([
      '[a] working on A',
      '[b] working on B',
      '[c] working on C',
      '▶ a: started',
      '▶ b: started',
      '▶ c: started',
    ]);
    expect(
      out.lines
        .slice(firstEnd)
        .map((l) => l.replace(/done in [\d.]+ s$/, 'done'))
        .sort(),
    ).toEqual(['■ a: done', '■ b: done', '■ c: done']);
  });

  it('stops the others when one fails and says which failed', async () => {
    const out = recorder();
    const stages = new Stages(out);
    let otherSawAbort = false;
    const promise = stages.parallel(undefined, [
      [
        'Base image',
        async (_ctx, _log, signal) => {
          try {
            return await waitForAbort(signal);
          } finally {
            otherSawAbort = signal.aborted;
          }
        },
      ],
      [
        'Trident RPMs',
        async () => {
          await new Promise((r) => setTimeout(r, 10));
          throw new Error('make failed');
        },
      ],
    ] as const);
    await expect(promise).rejects.toThrow(new StageError('Trident RPMs', new Error('make failed')).message);
    expect(otherSawAbort).toBe(true);
    expect(stages.records.map((r) => [r.name, r.outcome]).sort()).toEqual([
      ['Base image', 'stopped'],
      ['Trident RPMs', 'failed'],
    ]);
    expect(out.lines.some((l) => /^■ Base image: stopped after .*: Trident RPMs failed$/.test(l))).toBe(true);
    expect(out.lines.some((l) => l.startsWith('■ Trident RPMs: failed after '))).toBe(true);
  });

  it('stops them all when the run is cancelled, and says so', async () => {
    const out = recorder();
    const controller = new AbortController();
    const stages = new Stages(out, controller.signal);
    const waiting = async (_ctx: unknown, _log: StageLog, signal: AbortSignal) => waitForAbort(signal);
    const promise = stages.parallel(undefined, [
      ['Trident RPMs', waiting],
      ['Base image', waiting],
    ] as const);
    controller.abort(new Cancelled('SIGTERM'));
    await expect(promise).rejects.toThrow(Cancelled);
    expect(stages.records.map((r) => r.outcome)).toEqual(['stopped', 'stopped']);
    expect(out.lines.filter((l) => /stopped after .*: the run was cancelled$/.test(l))).toHaveLength(2);
  });
});

describe('background work', () => {
  it('runs beside the next stages and is waited for as a stage of its own', async () => {
    const out = recorder();
    const stages = new Stages(out);
    const order: string[] = [];
    let finish: () => void = () => undefined;
    stages.background('Save base image to the cache', () => new Promise<void>((resolve) => (finish = () => (order.push('saved'), resolve()))));
    await stages.run('Image Customizer', undefined, () => Promise.resolve(void order.push('customized')));
    const settled = stages.settle();
    finish();
    await settled;
    expect(order).toEqual(['customized', 'saved']);
    expect(stages.records.map((r) => r.name)).toEqual(['Image Customizer', 'Save base image to the cache']);
  });

  it('handed on by one of several stages at once, starts only when they have all ended and the next stage has started', async () => {
    const stages = new Stages(recorder());
    let started = false;
    let releaseSlow: () => void = () => undefined;
    let slowRunning: () => void = () => undefined;
    const slowStarted = new Promise<void>((resolve) => (slowRunning = resolve));
    const group = stages.parallel(undefined, [
      ['Base image', () => Promise.resolve(stages.background('Save base image to the cache', () => Promise.resolve(void (started = true))))],
      ['Trident RPMs', () => new Promise<void>((resolve) => (slowRunning(), (releaseSlow = resolve)))],
    ] as const);
    await slowStarted;
    await new Promise((resolve) => setImmediate(resolve));
    // The base image is done, the RPMs are not: its save waits.
    expect(started).toBe(false);
    releaseSlow();
    await group;
    expect(started).toBe(false);
    let startedFirst: boolean | undefined;
    await stages.run('Image Customizer', undefined, () => Promise.resolve(void (startedFirst = !started)));
    expect(startedFirst).toBe(true);
    expect(started).toBe(true);
    await stages.settle();
    expect(stages.records.map((r) => r.name)).toEqual(['Base image', 'Trident RPMs', 'Image Customizer', 'Save base image to the cache']);
  });

  it('handed on during stages at once that fail, still runs before the failure is reported', async () => {
    const out = recorder();
    const stages = new Stages(out);
    let started = false;
    const group = stages.parallel(undefined, [
      ['Base image', () => Promise.resolve(stages.background('Save base image to the cache', () => Promise.resolve(void (started = true))))],
      ['Trident RPMs', () => Promise.reject(new Error('make failed'))],
    ] as const);
    await expect(group).rejects.toThrow(/Trident RPMs failed: make failed/);
    await stages.settleBeforeFailing();
    expect(started).toBe(true);
    expect(out.lines).toContain('Waiting for "Save base image to the cache" to finish before failing.');
  });

  it('is recorded over the time it ran, from its start beside the next stage to its end', async () => {
    let clock = 0;
    const stages = new Stages(recorder(), undefined, () => clock);
    clock = 10;
    let finish: () => void = () => undefined;
    stages.background('Free the build folders', () => new Promise<void>((resolve) => (finish = resolve)));
    await stages.run('Check ISO', undefined, () => Promise.resolve(void (clock = 30)));
    clock = 35;
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    clock = 50;
    await stages.settle();
    expect(stages.records).toEqual([
      { name: 'Check ISO', start: 10, end: 30, outcome: 'ok' },
      { name: 'Free the build folders', start: 10, end: 35, outcome: 'ok' },
    ]);
  });

  it('is waited for before a failure is reported, and gets the run signal', async () => {
    const out = recorder();
    const controller = new AbortController();
    const stages = new Stages(out, controller.signal);
    let given: AbortSignal | undefined;
    stages.background('Save base image to the cache', (signal) => Promise.resolve(void (given = signal)));
    await stages.settleBeforeFailing();
    expect(given).toBe(controller.signal);
    expect(out.lines).toEqual(['Waiting for "Save base image to the cache" to finish before failing.']);
    // Waited for once: settle() has nothing left.
    await stages.settle();
    expect(stages.records).toEqual([]);
  });
});

describe('the tail of a stage', () => {
  it('keeps the last 30 lines each stage logged, for the failure summary', async () => {
    const stages = new Stages(recorder());
    await stages
      .parallel(undefined, [
        [
          'Trident RPMs',
          (_ctx: unknown, log: StageLog) => {
            for (let i = 1; i <= 40; i++) log(`cargo line ${i}`);
            return Promise.reject(new Error('make exited with code 2'));
          },
        ],
        ['Base image', (_ctx: unknown, log: StageLog) => Promise.resolve(log('pulled'))],
      ] as const)
      .catch(() => undefined);
    expect(stages.tail('Trident RPMs')).toEqual(Array.from({ length: 30 }, (_, i) => `cargo line ${i + 11}`));
    expect(stages.tail('Base image')).toEqual(['pulled']);
    expect(stages.tail('never ran')).toEqual([]);
  });
});

describe('after (a stage that waits for another answer first)', () => {
  const noLog: StageLog = () => undefined;
  it('starts once the answer has come, whichever way it settled', async () => {
    const order: string[] = [];
    let answer: (v: string) => void = () => undefined;
    const first = new Promise<string>((resolve) => (answer = resolve));
    const started = after(first, 60_000, () => {
      order.push('stage');
      return Promise.resolve('done');
    })(undefined, noLog, new AbortController().signal);
    await Promise.resolve();
    order.push('answer');
    answer('miss');
    expect(await started).toBe('done');
    expect(order).toEqual(['answer', 'stage']);
    const failed = Promise.reject(new Error('the service failed'));
    expect(await after(failed, 60_000, () => Promise.resolve('ran'))(undefined, noLog, new AbortController().signal)).toBe('ran');
  });

  it('does not wait longer than its limit for an answer that does not come', async () => {
    vi.useFakeTimers();
    try {
      let ran = false;
      const never = new Promise<never>(() => undefined);
      const running = after(never, 1000, () => {
        ran = true;
        return Promise.resolve();
      })(undefined, noLog, new AbortController().signal);
      await vi.advanceTimersByTimeAsync(999);
      expect(ran).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await running;
      expect(ran).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
