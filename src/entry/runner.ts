// Builds the Runtime from @actions/core and runs main; the only place that
// decides the step's outcome. index.ts calls run(); @github/local-action
// calls it too (npx @github/local-action run . src/entry/runner.ts .env).
import * as core from '@actions/core';
import { main } from '../main.js';
import { reportFailure } from '../run/failure.js';
import type { Runtime } from '../runtime.js';
import { onCancel } from '../run/cancel.js';

function annotationProperties(a: { title?: string; file?: string; line?: number; column?: number }): core.AnnotationProperties {
  return {
    ...(a.title ? { title: a.title } : {}),
    ...(a.file ? { file: a.file } : {}),
    ...(a.line ? { startLine: a.line } : {}),
    ...(a.column ? { startColumn: a.column } : {}),
  };
}

export function runnerRuntime(): Runtime {
  return {
    console: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
    getInput: (name) => core.getInput(name),
    env: process.env,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
    setOutput: (name, value) => core.setOutput(name, value),
    addPath: core.addPath,
    setSecret: core.setSecret,
    saveState: core.saveState,
    error: (a) => core.error(a.message, annotationProperties(a)),
    warning: (a) => core.warning(a.message, annotationProperties(a)),
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
  };
}

export async function run(): Promise<void> {
  const runtime = runnerRuntime();
  onCancel(runtime);
  try {
    await main(runtime);
  } catch (error) {
    reportFailure(error, runtime);
    process.exitCode = 1;
  }
}
