// How a step talks to the runner: workflow commands on stdout (::error::,
// ::group::, ::add-mask::) and the command files the runner names in the
// environment (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY).
// This is the protocol @actions/core speaks (actions/toolkit,
// packages/core/src/command.ts, file-command.ts, core.ts, summary.ts), written
// here because loading @actions/core means loading its HTTP client and undici
// too: three times Node's own start-up, before the first input is even read.
import { appendFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';

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
 * (file-command.ts prepareKeyValueMessage). Pure but for the random delimiter;
 * node:crypto is loaded only when an output or state is written.
 */
export function keyValueMessage(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`,
): string {
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

/** The step's commands, against `env` (the process's environment: addPath changes its PATH) and `out` (stdout). */
export function workflowCommands(
  env: NodeJS.ProcessEnv = process.env,
  out: (text: string) => void = (t) => void process.stdout.write(t),
): WorkflowCommands {
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
    appendSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) await appendFile(file, markdown, 'utf8');
    },
  };
}
