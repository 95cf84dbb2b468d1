// How a step talks to the runner: workflow commands on stdout (::error::,
// ::group::, ::add-mask::) and the command files the runner names in the
// environment (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY).
// This is the protocol @actions/core speaks (actions/toolkit,
// packages/core/src/command.ts, file-command.ts, core.ts, summary.ts), written
// here because loading @actions/core means loading its HTTP client and undici
// too: three times Node's own start-up, before the first input is even read.
import { appendFile, appendFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomHex } from '../tools/random.js';

/** os.EOL, as @actions/core ends its lines, without loading node:os for it. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Where an annotation points, as the runner reads it. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

/** Data of a command: the characters that would end or split it are %-escaped (command.ts escapeData). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also ':' and ',' (command.ts escapeProperty). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,...::message` on its own line. Pure. */
export function commandLine(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * `name<<delimiter` value `delimiter`, with a delimiter that is in neither
 * (file-command.ts prepareKeyValueMessage): 128 random bits (the toolkit's
 * randomUUID has 122). Pure but for the random delimiter.
 */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomHex(16)}`): string {
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`unexpected input: '${name}' or its value holds the delimiter ${delimiter}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

export interface WorkflowCommands {
  getInput: (name: string) => string;
  getState: (name: string) => string;
  info: (line: string) => void;
  error: (message: string, where?: AnnotationProperties) => void;
  warning: (message: string, where?: AnnotationProperties) => void;
  startGroup: (title: string) => void;
  endGroup: () => void;
  setSecret: (value: string) => void;
  setOutput: (name: string, value: string) => void;
  saveState: (name: string, value: string) => void;
  addPath: (dir: string) => void;
  /** Appends to the job summary (nothing happens outside a runner, where GITHUB_STEP_SUMMARY is unset). */
  appendSummary: (markdown: string) => Promise<void>;
}

/** What a stdout write needs of the process: its stdout stream, created when it is first read. */
interface StdoutHost {
  readonly stdout: { write(text: string | Uint8Array): boolean };
}

/**
 * Writes the step's lines to stdout. Creating process.stdout costs a step that stops at its first input
 * error a tenth of its time (it loads Node's streams, and net for a pipe), so until something creates it,
 * lines go to fd 1 directly, at once, as process.stdout writes a pipe or a file on Linux. Once it exists
 * (a library wrote to it), every line goes through it, keeping its order with what is queued there; so
 * does a line fd 1 refuses (EAGAIN: a stream made the pipe non-blocking) or fails to take, which
 * process.stdout then handles as it always did.
 */
export function stdoutWriter(
  host: StdoutHost = process,
  writeFd: (bytes: Uint8Array) => number = (bytes) => writeSync(1, bytes),
): (text: string) => void {
  const created = Object.getOwnPropertyDescriptor(host, 'stdout');
  const make = created?.get?.bind(host);
  let viaStream = true;
  if (created?.configurable && make) {
    viaStream = false;
    Object.defineProperty(host, 'stdout', {
      ...created,
      get: () => {
        viaStream = true;
        return make() as unknown;
      },
    });
  }
  return (text) => {
    if (viaStream) return void host.stdout.write(text);
    let rest = Buffer.from(text, 'utf8');
    try {
      while (rest.length > 0) rest = rest.subarray(writeFd(rest));
    } catch {
      host.stdout.write(rest);
    }
  };
}

/** The step's commands, against `env` (the process's environment: addPath changes its PATH) and `out` (stdout). */
export function workflowCommands(env: NodeJS.ProcessEnv = process.env, out: (text: string) => void = stdoutWriter()): WorkflowCommands {
  const issue = (name: string, properties: Record<string, string | number | undefined>, message: string) =>
    out(`${commandLine(name, properties, message)}${EOL}`);
  /** A command file when the runner names one, else the older stdout command. */
  const toFile = (variable: string, message: string, fallback: () => void) => {
    const file = env[variable];
    if (file) appendFileSync(file, `${message}${EOL}`, 'utf8');
    else fallback();
  };
  const annotate =
    (kind: 'error' | 'warning') =>
    (message: string, where: AnnotationProperties = {}) =>
      issue(kind, { ...where }, message);
  return {
    // An input as core.getInput reads it: INPUT_<NAME> (spaces to underscores, upper-cased), trimmed.
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    getState: (name) => env[`STATE_${name}`] ?? '',
    info: (line) => out(`${line}${EOL}`),
    error: annotate('error'),
    warning: annotate('warning'),
    startGroup: (title) => issue('group', {}, title),
    endGroup: () => issue('endgroup', {}, ''),
    setSecret: (value) => issue('add-mask', {}, value),
    setOutput: (name, value) =>
      toFile('GITHUB_OUTPUT', keyValueMessage(name, value), () => {
        out(EOL);
        issue('set-output', { name }, value);
      }),
    saveState: (name, value) => toFile('GITHUB_STATE', keyValueMessage(name, value), () => issue('save-state', { name }, value)),
    addPath: (dir) => {
      toFile('GITHUB_PATH', dir, () => issue('add-path', {}, dir));
      env.PATH = `${dir}${path.delimiter}${env.PATH ?? ''}`;
    },
    // With node:fs's callback: node:fs/promises would load Node's streams for a failed step's last lines.
    appendSummary: (markdown) =>
      new Promise((resolve, reject) => {
        const file = env.GITHUB_STEP_SUMMARY;
        if (!file) return resolve();
        appendFile(file, markdown, 'utf8', (error) => (error ? reject(error) : resolve()));
      }),
  };
}
