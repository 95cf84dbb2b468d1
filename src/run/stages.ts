// Runs the procedure's stages: each logs inside its own group and reports its
// duration; stages that run together buffer their lines and print them as one
// group when they end, so the log stays readable. A failure stops the others.

/** Where log lines go: @actions/core on a runner, a recorder in tests. */
export interface Console {
  info(line: string): void;
  warning(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

export type StageLog = (line: string) => void;

export interface StageRecord {
  name: string;
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
  outcome: 'ok' | 'failed' | 'stopped';
}

export class StageError extends Error {
  constructor(
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    super(`${stage} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StageError';
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export class Stages {
  readonly records: StageRecord[] = [];

  constructor(
    private readonly out: Console,
    private readonly now: () => number = Date.now,
    /** How often a long stage running in parallel says it is still running. */
    private readonly heartbeatMs = 60_000,
  ) {}

  /** Runs one stage on its own, its output live inside a group. */
  async run<T>(name: string, body: (log: StageLog) => Promise<T>): Promise<T> {
    const start = this.now();
    this.out.startGroup(name);
    let outcome: StageRecord['outcome'] = 'failed';
    try {
      const result = await body((line) => this.out.info(line));
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
   * Runs stages at once. Each gets a signal that aborts when another fails;
   * the first failure is thrown, naming its stage.
   */
  async parallel<T extends readonly unknown[]>(stages: {
    [K in keyof T]: { name: string; body: (log: StageLog, signal: AbortSignal) => Promise<T[K]> };
  }): Promise<T> {
    const controller = new AbortController();
    let firstFailure: StageError | undefined;
    const list = stages as readonly { name: string; body: (log: StageLog, signal: AbortSignal) => Promise<unknown> }[];
    const running = list.map(async ({ name, body }) => {
      const start = this.now();
      const lines: string[] = [];
      this.out.info(`▶ ${name}: started`);
      const heartbeat = setInterval(() => this.out.info(`… ${name}: still running (${seconds(this.now() - start)})`), this.heartbeatMs);
      heartbeat.unref();
      let outcome: StageRecord['outcome'] = 'failed';
      try {
        const result = await body((line) => lines.push(line), controller.signal);
        outcome = 'ok';
        return result;
      } catch (error) {
        if (firstFailure === undefined && !controller.signal.aborted) {
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
        this.out.startGroup(
          `${name} (${outcome === 'ok' ? seconds(end - start) : outcome === 'stopped' ? `stopped after ${seconds(end - start)}: ${firstFailure?.stage ?? 'another stage'} failed` : `failed after ${seconds(end - start)}`})`,
        );
        for (const line of lines) this.out.info(line);
        this.out.endGroup();
      }
    });
    const settled = await Promise.allSettled(running);
    if (firstFailure) throw firstFailure;
    return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
  }
}
