// Runs the procedure's stages: each logs inside its own group and reports its
// duration; stages that run together print their lines live, each prefixed
// with its stage (as docker buildx prints parallel steps), so a long build
// shows its progress while it runs. A failure stops the others;
// cancelling the run stops them all. Work a stage starts to finish later (the
// cache saves) runs in the background, from when the stages running beside it
// have ended and the next has started, and is waited for by settle().
import type { Console } from '../runtime.js';

export type StageLog = (line: string) => void;

/** A stage: what it needs, where its lines go, and the signal that stops it. */
export type Stage<C, T> = (ctx: C, log: StageLog, signal: AbortSignal) => Promise<T>;

/** The same stage, handing its result to `keep` as soon as it has one (a run that fails later still reports it). */
export function keeping<C, T>(stage: Stage<C, T>, keep: (result: T) => void): Stage<C, T> {
  return async (ctx, log, signal) => {
    const result = await stage(ctx, log, signal);
    keep(result);
    return result;
  };
}

/**
 * A stage that starts once `first` has settled (whichever way), or after
 * `atMostMs` if it has not: an answer that is slow to come (a service
 * retrying) does not hold the stage back for longer than that.
 */
export function after<C, T>(first: Promise<unknown> | undefined, atMostMs: number, stage: Stage<C, T>): Stage<C, T> {
  return async (ctx, log, signal) => {
    if (first) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([first.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, atMostMs)))]);
      clearTimeout(timer);
    }
    return stage(ctx, log, signal);
  };
}

/** Work that goes on beside later stages; it never throws (failures are its own to report). */
export type BackgroundTask = (signal: AbortSignal) => Promise<void>;

export interface StageRecord {
  name: string;
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
  outcome: 'ok' | 'failed' | 'stopped';
}

/** A stage failed: its name, once, before what went wrong. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    const message = cause instanceof Error ? cause.message : String(cause);
    // A cause that already says the stage failed is not told twice.
    super(message.startsWith(`${stage} failed`) ? message : `${stage} failed: ${message}`);
    this.name = 'StageError';
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** How many of a stage's last lines are kept for the failure summary. */
const TAIL_LINES = 30;

export class Stages {
  readonly records: StageRecord[] = [];
  /** Background work: its name, its start, and when it ended (it never rejects). */
  private readonly pending: { name: string; start: number; done: Promise<number> }[] = [];
  /** Background work handed on while stages run at once, to start when they have ended. */
  private readonly deferred: (() => void)[] = [];
  private concurrent = 0;
  private readonly tails = new Map<string, string[]>();

  constructor(
    private readonly out: Console,
    /** Aborted when the run is cancelled: no stage starts after, running ones stop. */
    private readonly cancel: AbortSignal = new AbortController().signal,
    private readonly now: () => number = Date.now,
    /** How often a long stage running in parallel says it is still running. */
    private readonly heartbeatMs = 60_000,
  ) {}

  /** Runs one stage on its own, its output live inside a group. */
  async run<C, T>(name: string, ctx: C, stage: Stage<C, T>): Promise<T> {
    this.cancel.throwIfAborted();
    const start = this.now();
    this.out.startGroup(name);
    let outcome: StageRecord['outcome'] = 'failed';
    try {
      const running = stage(
        ctx,
        this.kept(name, (line) => this.out.info(line)),
        this.cancel,
      );
      // Once this stage has started its work (a process, say): what waited for the concurrent stages to end.
      this.startDeferred();
      const result = await running;
      outcome = 'ok';
      return result;
    } catch (error) {
      throw error instanceof StageError ? error : new StageError(name, error);
    } finally {
      const end = this.now();
      this.records.push({ name, start, end, outcome });
      this.out.info(`${name}: ${outcome === 'ok' ? 'done' : 'failed'} in ${seconds(end - start)}`);
      this.out.endGroup();
    }
  }

  /**
   * Runs stages at once. Each gets a signal that aborts when another fails (or
   * the run is cancelled); the first failure is thrown, naming its stage.
   */
  async parallel<C, T extends readonly unknown[]>(
    ctx: C,
    stages: { readonly [K in keyof T]: readonly [name: string, stage: Stage<C, T[K]>] },
  ): Promise<T> {
    this.cancel.throwIfAborted();
    const controller = new AbortController();
    const signal = AbortSignal.any([this.cancel, controller.signal]);
    let firstFailure: StageError | undefined;
    const list = stages as readonly (readonly [string, Stage<C, unknown>])[];
    this.concurrent += 1;
    const running = list.map(async ([name, stage]) => {
      const start = this.now();
      let last = start;
      const prefix = `[${name}]`;
      this.out.info(`▶ ${name}: started`);
      // Silence for a whole interval is what a heartbeat is for; a stage that prints shows it is running.
      const heartbeat = setInterval(() => {
        if (this.now() - last >= this.heartbeatMs) this.out.info(`… ${name}: still running (${seconds(this.now() - start)})`);
      }, this.heartbeatMs);
      heartbeat.unref();
      let outcome: StageRecord['outcome'] = 'failed';
      const log = this.kept(name, (line) => {
        last = this.now();
        this.out.info(`${prefix} ${line}`);
      });
      try {
        const result = await stage(ctx, log, signal);
        outcome = 'ok';
        return result;
      } catch (error) {
        if (firstFailure === undefined && !signal.aborted) {
          firstFailure = error instanceof StageError ? error : new StageError(name, error);
          controller.abort(firstFailure);
        } else {
          outcome = 'stopped';
        }
        throw error;
      } finally {
        clearInterval(heartbeat);
        const end = this.now();
        this.records.push({ name, start, end, outcome });
        const why = this.cancel.aborted ? 'the run was cancelled' : `${firstFailure?.stage ?? 'another stage'} failed`;
        this.out.info(
          `■ ${name}: ${outcome === 'ok' ? `done in ${seconds(end - start)}` : outcome === 'stopped' ? `stopped after ${seconds(end - start)}: ${why}` : `failed after ${seconds(end - start)}`}`,
        );
      }
    });
    const settled = await Promise.allSettled(running).finally(() => (this.concurrent -= 1));
    this.cancel.throwIfAborted();
    if (firstFailure) throw firstFailure;
    return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
  }

  /** The last lines a stage logged (what its tool printed last), for the failure summary. */
  tail(name: string): readonly string[] {
    return this.tails.get(name) ?? [];
  }

  /** A stage's log that also keeps its last lines. */
  private kept(name: string, log: StageLog): StageLog {
    const tail: string[] = [];
    this.tails.set(name, tail);
    return (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      log(line);
    };
  }

  /**
   * Starts work that runs on beside the next stages; settle() waits for it. It
   * is recorded as a stage named `name`, from when it started to when it ended.
   * Work handed on while stages run at once starts when they have all ended
   * (failed or not) and the next stage has started: it must slow neither the
   * one that holds up the next step nor that step's start.
   */
  background(name: string, task: BackgroundTask): void {
    const start = () => {
      const started = this.now();
      this.pending.push({
        name,
        start: started,
        done: task(this.cancel).then(
          () => this.now(),
          () => this.now(),
        ),
      });
    };
    if (this.concurrent > 0) this.deferred.push(start);
    else start();
  }

  private startDeferred(): void {
    if (this.concurrent === 0 && !this.cancel.aborted) for (const start of this.deferred.splice(0)) start();
  }

  /** Waits for the background work; each shows as a stage (in the summary's chart), over the time it ran. */
  async settle(): Promise<void> {
    this.startDeferred();
    for (const { name, start, done } of this.pending.splice(0)) {
      this.cancel.throwIfAborted();
      this.out.startGroup(name);
      const end = await done;
      this.records.push({ name, start, end, outcome: 'ok' });
      this.out.info(`${name}: done in ${seconds(end - start)}`);
      this.out.endGroup();
    }
  }

  /** Before failing, lets background work end (a cache save cut short is wasted). */
  async settleBeforeFailing(): Promise<void> {
    this.startDeferred();
    for (const { name, done } of this.pending.splice(0)) {
      this.out.info(`Waiting for "${name}" to finish before failing.`);
      await done;
    }
  }
}
