// Runs the bundled action as a GitHub runner does: INPUT_* variables, the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, RUNNER_TEMP and
// RUNNER_TOOL_CACHE, on Node 24 (the version action.yml declares); then the
// post step with the saved state as STATE_* variables.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionDefaults, isActionInput } from './action-defaults.js';
import { parseCommandFile } from './command-file.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
/** Node 24 from the `node` npm package (devDependency). */
export const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');
/** The bundled main and post steps (action.yml runs.main / runs.post). */
export const DIST_MAIN = path.join(REPO, 'dist', 'main', 'index.js');
export const DIST_POST = path.join(REPO, 'dist', 'post', 'index.js');

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

export interface RunnerDirs {
  /** Holds workspace/, temp/, toolcache/ and the command files. */
  root: string;
  workspace: string;
  temp: string;
  toolCache: string;
}

export function runnerDirs(root: string, toolCache = path.join(root, 'toolcache')): RunnerDirs {
  const dirs = { root, workspace: path.join(root, 'workspace'), temp: path.join(root, 'temp'), toolCache };
  for (const dir of [dirs.workspace, dirs.temp, dirs.toolCache]) mkdirSync(dir, { recursive: true });
  return dirs;
}

function spawnNode(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

/** The command files of one step and the environment dist/*.js sees, as a runner builds them. */
export interface StepEnv {
  files: { output: string; summary: string; state: string };
  /** The runner's variables plus `env` (no inputs). */
  runnerEnv: Record<string, string>;
  /** INPUT_* for every input of action.yml: the given value or its default. */
  inputEnv: Record<string, string>;
}

/** Writes empty command files and builds the environment of a step. */
export function stepEnv(dirs: RunnerDirs, inputs: Record<string, string>, env: Record<string, string>): StepEnv {
  const files = { output: path.join(dirs.root, 'output.txt'), summary: path.join(dirs.root, 'summary.md'), state: path.join(dirs.root, 'state.txt') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(actionDefaults())) inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(inputs)) {
    if (!isActionInput(name)) throw new Error(`runAction: action.yml has no input '${name}'`);
    inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  }
  const runnerEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    GITHUB_REPOSITORY: 'octo/trident-iso-test',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    ...env,
  };
  return { files, runnerEnv, inputEnv };
}

/** The post step (dist/post/index.js) with a main step's saved state as STATE_* variables. */
export function runPost(step: StepEnv, state: Record<string, string>, cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
  return spawnNode(DIST_POST, { ...step.runnerEnv, ...step.inputEnv, ...stateEnv }, cwd);
}

/** A main step started but not awaited: for tests that signal it while it runs (a cancelled job). */
export interface StartedStep {
  child: ChildProcess;
  step: StepEnv;
  /** Resolves when dist/main/index.js has exited (with 128 + n when a signal n killed it). */
  done: Promise<{ exitCode: number; stdout: string; stderr: string }>;
  /** The state saved so far (GITHUB_STATE). */
  state(): Record<string, string>;
}

/** Starts dist/main/index.js as runAction does, without waiting for it. */
export function startAction(dirs: RunnerDirs, inputs: Record<string, string>, env: Record<string, string>): StartedStep {
  const step = stepEnv(dirs, inputs, env);
  const child = spawn(NODE24, [DIST_MAIN], {
    env: { ...step.runnerEnv, ...step.inputEnv },
    cwd: dirs.workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 + osConstants.signals[signal] : 1), stdout, stderr }));
  });
  return { child, step, done, state: () => parseCommandFile(readFileSync(step.files.state, 'utf8')) };
}

/**
 * Runs dist/main/index.js then dist/post/index.js. Inputs not given take action.yml's
 * defaults, as on a runner. `env` is the whole environment besides the
 * runner's variables (nothing leaks in from the test process).
 */
export async function runAction(
  dirs: RunnerDirs,
  inputs: Record<string, string>,
  env: Record<string, string>,
  options: { post?: boolean } = {},
): Promise<StepResult> {
  const step = stepEnv(dirs, inputs, env);
  const { files } = step;
  const main = await spawnNode(DIST_MAIN, { ...step.runnerEnv, ...step.inputEnv }, dirs.workspace);
  const state = parseCommandFile(readFileSync(files.state, 'utf8'));
  let stdout = main.stdout;
  let stderr = main.stderr;
  if (options.post !== false) {
    const post = await runPost(step, state, dirs.workspace);
    stdout += `\n--- post ---\n${post.stdout}`;
    stderr += post.stderr;
    if (post.exitCode !== 0) throw new Error(`the post step failed (${post.exitCode}): ${post.stdout}${post.stderr}`);
  }
  return {
    exitCode: main.exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    state,
    summary: readFileSync(files.summary, 'utf8'),
  };
}
