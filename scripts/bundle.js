// Builds dist/: tsc compiles src/ (tsconfig.build.json) to build/, then ncc
// bundles each entry point with its dependencies into a folder of its own:
//
//   dist/main/  the action             (action.yml runs.main: dist/main/index.js)
//   dist/post/  its cleanup step       (action.yml runs.post: dist/post/index.js)
//   dist/cli/   the trident-iso CLI    (bin/trident-iso.js:   dist/cli/index.js)
//
// Why one folder per entry point: ncc builds one entry at a time (its CLI and
// its API take a single input; there is no multi-entry build), and each build
// names the chunks it loads lazily (the import() of @actions/artifact and
// @actions/cache) after webpack's chunk ids: 91.index.js, 110.index.js, ...
// Two builds produce chunks of the same name whose module ids mean different
// modules, so builds that share a folder overwrite each other's chunks and an
// entry ends up loading another build's chunk. The runtime of each entry
// loads chunks with import("./" + name), relative to its own file: in its own
// folder it can only find its own build's chunks. Each folder is exactly what
// its ncc build wrote (index.js, chunks, licenses.txt, package.json with
// "type": "module"), untouched.
//
// dist/manifest.json records, per entry, every file its build wrote with its
// SHA-256; test/dist/provenance.test.ts follows every chunk each entry loads
// and checks it against that record.
//
// dist/ is replaced only when every step succeeded. The output is
// deterministic: the same sources give the same bytes (CI rebuilds and diffs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/** Entry points: the folder under dist/ and the compiled file under build/. */
export const ENTRIES = [
  { name: 'main', source: 'entry/index.js' },
  { name: 'post', source: 'entry/post.js' },
  { name: 'cli', source: 'entry/cli.js' },
];

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

/** Every file under dir, as paths relative to it with '/' separators, sorted. */
function filesUnder(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The CLI's flags: action.yml's inputs with their descriptions and defaults, as JSON (reading it as YAML at every start took longer than the rest of a validate-only run's start-up). */
export const ACTION_INPUTS_JSON = path.join(root, 'src', 'data', 'action-inputs.json');
export function actionInputsJson(actionYml = path.join(root, 'action.yml')) {
  const { inputs } = parse(readFileSync(actionYml, 'utf8'));
  const flags = Object.fromEntries(
    Object.entries(inputs).map(([name, spec]) => [
      name,
      { description: spec.description, ...(spec.default !== undefined ? { default: spec.default } : {}) },
    ]),
  );
  return `${JSON.stringify(flags, null, 2)}\n`;
}

/** The pinned oras versions alone: all that reading the inputs needs of the release table (the checksums load with the oras install). */
export const ORAS_VERSIONS_JSON = path.join(root, 'src', 'data', 'oras-versions.json');
export function orasVersionsJson(table = path.join(root, 'src', 'data', 'oras-releases.json')) {
  return `${JSON.stringify(Object.keys(JSON.parse(readFileSync(table, 'utf8'))), null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(ACTION_INPUTS_JSON, actionInputsJson());
  writeFileSync(ORAS_VERSIONS_JSON, orasVersionsJson());
  rmSync(path.join(root, 'build'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  // The generated validators are JavaScript already (npm run schemas): copied as they are, beside what tsc wrote.
  cpSync(path.join(root, 'src', 'data', 'validators'), path.join(root, 'build', 'data', 'validators'), {
    recursive: true,
    filter: (file) => !file.endsWith('.d.ts'),
  });

  const staging = mkdtempSync(path.join(tmpdir(), 'dist-'));
  const manifest = { entries: {} };
  for (const { name, source } of ENTRIES) {
    const out = path.join(staging, name);
    run(bin('ncc'), ['build', path.join(root, 'build', source), '-o', out, '--license', 'licenses.txt', '--target', 'es2023']);
    const files = {};
    for (const rel of filesUnder(out)) files[`${name}/${rel}`] = sha256(path.join(out, rel));
    manifest.entries[name] = { entry: `${name}/index.js`, files };
  }
  writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  cpSync(staging, path.join(root, 'dist'), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  rmSync(path.join(root, 'build'), { recursive: true, force: true });
}
