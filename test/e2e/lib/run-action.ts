// Runs the bundled action as a GitHub runner does: `node dist/main/index.js` on
// Node 24 with INPUT_* variables (every input of action.yml, defaults
// filled in by the runner), fresh GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV /
// GITHUB_PATH files per step, one GITHUB_STEP_SUMMARY, then the post step
// (always, as `post-if: always()` is the default) with the saved state as
// STATE_* variables and what the main step exported via GITHUB_ENV/GITHUB_PATH.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionDefaults, isActionInput } from '../../support/action-defaults.js';
import { parseCommandFile } from '../../support/command-file.js';
import { NODE24, REPO_ROOT } from './proc.js';

/** The bundle under test; E2E_DIST_DIR points at another copy (e.g. a mutated one, to check that tests fail). */
export const DIST_DIR = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : path.join(REPO_ROOT, 'dist');
export const DIST_MAIN = path.join(DIST_DIR, 'main', 'index.js');
export const DIST_POST = path.join(DIST_DIR, 'post', 'index.js');

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  /** ::error:: messages (unescaped), in order. */
  errors: string[];
  warnings: string[];
  durationMs: number;
}

export interface ActionRun {
  main: StepResult;
  post?: StepResult;
  /** Outputs of the main step (GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** State saved by the main step (GITHUB_STATE). */
  state: Record<string, string>;
  /** Variables exported by the main step (GITHUB_ENV). */
  exported: Record<string, string>;
  /** The job summary after both steps. */
  summary: string;
  /** Masked values (::add-mask::). */
  masks: string[];
}

export interface RunnerDirs {
  /** GITHUB_WORKSPACE */
  workspace: string;
  /** RUNNER_TEMP */
  temp: string;
  /** RUNNER_TOOL_CACHE */
  toolCache: string;
  /** HOME of the step (docker/oras configs land here, not in root's home). */
  home: string;
  /** TMPDIR of the step (os.tmpdir()), so leftovers there are seen. */
  tmpdir: string;
  /** Where this helper keeps the step files (outputs, state, summary). */
  files: string;
}

export interface RunOptions {
  dirs: RunnerDirs;
  /** Extra environment (engine, results service, ...). */
  env?: Record<string, string>;
  /** Run the post step when dist/post/index.js exists (default true). */
  post?: boolean;
  /** Called between the main and the post step. */
  betweenSteps?: (outputs: Record<string, string>) => Promise<void> | void;
  /** Bound for each step (default 8 minutes). */
  timeoutMs?: number;
  /** Echo the step's output to this process's stdout (default: E2E_VERBOSE set). */
  echo?: boolean;
}

/** INPUT_ name as the runner makes it: spaces to underscores, upper-cased; hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Every input of action.yml with its default, then the given values. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(actionDefaults())) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(inputs)) {
    if (!isActionInput(name)) throw new Error(`runAction: '${name}' is not an input of action.yml`);
    env[inputEnvName(name)] = value;
  }
  return env;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function workflowCommands(stdout: string): { errors: string[]; warnings: string[]; masks: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const [, cmd, data = ''] = m;
    if (cmd === 'error') errors.push(unescapeData(data));
    else if (cmd === 'warning') warnings.push(unescapeData(data));
    else if (cmd === 'add-mask') masks.push(unescapeData(data));
  }
  return { errors, warnings, masks };
}

function runStep(script: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number, echo: boolean): Promise<StepResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      if (echo) process.stdout.write(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      err.push(c);
      if (echo) process.stderr.write(c);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({
        code: code ?? (signal === 'SIGKILL' ? 137 : 1),
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        ...workflowCommands(stdout),
        durationMs: Date.now() - started,
      });
    });
  });
}

export interface RunContext {
  runBackendId: string;
  jobBackendId: string;
  runId: string;
}

/** The runner's environment for a step, less the per-step command files. */
export function runnerEnv(dirs: RunnerDirs, ctx: RunContext, extra: Record<string, string>): Record<string, string> {
  const nodeDir = path.dirname(NODE24);
  return {
    PATH: [nodeDir, '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    HOME: dirs.home,
    TMPDIR: dirs.tmpdir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_REPOSITORY: 'e2e-owner/e2e-repo',
    GITHUB_REPOSITORY_OWNER: 'e2e-owner',
    GITHUB_RUN_ID: ctx.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build-iso',
    GITHUB_ACTION: 'build',
    GITHUB_ACTION_PATH: REPO_ROOT,
    GITHUB_ACTION_REPOSITORY: 'e2e-owner/trident-iso-action',
    GITHUB_ACTION_REF: 'main',
    GITHUB_WORKFLOW: 'e2e',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'e2e-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    ACTIONS_RUNNER_DEBUG: '',
    ...extra,
  };
}

/** Runs the action's main step (and its post step). */
export async function runAction(inputs: Record<string, string>, ctx: RunContext, options: RunOptions): Promise<ActionRun> {
  if (!existsSync(DIST_MAIN)) throw new Error(`${DIST_MAIN} does not exist: run \`npm run bundle\` first`);
  const { dirs } = options;
  const timeoutMs = options.timeoutMs ?? 8 * 60_000;
  const echo = options.echo ?? Boolean(process.env.E2E_VERBOSE);
  const summaryFile = path.join(dirs.files, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const stepFiles = (step: string) => {
    const files = {
      GITHUB_OUTPUT: path.join(dirs.files, `${step}-output`),
      GITHUB_STATE: path.join(dirs.files, `${step}-state`),
      GITHUB_ENV: path.join(dirs.files, `${step}-env`),
      GITHUB_PATH: path.join(dirs.files, `${step}-path`),
      GITHUB_STEP_SUMMARY: summaryFile,
    };
    for (const f of [files.GITHUB_OUTPUT, files.GITHUB_STATE, files.GITHUB_ENV, files.GITHUB_PATH]) writeFileSync(f, '');
    return files;
  };
  const base = { ...runnerEnv(dirs, ctx, options.env ?? {}), ...inputEnv(inputs) };

  const mainFiles = stepFiles(`main-${randomUUID().slice(0, 8)}`);
  const main = await runStep(DIST_MAIN, { ...base, ...mainFiles }, dirs.workspace, timeoutMs, echo);
  const outputs = parseCommandFile(readFileSync(mainFiles.GITHUB_OUTPUT, 'utf8'));
  const state = parseCommandFile(readFileSync(mainFiles.GITHUB_STATE, 'utf8'));
  const exported = parseCommandFile(readFileSync(mainFiles.GITHUB_ENV, 'utf8'));
  const addedPath = readFileSync(mainFiles.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);

  await options.betweenSteps?.(outputs);

  let post: StepResult | undefined;
  if ((options.post ?? true) && existsSync(DIST_POST)) {
    const postFiles = stepFiles(`post-${randomUUID().slice(0, 8)}`);
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const env: Record<string, string> = { ...base, ...exported, ...stateEnv, ...postFiles };
    if (addedPath.length) env.PATH = [...addedPath.reverse(), env.PATH].join(':');
    post = await runStep(DIST_POST, env, dirs.workspace, timeoutMs, echo);
  }
  const summary = readFileSync(summaryFile, 'utf8');
  const masks = [...workflowCommands(main.stdout).masks, ...(post ? workflowCommands(post.stdout).masks : [])];
  return { main, post, outputs, state, exported, summary, masks };
}

/** The whole log of a run, for failure messages. */
export function describeRun(run: ActionRun): string {
  const tail = (s: string, n = 120) => s.split('\n').slice(-n).join('\n');
  return [
    `main exit ${run.main.code} (${run.main.durationMs} ms)`,
    '--- main stdout (tail) ---',
    tail(run.main.stdout),
    '--- main stderr (tail) ---',
    tail(run.main.stderr, 40),
    ...(run.post
      ? [`post exit ${run.post.code}`, '--- post stdout (tail) ---', tail(run.post.stdout, 40), '--- post stderr ---', tail(run.post.stderr, 20)]
      : []),
    `outputs: ${JSON.stringify(run.outputs, null, 1)}`,
  ].join('\n');
}
