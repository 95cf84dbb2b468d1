// Runs the bundled action as a GitHub runner does: INPUT_* variables, the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, RUNNER_TEMP and
// RUNNER_TOOL_CACHE, on Node 24 (the version action.yml declares); then the
// post step with the saved state as STATE_* variables.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
/** Node 24 from the `node` npm package (devDependency). */
export const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');

interface ActionInput {
  default?: string;
}
const actionYml = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, ActionInput> };

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

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<DELIMITER` blocks). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
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

/**
 * Runs dist/index.js then dist/post.js. Inputs not given take action.yml's
 * defaults, as on a runner. `env` is the whole environment besides the
 * runner's variables (nothing leaks in from the test process).
 */
export async function runAction(
  dirs: RunnerDirs,
  inputs: Record<string, string>,
  env: Record<string, string>,
  options: { post?: boolean } = {},
): Promise<StepResult> {
  const files = { output: path.join(dirs.root, 'output.txt'), summary: path.join(dirs.root, 'summary.md'), state: path.join(dirs.root, 'state.txt') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) inputEnv[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in actionYml.inputs)) throw new Error(`runAction: action.yml has no input '${name}'`);
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
  const main = await spawnNode(path.join(REPO, 'dist', 'index.js'), { ...runnerEnv, ...inputEnv }, dirs.workspace);
  const state = parseCommandFile(readFileSync(files.state, 'utf8'));
  let stdout = main.stdout;
  let stderr = main.stderr;
  if (options.post !== false) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const post = await spawnNode(path.join(REPO, 'dist', 'post.js'), { ...runnerEnv, ...inputEnv, ...stateEnv }, dirs.workspace);
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
