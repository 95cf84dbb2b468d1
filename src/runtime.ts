// Everything main() needs from the world outside it. index.ts makes one from
// @actions/core for a runner; cli.ts makes one for a developer's terminal.
import type { Console } from './run/stages.js';
import type { Outputs } from './context/input-types.js';

export interface Annotation {
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Runtime {
  console: Console;
  getInput(name: string): string;
  env: NodeJS.ProcessEnv;
  /** Relative input paths resolve from here. */
  workspace: string;
  /** Scratch space for this run (RUNNER_TEMP on a runner). */
  tempDir: string;
  setOutput(name: keyof Outputs, value: string): void;
  /** Puts a tool's folder on PATH for this and later steps (oras, as setup actions do). */
  addPath(dir: string): void;
  /** Hides a secret in every later log line. */
  setSecret(value: string): void;
  /** Remembers a value for the post step (cleanup). */
  saveState(name: string, value: string): void;
  error(annotation: Annotation): void;
  warning(annotation: Annotation): void;
  writeSummary(markdown: string): Promise<void>;
}
