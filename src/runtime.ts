// The port through which main() reaches everything outside it. entry/runner.ts
// makes one for a runner (workflow commands), entry/cli.ts one for a terminal,
// and the tests' runner emulator (test/support/runner.ts) one that records
// what a runner would show.
import type { InputName, OutputName } from './context/input-types.js';

/** Where log lines go. */
export interface Console {
  info(line: string): void;
  warning(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** An error or a warning shown on the run, on a file's line when it concerns one. */
export interface Annotation {
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Runtime {
  /** An input as the runner passes it: the workflow's value, else action.yml's default, else ''. */
  getInput(name: InputName): string;
  /**
   * The step's environment (RUNNER_*, GITHUB_*, ACTIONS_*). main only reads it;
   * child processes get what childEnvironment (tools/exec.ts) makes of it.
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative input paths resolve from here. */
  readonly workspace: string;
  /** Scratch space for this run (RUNNER_TEMP on a runner). */
  readonly tempDir: string;
  /** Aborted when the run is to stop (SIGINT/SIGTERM/SIGHUP on a runner); its reason is a Cancelled. */
  readonly signal: AbortSignal;
  readonly console: Console;
  setOutput(name: OutputName, value: string): void;
  /** Remembers a value for the post step (only run/leftovers.ts calls it). */
  saveState(name: string, value: string): void;
  /** Puts a tool's folder on PATH for later steps (oras, as setup actions do). */
  addPath(dir: string): void;
  /** Hides a secret in every later log line. */
  setSecret(value: string): void;
  error(annotation: Annotation): void;
  warning(annotation: Annotation): void;
  writeSummary(markdown: string): Promise<void>;
  /**
   * Where @actions/tool-cache and @actions/cache put temporary files: they read
   * RUNNER_TEMP from the process environment, so this is how a run points
   * them into its own work folder (which the post step removes).
   */
  setToolkitTemp(dir: string): void;
}
