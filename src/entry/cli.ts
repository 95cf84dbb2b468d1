// trident-iso: the same pipeline outside GitHub Actions. Every action input is
// a flag of the same name (--host-config, --cosi, ...), with action.yml's
// defaults, and main() runs unchanged with a terminal Runtime.
import { readFileSync, readSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Annotation, Runtime } from '../runtime.js';
import { abortOnSignals } from '../run/cancel.js';
import { cleanUp } from '../run/cleanup.js';
import { loadLeftovers } from '../run/leftovers.js';
import { removeNow } from '../run/workdir.js';
import { errorMessage } from '../context/errors.js';
import { main, patchOnly, verifyOnly } from '../main.js';
import { runMain } from './runner.js';
import { stdoutWriter } from './workflow-commands.js';
import actionInputs from '../data/action-inputs.json' with { type: 'json' };

interface ActionInput {
  description: string;
  default?: string;
}

/**
 * action.yml is the one list of inputs: scripts/bundle.js writes its inputs (descriptions, defaults) to
 * src/data/action-inputs.json, bundled here, so that no start of the CLI parses action.yml's YAML.
 */
const ACTION_INPUTS: Record<string, ActionInput> = actionInputs;

// Outside a workflow there is no artifact service (no upload) and no job token.
const CLI_DEFAULTS: Record<string, string> = { upload: 'false', 'github-token': '' };

/** Inputs that act only inside a workflow job (the artifact and cache services, another run's artifacts): no flags of the CLI. */
export const WORKFLOW_ONLY = ['upload', 'archive', 'artifact-name', 'overwrite', 'retention-days', 'cache', 'patch-iso-run-id', 'github-token'];

/** The flags of the CLI: every input but the workflow-only ones. */
function cliFlags(inputs: Record<string, ActionInput>): Record<string, ActionInput> {
  return Object.fromEntries(Object.entries(inputs).filter(([name]) => !WORKFLOW_ONLY.includes(name)));
}

/** The edit distance of two flag names (Levenshtein). Pure. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The flag meant by a misspelt one, when one is close. Pure. */
export function didYouMean(given: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(given, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(given.length / 4)) ? best.name : undefined;
}

export function usage(inputs: Record<string, ActionInput>): string {
  const lines = [
    'Usage: trident-iso --host-config FILE [--cosi FILE] [options]',
    '       trident-iso verify --iso FILE [--host-config FILE] [options]   (see trident-iso verify --help)',
    '       trident-iso patch --iso FILE --host-config FILE --output FILE [options]   (see trident-iso patch --help)',
    '',
    'Builds a Trident installer ISO with Image Customizer (docker or podman, privileged).',
    'Every input of the GitHub Action is a flag of the same name:',
    '',
  ];
  for (const [name, spec] of Object.entries(cliFlags(inputs))) {
    const value = CLI_DEFAULTS[name] ?? spec.default ?? '';
    if (name.endsWith('-password')) {
      lines.push(`  ${passwordVariable(name)}=... (environment) or --${name}-stdin (one line on standard input)`);
      lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
      lines.push(`      Use one of these two: --${name} VALUE also works but shows the password in the process list.`);
      continue;
    }
    lines.push(`  --${name}${value ? ` (default: ${value.replace(/\n/g, ' ')})` : ''}`);
    lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
  }
  lines.push(
    '',
    'Boolean inputs may be given bare: --validate-only is --validate-only true.',
    'A password is given one way only (its variable, its -stdin flag or its flag); two ways, or an empty standard input, is an error.',
    `Workflow-only inputs (${WORKFLOW_ONLY.join(', ')}) are not flags: outside a job there is no artifact or cache service; the ISO stays at --output.`,
    '  --help  show this text',
  );
  return lines.join('\n');
}

const BOOLEAN_INPUTS = ['upload', 'archive', 'validate-only', 'cache', 'patchable'];

/** Inputs that hold a secret: given as a flag they would be visible in the process list. */
export function passwordInputs(inputs: Record<string, ActionInput>): string[] {
  return Object.keys(inputs).filter((name) => name.endsWith('-password'));
}

/** The environment variable a password input is read from: TRIDENT_ISO_REGISTRY_PASSWORD for registry-password. */
export function passwordVariable(name: string): string {
  return `TRIDENT_ISO_${name.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * Fills the password inputs from where the user put them: standard input
 * (--<name>-stdin, one of them, one line), the environment variable, or the
 * flag (which works, with a warning: `ps` shows it). A password from two of
 * these places is refused (which one would win is a guess), as is an empty
 * or multi-line standard input. Returns the warnings to print.
 */
export function resolvePasswords(
  values: Record<string, string>,
  fromStdin: readonly string[],
  flagged: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  readStdin: () => string,
): string[] {
  if (fromStdin.length > 1)
    throw new Error(`only one password can come from standard input (given: ${fromStdin.map((n) => `--${n}-stdin`).join(', ')})`);
  const warnings: string[] = [];
  for (const name of Object.keys(values).filter((n) => n.endsWith('-password'))) {
    const sources = [
      ...(fromStdin.includes(name) ? [`--${name}-stdin`] : []),
      ...(env[passwordVariable(name)] ? [passwordVariable(name)] : []),
      ...(flagged.includes(name) ? [`--${name}`] : []),
    ];
    if (sources.length > 1) throw new Error(`${name} is given ${sources.length} times (${sources.join(', ')}); give it one way only`);
  }
  for (const name of fromStdin) {
    let text: string;
    try {
      text = readStdin().replace(/\r?\n$/, '');
    } catch (error) {
      throw new Error(`--${name}-stdin: ${errorMessage(error)}`);
    }
    if (text === '') throw new Error(`--${name}-stdin: standard input is empty; pipe the password in (one line)`);
    if (/[\r\n]/.test(text)) throw new Error(`--${name}-stdin: standard input holds more than one line; give the password alone, on one line`);
    values[name] = text;
  }
  for (const name of Object.keys(values).filter((n) => n.endsWith('-password') && !fromStdin.includes(n))) {
    const variable = env[passwordVariable(name)];
    if (variable) values[name] = variable;
    else if (flagged.includes(name))
      warnings.push(`--${name} on the command line is visible to every user of this machine (ps); use ${passwordVariable(name)} or --${name}-stdin.`);
  }
  return warnings;
}

/**
 * Takes the CLI's password variables out of this process's environment once
 * read, so that what libraries start on their own (tool-cache's `tar` for a
 * .tar.gz of RPMs) does not inherit them; returns the copy taken before.
 */
export function takePasswordVariables(live: Record<string, string | undefined>): Record<string, string | undefined> {
  const copy = { ...live };
  for (const name of Object.keys(live)) {
    const upper = name.toUpperCase();
    if (upper.startsWith('TRIDENT_ISO_') && upper.endsWith('PASSWORD')) delete live[name];
  }
  return copy;
}

/** What standard input may hold for a password: an input is at most 4096 characters, and UTF-8 takes up to 4 bytes each, plus its line end. */
const PASSWORD_STDIN_BYTES = 4096 * 4 + 2;

/**
 * Standard input, read up to `limit` bytes: more is refused at once (a
 * password, not a file piped by mistake, which would otherwise be read whole
 * into memory).
 */
function readStdinBounded(limit: number): string {
  const buffer = Buffer.alloc(limit + 1);
  let filled = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, filled, buffer.length - filled, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait and read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    filled += n;
    if (filled > limit) throw new Error(`standard input holds more than ${limit} bytes; give the password alone, on one line`);
  }
  return buffer.subarray(0, filled).toString('utf8');
}

/** Flags → input values (the Runtime's getInput). Throws on an unknown flag, naming the flag meant, and on a workflow-only one. */
export function parseFlags(
  argv: readonly string[],
  inputs: Record<string, ActionInput>,
): { values: Record<string, string>; help: boolean; passwordStdin: string[]; passwordFlags: string[] } {
  for (const arg of argv) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name === undefined || name === 'help') continue;
    if (name.endsWith('-password-stdin') && name.slice(0, -'-stdin'.length) in inputs) continue;
    if (WORKFLOW_ONLY.includes(name) && name in inputs) {
      throw new Error(
        `--${name} is an input for workflows only: outside a GitHub Actions job there is no artifact or cache service. The ISO stays at --output.`,
      );
    }
    if (!(name in inputs)) {
      const meant = didYouMean(name, Object.keys(cliFlags(inputs)));
      throw new Error(`Unknown option '--${name}'.${meant ? ` Did you mean --${meant}?` : ''}`);
    }
  }
  // A bare boolean flag means true: rewrite `--validate-only` to `--validate-only=true`.
  const expanded = argv.map((arg, i) => {
    const name = arg.replace(/^--/, '');
    const next = argv[i + 1];
    return BOOLEAN_INPUTS.includes(name) && arg.startsWith('--') && (next === undefined || next.startsWith('--')) ? `${arg}=true` : arg;
  });
  const options = Object.fromEntries(Object.keys(inputs).map((name) => [name, { type: 'string' as const }]));
  const stdinOptions = Object.fromEntries(passwordInputs(inputs).map((name) => [`${name}-stdin`, { type: 'boolean' as const }]));
  const { values } = parseArgs({
    args: expanded,
    options: { ...options, ...stdinOptions, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const given: Record<string, string | boolean | undefined> = values;
  const passwordStdin = passwordInputs(inputs).filter((name) => given[`${name}-stdin`] === true);
  const passwordFlags = passwordInputs(inputs).filter((name) => typeof given[name] === 'string');
  const result: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) {
    const value = given[name];
    result[name] = typeof value === 'string' ? value : (CLI_DEFAULTS[name] ?? spec.default ?? '');
  }
  return { values: result, help: given.help === true, passwordStdin, passwordFlags };
}

function where(a: Annotation): string {
  if (!a.file) return '';
  return ` ${a.file}${a.line ? `:${a.line}${a.column ? `:${a.column}` : ''}` : ''}`;
}

/** A Runtime for a terminal: lines to stdout, errors to stderr, outputs and state kept here. */
function terminalRuntime(values: Record<string, string>, signal: AbortSignal, out: (text: string) => void) {
  const outputs: Record<string, string> = {};
  const state: Record<string, string> = {};
  const say = (line: string) => out(`${line}\n`);
  const rt: Runtime = {
    getInput: (name) => values[name] ?? '',
    env: { ...process.env },
    workspace: process.cwd(),
    tempDir: process.env.TMPDIR ?? tmpdir(),
    signal,
    console: { info: say, warning: (l) => say(`warning: ${l}`), startGroup: (t) => say(`\n== ${t}`), endGroup: () => undefined },
    setOutput: (name, value) => void (outputs[name] = value),
    saveState: (name, value) => void (state[name] = value),
    addPath: (dir) => void (process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`),
    setSecret: () => undefined,
    // The message names the input or stage itself; the title is added only where it says more (a host config path).
    error: (a) => void process.stderr.write(`error${where(a)}: ${a.title && !a.message.includes(a.title) ? `${a.title}: ` : ''}${a.message}\n`),
    warning: (a) => say(`warning: ${a.message}`),
    writeSummary: () => Promise.resolve(),
    setToolkitTemp: (dir) => void (process.env.RUNNER_TEMP = dir),
    preferToolsOnPath: true,
  };
  return { rt, outputs, state, say };
}

/** The flags of `trident-iso verify`: the ISO, the host config it carries, and the verify-* inputs. */
export function verifyFlags(inputs: Record<string, ActionInput>): Record<string, ActionInput> {
  const flags: Record<string, ActionInput> = {
    iso: { description: 'The installer ISO to verify (built by this action or elsewhere). Required.' },
  };
  for (const [name, spec] of Object.entries(inputs)) {
    if (name === 'host-config')
      flags[name] = {
        description: 'The host config the ISO carries: the VM gets the disks it names and expects its os.hostname. Required for install.',
      };
    else if (name === 'verify') flags[name] = { ...spec, default: 'install', description: 'boot or install (default: install).' };
    else if (name.startsWith('verify-')) flags[name] = spec;
  }
  return flags;
}

export function verifyUsage(flags: Record<string, ActionInput>): string {
  const lines = [
    'Usage: trident-iso verify --iso FILE [--host-config FILE] [options]',
    '',
    'Boots an installer ISO in a VM (QEMU with OVMF) as the action does with `verify`, without',
    'building anything: the live OS and Trident start; with install, Trident installs onto',
    'blank disks where the host config says and the installed OS boots to its login prompt.',
    'The serial log goes beside the ISO (<name>.serial.log).',
    '',
  ];
  for (const [name, spec] of Object.entries(flags)) {
    lines.push(`  --${name}${spec.default ? ` (default: ${spec.default})` : ''}`);
    lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
  }
  return lines.join('\n');
}

/** Runs a procedure with a terminal Runtime; prints the outputs, then cleans up (there is no post step here). */
async function runInTerminal(
  out: (text: string) => void,
  values: Record<string, string>,
  procedure: (rt: Runtime) => Promise<void>,
  show: (outputs: Record<string, string>, say: (line: string) => void) => void,
): Promise<number> {
  // The tool cache outlives a run, as on a runner: oras is downloaded once.
  process.env.RUNNER_TOOL_CACHE ??= path.join(homedir(), '.cache', 'trident-iso', 'tool-cache');
  const controller = new AbortController();
  const stopListening = abortOnSignals(controller);
  const { rt, outputs, state, say } = terminalRuntime(values, controller.signal, out);
  try {
    const code = await runMain(rt, procedure);
    if (code !== 0) return code;
    show(outputs, say);
    return 0;
  } finally {
    // No post step outside Actions: clean up now (the ISO is already at its output path).
    await cleanUp(
      loadLeftovers((name) => state[name] ?? ''),
      async () => (await import('../tools/exec.js')).processes(process.env),
      () => undefined,
      removeNow,
    );
    stopListening();
  }
}

async function cliVerify(out: (text: string) => void, argv: readonly string[], inputs: Record<string, ActionInput>): Promise<number> {
  const flags = verifyFlags(inputs);
  let parsed;
  try {
    parsed = parseFlags(argv, flags);
  } catch (error) {
    process.stderr.write(`trident-iso verify: ${errorMessage(error)}\nRun trident-iso verify --help for the flags.\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${verifyUsage(flags)}\n`);
    return 0;
  }
  const iso = parsed.values.iso ?? '';
  if (!iso) {
    process.stderr.write('trident-iso verify: --iso is required: the installer ISO to verify.\n');
    return 2;
  }
  return runInTerminal(
    out,
    parsed.values,
    (rt) => verifyOnly(rt, iso),
    (outputs, say) => {
      for (const [name, value] of Object.entries(outputs)) if (value) say(`${name}: ${value.replace(/\n/g, ' ')}`);
    },
  );
}

/**
 * This CLI's own lines, to fd 1 until something creates process.stdout (stdoutWriter: creating it loads
 * Node's streams and, for a pipe, net); process.stdout, once made, is a terminal's (terminalStdout).
 */
function terminalOutput(debug: boolean): (text: string) => void {
  const made = Object.getOwnPropertyDescriptor(process, 'stdout');
  const make = made?.get?.bind(process);
  if (made?.configurable && make) {
    // Made once, filtered once: the getter runs at every read of process.stdout.
    let stream: NodeJS.WriteStream | undefined;
    Object.defineProperty(process, 'stdout', {
      ...made,
      get: () => {
        if (!stream) {
          stream = make() as NodeJS.WriteStream;
          terminalStdout(stream, debug);
        }
        return stream;
      },
    });
  } else terminalStdout(process.stdout, debug);
  return stdoutWriter();
}

/**
 * A terminal, not a runner: the `::debug::` lines @actions/* libraries print
 * for a runner to hide are dropped (shown as `debug:` with RUNNER_DEBUG=1),
 * and a reader that went away (`| head`) ends the output, not the process
 * with an EPIPE stack trace.
 */
export function terminalStdout(stream: NodeJS.WriteStream, debug: boolean): void {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  const filtered = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    if (closed) return true;
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) {
      return debug ? write(chunk.replace(/^::debug::/, 'debug: '), ...rest) : true;
    }
    return write(chunk, ...rest);
  };
  stream.write = filtered;
}

/** The inputs `trident-iso patch` takes as flags (besides --iso and --in-place): what checks the host config, and verify. */
const PATCH_INPUTS = ['host-config', 'output', 'cosi-destination', 'host-config-image', 'trident-rpms', 'platform', 'validate-only', 'log-level'];

/** The flags of `trident-iso patch`: the ISO, the host config to put in, the output, and what checks it. */
export function patchFlags(inputs: Record<string, ActionInput>): Record<string, ActionInput> {
  const flags: Record<string, ActionInput> = {
    iso: {
      description: "The ISO to patch, built with --patchable true (or the action's patchable). Required. Never modified unless --in-place is given.",
    },
  };
  for (const [name, spec] of Object.entries(inputs)) {
    if (name === 'host-config')
      flags[name] = { description: "The host config to put into the ISO's placeholder, checked as a build checks it. Required." };
    else if (name === 'output') flags[name] = { description: 'Where the patched ISO is written; it must not exist. Required unless --in-place.' };
    else if (PATCH_INPUTS.includes(name) || name === 'verify' || name.startsWith('verify-')) flags[name] = spec;
  }
  flags['in-place'] = { description: "Write the new host config into --iso itself (no copy); only the placeholder's bytes change." };
  return flags;
}

export function patchUsage(flags: Record<string, ActionInput>): string {
  const lines = [
    'Usage: trident-iso patch --iso FILE --host-config FILE --output FILE [options]',
    '',
    'Puts another host config into an ISO built with --patchable true: the placeholder file on the',
    'ISO media is rewritten, nothing else. No container, no pulls, no root. The host config is checked',
    'as a build checks it (schema, image.url/sha384 against the COSI the ISO carries; trident validate',
    "with --trident-rpms). Prints the patched ISO's path, size and SHA-256.",
    '',
  ];
  for (const [name, spec] of Object.entries(flags)) {
    lines.push(`  --${name}${spec.default ? ` (default: ${spec.default})` : ''}`);
    lines.push(`      ${spec.description.replace(/\s+/g, ' ').trim()}`);
  }
  return lines.join('\n');
}

async function cliPatch(out: (text: string) => void, argv: readonly string[], inputs: Record<string, ActionInput>): Promise<number> {
  const flags = patchFlags(inputs);
  let parsed;
  try {
    // --in-place is a bare flag, like the boolean inputs.
    parsed = parseFlags(
      argv.map((arg) => (arg === '--in-place' ? '--in-place=true' : arg)),
      flags,
    );
  } catch (error) {
    process.stderr.write(`trident-iso patch: ${errorMessage(error)}\nRun trident-iso patch --help for the flags.\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${patchUsage(flags)}\n`);
    return 0;
  }
  const { iso = '', 'in-place': inPlaceFlag = '', ...given } = parsed.values;
  const inPlace = inPlaceFlag === 'true';
  const missing = !iso
    ? '--iso'
    : !given['host-config']
      ? '--host-config'
      : !inPlace && !argv.some((a) => a === '--output' || a.startsWith('--output='))
        ? '--output'
        : undefined;
  if (missing) {
    process.stderr.write(`trident-iso patch: ${missing} is required. Run trident-iso patch --help for the flags.\n`);
    return 2;
  }
  // Every other input at its default (a build's inputs stay empty, and patch mode refuses them if set).
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs)) values[name] = CLI_DEFAULTS[name] ?? spec.default ?? '';
  Object.assign(values, given, { 'patch-iso': iso, ...(inPlace ? { output: iso } : {}) });
  return runInTerminal(
    out,
    values,
    (rt) => patchOnly(rt, { inPlace }),
    (outputs, say) => {
      for (const name of ['iso-path', 'iso-size', 'iso-sha256', 'verify-result'])
        if (outputs[name]) say(`${name}: ${outputs[name].replace(/\n/g, ' ')}`);
    },
  );
}

export async function cli(argv: readonly string[]): Promise<number> {
  const out = terminalOutput(process.env.RUNNER_DEBUG === '1');
  const inputs = ACTION_INPUTS;
  // Whatever the subcommand, no child started by a library inherits a password.
  const stepEnv = takePasswordVariables(process.env);
  if (argv[0] === 'verify') return cliVerify(out, argv.slice(1), inputs);
  if (argv[0] === 'patch') return cliPatch(out, argv.slice(1), inputs);
  let parsed;
  try {
    parsed = parseFlags(argv, inputs);
  } catch (error) {
    process.stderr.write(`trident-iso: ${errorMessage(error)}\nRun trident-iso --help for the flags.\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${usage(inputs)}\n`);
    return 0;
  }
  const values = parsed.values;
  try {
    for (const warning of resolvePasswords(values, parsed.passwordStdin, parsed.passwordFlags, stepEnv, () => readStdinBounded(PASSWORD_STDIN_BYTES)))
      process.stderr.write(`trident-iso: warning: ${warning}\n`);
  } catch (error) {
    process.stderr.write(`trident-iso: ${errorMessage(error)}\n`);
    return 2;
  }
  return runInTerminal(out, values, main, (outputs, say) => {
    // The work folder is removed below: show the files it held rather than their paths.
    const shown = ['config-path', 'host-config-path'];
    if (values['validate-only'] === 'true') {
      for (const name of shown)
        if (outputs[name])
          say(`\n# ${name === 'config-path' ? 'Image Customizer config' : 'Host config the ISO carries'}\n${readFileSync(outputs[name], 'utf8')}`);
    }
    for (const [name, value] of Object.entries(outputs)) if (value && !shown.includes(name)) say(`${name}: ${value}`);
  });
}
