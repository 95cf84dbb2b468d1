#!/usr/bin/env node
// Renders the Inputs and Outputs tables of README.md from action.yml, so the
// README cannot drift from the interface the runner actually reads.
//
//   node scripts/readme-tables.js            rewrite the tables in README.md
//   node scripts/readme-tables.js --check    exit 1 naming each stale table
//   --action FILE / --readme FILE            other files (the tests use copies)
//
// The tables live between marker comments that this script owns:
//   <!-- inputs:start --> ... <!-- inputs:end -->
//   <!-- outputs:start --> ... <!-- outputs:end -->
// Everything outside the markers is left byte for byte as it was.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const TABLES = [
  { key: 'inputs', heading: 'Inputs' },
  { key: 'outputs', heading: 'Outputs' },
];

const startMarker = (key) => `<!-- ${key}:start -->`;
const endMarker = (key) => `<!-- ${key}:end -->`;

/** Reads action.yml into { inputs, outputs }, each an ordered list of entries. */
export function loadAction(text) {
  const doc = parse(text);
  if (doc === null || typeof doc !== 'object') throw new Error('action.yml is not a mapping');
  const entries = (section) => Object.entries(doc[section] ?? {}).map(([name, spec]) => ({ name, ...(spec ?? {}) }));
  return { inputs: entries('inputs'), outputs: entries('outputs') };
}

/**
 * Makes text safe for one GFM table cell: `|` would end the cell (GFM splits
 * on it even inside code spans, so it is escaped there too), a newline would
 * end the row, and outside code spans `<...>` would be read as an HTML tag
 * and vanish (action.yml says `<cosi-destination>` in prose).
 */
export function cell(text) {
  const s = String(text ?? '').trim();
  // Line breaks become BREAK while escaping and <br> afterwards, so the
  // escaping of prose does not turn them into &lt;br&gt;.
  const BREAK = '\u0000';
  // Paragraphs stay apart; lines inside a paragraph join as Markdown would
  // join them, except list items, which keep their own line.
  const joined = s
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .reduce((acc, line) => {
          if (acc === '') return line;
          return /^([-*+]|\d+[.)])\s/.test(line) ? `${acc}${BREAK}${line}` : `${acc} ${line}`;
        }, ''),
    )
    .join(BREAK + BREAK);
  // split() on code spans (a backtick run up to the same run) with two
  // capture groups yields: prose, ticks, code, prose, ticks, code, ...
  const parts = joined.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += (parts[i] ?? '')
      .replace(/&(?![#\w]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
    if (i + 2 < parts.length) out += `${parts[i + 1]}${parts[i + 2]}${parts[i + 1]}`;
  }
  return out.replace(/\|/g, '\\|').replaceAll(BREAK, '<br>');
}

/** A value as inline code, with a fence longer than any backtick run inside it. */
function code(value) {
  const s = String(value);
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`.replace(/\|/g, '\\|');
}

/**
 * The inputs by theme, as users look for them. An input of action.yml that no
 * theme names is listed under the last one, so a new input is never left out.
 */
export const INPUT_GROUPS = [
  { title: 'Payload', inputs: ['host-config', 'cosi', 'cosi-destination', 'host-config-image'] },
  { title: 'Patch mode (one ISO, many host configs)', inputs: ['patchable', 'placeholder-size', 'patch-iso', 'patch-iso-run-id', 'github-token'] },
  { title: 'Trident RPMs', inputs: ['trident-rpms', 'trident-source'] },
  { title: 'Base image', inputs: ['base-image', 'base-image-file', 'platform', 'registry-username', 'registry-password'] },
  { title: 'oras', inputs: ['oras-version', 'oras-url', 'oras-checksum'] },
  {
    title: 'Image Customizer',
    inputs: [
      'imagecustomizer-image',
      'imagecustomizer-version',
      'imagecustomizer-registry-username',
      'imagecustomizer-registry-password',
      'container-engine',
      'log-level',
      'config',
      'extra-config',
    ],
  },
  { title: 'Live OS', inputs: ['hostname', 'packages', 'services', 'kernel-command-line', 'selinux-mode'] },
  { title: 'Output and upload', inputs: ['output', 'upload', 'archive', 'artifact-name', 'overwrite', 'retention-days'] },
  {
    title: 'Verification',
    inputs: [
      'verify',
      'verify-timeout',
      'verify-boot-pattern',
      'verify-login-pattern',
      'verify-failure-pattern',
      'verify-memory',
      'verify-cpus',
      'verify-disk-size',
      'verify-accelerator',
      'verify-disk-dir',
    ],
  },
  { title: 'Miscellaneous', inputs: ['validate-only', 'cache'] },
];

/** The inputs as tables, one per theme; a required input is marked. The description says the default (action.yml's rule), so no column repeats it. */
export function renderInputs(action) {
  const named = new Set(INPUT_GROUPS.flatMap((g) => g.inputs));
  const row = (input) => {
    const required = input.required === true || input.required === 'true';
    // An input required unless another is given (host-config, unless config) cannot say so in action.yml's
    // `required`, only in its description: the table marks it from there.
    const unless = /Required unless `([a-z-]+)`/.exec(input.description ?? '')?.[1];
    const mark = required ? ' **(required)**' : unless ? ` **(required unless ${code(unless)})**` : '';
    return `| ${code(input.name)}${mark} | ${cell(input.description)} |`;
  };
  const sections = INPUT_GROUPS.map((group, i) => {
    const last = i === INPUT_GROUPS.length - 1;
    const inputs = action.inputs.filter((input) => group.inputs.includes(input.name) || (last && !named.has(input.name)));
    if (inputs.length === 0) return '';
    return [`### ${group.title}`, '', '| Name | Description |', '| --- | --- |', ...inputs.map(row)].join('\n');
  });
  return sections.filter(Boolean).join('\n\n');
}

export function renderOutputs(action) {
  const rows = action.outputs.map((output) => `| ${code(output.name)} | ${cell(output.description)} |`);
  return ['| Name | Description |', '| --- | --- |', ...rows].join('\n');
}

export function renderTable(key, action) {
  return key === 'inputs' ? renderInputs(action) : renderOutputs(action);
}

/** The text between a table's markers, or undefined when the markers are missing or out of order. */
export function readBlock(readme, key) {
  const start = readme.indexOf(startMarker(key));
  const end = readme.indexOf(endMarker(key));
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(start + startMarker(key).length, end).replace(/^\n+|\n+$/g, '');
}

/** Rewrites both blocks; returns the new text and which tables changed. */
export function updateReadme(readme, action) {
  let text = readme;
  const stale = [];
  for (const { key } of TABLES) {
    const rendered = renderTable(key, action);
    const current = readBlock(text, key);
    if (current === undefined) {
      throw new Error(`README has no ${startMarker(key)} ... ${endMarker(key)} block`);
    }
    if (current !== rendered) stale.push(key);
    const start = text.indexOf(startMarker(key)) + startMarker(key).length;
    const end = text.indexOf(endMarker(key));
    text = `${text.slice(0, start)}\n${rendered}\n${text.slice(end)}`;
  }
  return { text, stale };
}

/** The README written when there is none yet: just the two generated sections. */
export function minimalReadme() {
  return TABLES.map(({ key, heading }) => `## ${heading}\n\n${startMarker(key)}\n${endMarker(key)}\n`).join('\n');
}

function parseArgs(argv) {
  const args = { check: false, action: join(root, 'action.yml'), readme: join(root, 'README.md') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--action') args.action = resolve(argv[++i] ?? '');
    else if (a === '--readme') args.readme = resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: node scripts/readme-tables.js [--check] [--action action.yml] [--readme README.md]');
    return 0;
  }
  const action = loadAction(readFileSync(args.action, 'utf8'));
  const shown = relative(process.cwd(), args.readme) || args.readme;
  const exists = existsSync(args.readme);
  if (!exists && args.check) {
    console.error(`${shown} does not exist; run npm run docs`);
    return 1;
  }
  const { text, stale } = updateReadme(exists ? readFileSync(args.readme, 'utf8') : minimalReadme(), action);
  if (args.check) {
    if (stale.length === 0) {
      console.log(`${shown}: Inputs and Outputs tables match action.yml`);
      return 0;
    }
    for (const key of stale) {
      const { heading } = TABLES.find((t) => t.key === key);
      console.error(`${shown}: the ${heading} table is stale (it differs from action.yml); run npm run docs`);
    }
    return 1;
  }
  if (!exists || stale.length > 0) {
    writeFileSync(args.readme, text);
    console.log(`${shown}: ${exists ? `updated ${stale.join(' and ')}` : 'created'}`);
  } else {
    console.log(`${shown}: already up to date`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(`readme-tables: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  }
}
