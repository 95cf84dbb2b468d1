// The runner emulator: runs the action as a GitHub runner does, and records
// what the runner would show. One emulator for every test, in two modes with
// one result shape:
//
// - 'in-process' (the default): main() in this process, through the Runtime
//   port, with a Runtime that keeps the outputs, the state, the annotations,
//   the summary and the log as the runner would see them (the log with the
//   workflow commands @actions/core would print), then the post step's
//   cleanup. Cancelling aborts the run's AbortSignal, as the runner entry does
//   on SIGTERM. Fast, and it tests src/ as it is, without a bundle.
// - 'dist': the bundle, `node dist/main/index.js` then `node dist/post/index.js` on
//   Node 24, with INPUT_* variables, per-step GITHUB_OUTPUT / GITHUB_STATE /
//   GITHUB_ENV / GITHUB_PATH files, one GITHUB_STEP_SUMMARY, and the post step
//   given the saved state as STATE_* variables and what the main step added
//   to the environment and PATH. Cancelling sends the process a signal.
//
// In both modes inputs not given take action.yml's defaults, and the step's
// environment is the runner's variables plus `env` (nothing leaks in from the
// test process). Every run is checked for messages that say a thing twice, and
// for a log line holding the legacy workflow command form `##[` (issue 11, class 3).
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import type { InputName, OutputName } from '../../src/context/input-types.js';
import type { Annotation, Runtime } from '../../src/runtime.js';
import { actionDefaults, isActionInput } from './action-defaults.js';
import { parseCommandFile } from './command-file.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
/** Node 24 from the `node` npm package (devDependency): action.yml's runs.using. */
export const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');
/** The bundle the 'dist' mode runs; E2E_DIST_DIR names another copy (e.g. a mutated one, to see a test fail). */
export const DIST_DIR = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : path.join(REPO, 'dist');

export type Mode = 'in-process' | 'dist';

/** The folders of one runner. */
export interface RunnerDirs {
  /** Holds the others (unless given elsewhere) and the stand-ins' call log. */
  root: string;
  /** GITHUB_WORKSPACE */
  workspace: string;
  /** RUNNER_TEMP */
  temp: string;
  /** RUNNER_TOOL_CACHE */
  toolCache: string;
  /** HOME of the step (docker and oras configs land here). */
  home: string;
  /** TMPDIR of the step. */
  tmpdir: string;
  /** The command files of the 'dist' mode. */
  files: string;
}

/**
 * Runner folders under root. The tool cache defaults to the test process's
 * RUNNER_TOOL_CACHE: @actions/tool-cache reads that variable from the process
 * environment, so every in-process run of a test process shares it.
 */
export function runnerDirs(root: string, o: { toolCache?: string } = {}): RunnerDirs {
  const dirs: RunnerDirs = {
    root,
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'temp'),
    toolCache: o.toolCache ?? process.env.RUNNER_TOOL_CACHE ?? path.join(root, 'toolcache'),
    home: path.join(root, 'home'),
    tmpdir: path.join(root, 'tmp'),
    files: path.join(root, 'step-files'),
  };
  for (const dir of Object.values(dirs) as string[]) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** The variables a runner gives every step; `env` overrides and adds. */
export function runnerEnv(dirs: RunnerDirs, env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: [path.dirname(NODE24), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    HOME: dirs.home,
    TMPDIR: dirs.tmpdir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_REPOSITORY: 'octo/trident-iso-test',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build-iso',
    GITHUB_ACTION: 'build',
    GITHUB_ACTION_PATH: REPO,
    GITHUB_WORKFLOW: 'test',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'test-runner',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    ...env,
  };
}

/** INPUT_ name as the runner makes it: spaces to underscores, upper-cased; hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The job's token, as the runner evaluates `${{ github.token }}` in a default (a fixed test value here). */
export const JOB_TOKEN = 'ghs_runnerEmulatorJobToken0000000000000';

/** INPUT_* for every input of action.yml: the given value, else its default (`${{ github.token }}` evaluated, as the runner does). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(actionDefaults())) env[inputEnvName(name)] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, JOB_TOKEN);
  for (const [name, value] of Object.entries(inputs)) {
    if (!isActionInput(name)) throw new Error(`runAction: '${name}' is not an input of action.yml`);
    env[inputEnvName(name)] = value;
  }
  return env;
}

/** An annotation as the runner shows it (the properties of ::error / ::warning). */
export interface StepAnnotation {
  message: string;
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

export interface StepResult {
  /** 128 + n when signal n ended the process; 130 for a cancelled in-process run, as the runner entry exits. */
  exitCode: number;
  /** What the step printed, workflow commands included (::error, ::warning, ::group, ::add-mask). */
  stdout: string;
  stderr: string;
  errors: StepAnnotation[];
  warnings: StepAnnotation[];
  /** Values the step masked (::add-mask::). */
  masks: string[];
  /** Wall time, for the benchmark and for failure messages; no test asserts it. */
  durationMs: number;
}

export interface ActionRun {
  main: StepResult;
  post?: StepResult;
  /** The main step's outputs (GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** The state the main step saved (GITHUB_STATE). */
  state: Record<string, string>;
  /** Variables the main step exported (GITHUB_ENV). */
  exported: Record<string, string>;
  /** Folders the main step added to PATH (GITHUB_PATH), in order. */
  paths: string[];
  /** The job summary after both steps. */
  summary: string;
}

export interface ActionRequest {
  /** Inputs over action.yml's defaults; a name action.yml does not declare is an error. */
  inputs: Record<string, string>;
  /** The step's environment over the runner's variables (stand-in knobs, a results service, ...). */
  env?: Record<string, string>;
  /** Default 'in-process'. */
  mode?: Mode;
  /** Run the post step (default true). It must succeed: a failing post step throws. */
  post?: boolean;
  /** Called between the main and the post step. */
  betweenSteps?: (outputs: Record<string, string>, state: Record<string, string>) => Promise<void> | void;
  /** The post step's environment over the main step's (e.g. a PATH without the engine). */
  postEnv?: Record<string, string>;
  /** 'dist' mode: bound of each step (default 8 minutes), then SIGKILL. */
  timeoutMs?: number;
  /** 'dist' mode: the Node binary that runs the steps (default NODE24; the e2e suite's arm64 runner gives Node's arm64 build). */
  node?: string;
  /** 'dist' mode: echo the step's output (default: E2E_VERBOSE set). */
  echo?: boolean;
}

/** A main step started and not awaited, for tests that cancel it while it runs. */
export interface StartedAction {
  /** As a cancelled job: the signal to the process ('dist'), the run's AbortSignal aborted ('in-process'). */
  cancel(signal?: 'SIGTERM' | 'SIGINT'): void;
  /** The state saved so far. */
  state(): Record<string, string>;
  /** The run, once the main step (and the post step, unless post: false) has ended. */
  done: Promise<ActionRun>;
  /** 'dist' mode: the process. */
  child?: ChildProcess;
}

// ------------------------------------------------------------------ workflow commands

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function unescape(s: string): string {
  return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

/** `::name k=v,k=v::message`, as @actions/core prints it. */
function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The annotations and masks in a step's stdout. */
export function workflowCommands(stdout: string): { errors: StepAnnotation[]; warnings: StepAnnotation[]; masks: string[] } {
  const errors: StepAnnotation[] = [];
  const warnings: StepAnnotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, name, rawProps = '', data = ''] = m;
    if (name === 'add-mask') masks.push(unescape(data));
    if (name !== 'error' && name !== 'warning') continue;
    const props: Record<string, string> = {};
    for (const pair of rawProps.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    const annotation: StepAnnotation = {
      message: unescape(data),
      ...(props.title !== undefined ? { title: props.title } : {}),
      ...(props.file !== undefined ? { file: props.file } : {}),
      ...(props.line !== undefined ? { line: Number(props.line) } : {}),
      ...(props.col !== undefined ? { col: Number(props.col) } : {}),
    };
    (name === 'error' ? errors : warnings).push(annotation);
  }
  return { errors, warnings, masks };
}

// ------------------------------------------------------------------ in process

/** A Runtime that records what a runner would show; main() runs with it. */
export class RecordingRuntime implements Runtime {
  readonly lines: string[] = [];
  readonly errors: StepAnnotation[] = [];
  readonly warnings: StepAnnotation[] = [];
  readonly masks: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  readonly paths: string[] = [];
  /** Where the run pointed the toolkit's temporary files (setToolkitTemp). */
  toolkitTemp: string | undefined;
  summary = '';
  readonly env: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  readonly workspace: string;
  readonly tempDir: string;
  readonly console: Runtime['console'];

  // Fields set by hand, not as parameter properties: the benchmark runs this file with Node's type stripping.
  constructor(env: Readonly<Record<string, string>>, signal: AbortSignal) {
    this.env = env;
    this.signal = signal;
    this.workspace = env.GITHUB_WORKSPACE ?? '';
    this.tempDir = env.RUNNER_TEMP ?? '';
    const say = (line: string) => void this.lines.push(line);
    this.console = {
      info: say,
      warning: (line) => this.annotate('warning', { message: line }),
      startGroup: (title) => say(`::group::${escapeData(title)}`),
      endGroup: () => say('::endgroup::'),
    };
  }

  /** As core.getInput: the INPUT_ variable, trimmed. */
  getInput(name: InputName): string {
    return (this.env[inputEnvName(name)] ?? '').trim();
  }

  private annotate(kind: 'error' | 'warning', a: Annotation): void {
    const shown: StepAnnotation = {
      message: a.message,
      ...(a.title ? { title: a.title } : {}),
      ...(a.file ? { file: a.file } : {}),
      ...(a.line ? { line: a.line } : {}),
      ...(a.column ? { col: a.column } : {}),
    };
    (kind === 'error' ? this.errors : this.warnings).push(shown);
    this.lines.push(command(kind, { title: shown.title, file: shown.file, line: shown.line, col: shown.col }, a.message));
  }

  setOutput(name: OutputName, value: string): void {
    this.outputs[name] = value;
  }
  saveState(name: string, value: string): void {
    this.state[name] = value;
  }
  addPath(dir: string): void {
    this.paths.push(dir);
  }
  setSecret(value: string): void {
    this.masks.push(value);
    this.lines.push(`::add-mask::${escapeData(value)}`);
  }
  error(a: Annotation): void {
    this.annotate('error', a);
  }
  warning(a: Annotation): void {
    this.annotate('warning', a);
  }
  writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
    return Promise.resolve();
  }
  setToolkitTemp(dir: string): void {
    this.toolkitTemp = dir;
  }

  result(exitCode: number, durationMs: number): StepResult {
    return {
      exitCode,
      stdout: this.lines.map((l) => `${l}\n`).join(''),
      stderr: '',
      errors: [...this.errors],
      warnings: [...this.warnings],
      masks: [...this.masks],
      durationMs,
    };
  }
}

/** A recording Runtime over a step environment (runnerEnv + inputEnv), for tests of one stage or module. */
export function recordingRuntime(env: Record<string, string>, signal: AbortSignal = new AbortController().signal): RecordingRuntime {
  return new RecordingRuntime(env, signal);
}

/** What the in-process mode runs: loaded only when used, so the 'dist' mode (the e2e suite, the benchmark) never loads src/. */
async function entryPoints() {
  const [{ runMain }, { Cancelled }, { postCleanUp }, { processes }] = await Promise.all([
    import('../../src/entry/runner.js'),
    import('../../src/run/cancel.js'),
    import('../../src/run/cleanup.js'),
    import('../../src/tools/exec.js'),
  ]);
  return { runMain, Cancelled, postCleanUp, processes };
}

function startInProcess(dirs: RunnerDirs, request: ActionRequest): StartedAction {
  if (process.env.RUNNER_TOOL_CACHE !== dirs.toolCache) {
    throw new Error(
      `in-process runs need RUNNER_TOOL_CACHE=${dirs.toolCache} in the test process (@actions/tool-cache reads it there); it is ${process.env.RUNNER_TOOL_CACHE ?? 'unset'}`,
    );
  }
  const env = { ...runnerEnv(dirs, request.env), ...inputEnv(request.inputs) };
  const controller = new AbortController();
  const rt = new RecordingRuntime(env, controller.signal);
  const loaded = entryPoints();
  const done = (async (): Promise<ActionRun> => {
    const { runMain, postCleanUp, processes } = await loaded;
    const started = performance.now();
    const exitCode = await runMain(rt);
    const main = rt.result(exitCode, performance.now() - started);
    await request.betweenSteps?.({ ...rt.outputs }, { ...rt.state });
    let post: StepResult | undefined;
    if (request.post ?? true) {
      const postEnv = { ...env, ...request.postEnv };
      const out = new RecordingRuntime(postEnv, new AbortController().signal);
      const t = performance.now();
      await postCleanUp(
        (name) => rt.state[name] ?? '',
        () => processes(postEnv),
        out.console,
      );
      post = out.result(0, performance.now() - t);
    }
    return {
      main,
      ...(post ? { post } : {}),
      outputs: { ...rt.outputs },
      state: { ...rt.state },
      exported: {},
      paths: [...rt.paths],
      summary: rt.summary,
    };
  })();
  // As the runner entry does on SIGINT/SIGTERM: the first abort wins, later ones change nothing.
  const cancel = (signal: 'SIGTERM' | 'SIGINT' = 'SIGTERM') => void loaded.then(({ Cancelled }) => controller.abort(new Cancelled(signal)));
  return { cancel, state: () => ({ ...rt.state }), done };
}

// ------------------------------------------------------------------ the bundle

function runNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  o: { timeoutMs: number; echo: boolean; node: string },
): { child: ChildProcess; done: Promise<StepResult> } {
  const started = performance.now();
  const child = spawn(o.node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => {
    out.push(c);
    if (o.echo) process.stdout.write(c);
  });
  child.stderr?.on('data', (c: Buffer) => {
    err.push(c);
    if (o.echo) process.stderr.write(c);
  });
  const done = new Promise<StepResult>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({
        exitCode: code ?? (signal ? 128 + osConstants.signals[signal] : 1),
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        ...workflowCommands(stdout),
        durationMs: performance.now() - started,
      });
    });
  });
  return { child, done };
}

/** The workflow command files of one step (GITHUB_OUTPUT, _STATE, _ENV, _PATH made empty; the job summary shared by the job's steps). */
function stepFiles(dirs: RunnerDirs, step: 'main' | 'post', summaryFile: string) {
  const name = `${step}-${randomUUID().slice(0, 8)}`;
  const files = {
    GITHUB_OUTPUT: path.join(dirs.files, `${name}-output`),
    GITHUB_STATE: path.join(dirs.files, `${name}-state`),
    GITHUB_ENV: path.join(dirs.files, `${name}-env`),
    GITHUB_PATH: path.join(dirs.files, `${name}-path`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return { ...files, GITHUB_STEP_SUMMARY: summaryFile };
}

/** The bundle's main step as the runner starts it (its script, environment and command files), for a caller that spawns it itself. */
export function distMainStep(dirs: RunnerDirs, request: Pick<ActionRequest, 'inputs' | 'env'>) {
  const script = path.join(DIST_DIR, 'main', 'index.js');
  if (!existsSync(script)) throw new Error(`${script} does not exist: run \`npm run bundle\` first`);
  const summaryFile = path.join(dirs.files, `summary-${randomUUID().slice(0, 8)}.md`);
  writeFileSync(summaryFile, '');
  const base = { ...runnerEnv(dirs, request.env), ...inputEnv(request.inputs) };
  const files = stepFiles(dirs, 'main', summaryFile);
  return { script, base, files, env: { ...base, ...files }, cwd: dirs.workspace };
}

function startDist(dirs: RunnerDirs, request: ActionRequest): StartedAction {
  const o = { timeoutMs: request.timeoutMs ?? 8 * 60_000, echo: request.echo ?? Boolean(process.env.E2E_VERBOSE), node: request.node ?? NODE24 };
  const { script: main, base, files: mainFiles, env: mainEnv, cwd } = distMainStep(dirs, request);
  const summaryFile = mainFiles.GITHUB_STEP_SUMMARY;
  const readState = () => parseCommandFile(readFileSync(mainFiles.GITHUB_STATE, 'utf8'));
  const step = runNode(main, mainEnv, cwd, o);
  const done = (async (): Promise<ActionRun> => {
    const mainResult = await step.done;
    const outputs = parseCommandFile(readFileSync(mainFiles.GITHUB_OUTPUT, 'utf8'));
    const state = readState();
    const exported = parseCommandFile(readFileSync(mainFiles.GITHUB_ENV, 'utf8'));
    const paths = readFileSync(mainFiles.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
    await request.betweenSteps?.(outputs, state);
    let post: StepResult | undefined;
    if (request.post ?? true) {
      const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
      const env: Record<string, string> = { ...base, ...exported, ...request.postEnv, ...stateEnv, ...stepFiles(dirs, 'post', summaryFile) };
      if (paths.length > 0) env.PATH = [...[...paths].reverse(), env.PATH].join(':');
      post = await runNode(path.join(DIST_DIR, 'post', 'index.js'), env, dirs.workspace, o).done;
    }
    return { main: mainResult, ...(post ? { post } : {}), outputs, state, exported, paths, summary: readFileSync(summaryFile, 'utf8') };
  })();
  return { cancel: (signal = 'SIGTERM') => void step.child.kill(signal), state: readState, done, child: step.child };
}

// ------------------------------------------------------------------ both

/** The default mode of the behaviour suites: RUNNER_EMULATOR_MODE=dist runs them against the bundle. */
export function defaultMode(): Mode {
  return process.env.RUNNER_EMULATOR_MODE === 'dist' ? 'dist' : 'in-process';
}

/** Messages that say a thing twice: "Input 'x': Input 'x':", "<Stage> failed: <Stage> failed". */
export function repeated(run: ActionRun): string[] {
  const all = [...run.main.errors, ...run.main.warnings, ...(run.post ? [...run.post.errors, ...run.post.warnings] : [])];
  const messages = all.map((a) => a.message).filter((m) => /(Input '[^']+')[^]*\1/.test(m) || /(^|\n)([A-Z][\w ]*?) failed: \2 failed/.test(m));
  // The job summary quotes the error once, under a heading that names the stage once.
  const summary = /(^|\n|\*\*)([A-Z][\w ]*?)(\*\*)? failed:?\s*(```\w*\n)?\2 failed/.test(run.summary) ? [run.summary] : [];
  return [...messages, ...summary];
}

/** Starts the main step; `done` settles when it (and the post step) ended. */
export function startAction(dirs: RunnerDirs, request: ActionRequest): StartedAction {
  const started = (request.mode ?? defaultMode()) === 'dist' ? startDist(dirs, request) : startInProcess(dirs, request);
  const done = started.done.then((run) => {
    const twice = repeated(run);
    if (twice.length > 0) throw new Error(`a message says a thing twice:\n${twice.join('\n---\n')}\n\n${describeRun(run)}`);
    if (run.post && run.post.exitCode !== 0) throw new Error(`the post step failed (${run.post.exitCode}):\n${describeRun(run)}`);
    // The runner reads the legacy form `##[name]data` anywhere in a line (actions/runner src/Runner.Common/ActionCommand.cs TryParse).
    const legacy = [run.main, ...(run.post ? [run.post] : [])].flatMap((step) => step.stdout.split('\n')).filter((line) => line.includes('##['));
    if (legacy.length > 0) throw new Error(`a log line holds a legacy workflow command (##[):\n${legacy.join('\n')}\n\n${describeRun(run)}`);
    return run;
  });
  return { ...started, done };
}

/** Runs the main step, then the post step (unless post: false). */
export function runAction(dirs: RunnerDirs, request: ActionRequest): Promise<ActionRun> {
  return startAction(dirs, request).done;
}

/** The whole log of a run, for failure messages. */
export function describeRun(run: ActionRun): string {
  const tail = (s: string, n = 120) => s.split('\n').slice(-n).join('\n');
  return [
    `main exit ${run.main.exitCode} (${Math.round(run.main.durationMs)} ms)`,
    '--- main stdout (tail) ---',
    tail(run.main.stdout),
    '--- main stderr (tail) ---',
    tail(run.main.stderr, 40),
    ...(run.post
      ? [`post exit ${run.post.exitCode}`, '--- post stdout (tail) ---', tail(run.post.stdout, 40), '--- post stderr ---', tail(run.post.stderr, 20)]
      : []),
    `outputs: ${JSON.stringify(run.outputs, null, 1)}`,
  ].join('\n');
}

/** The messages of a step's ::error annotations, one after another. */
export function errorText(step: StepResult): string {
  return step.errors.map((e) => e.message).join('\n');
}
