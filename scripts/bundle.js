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
// folder it can only find its own build's chunks. Each folder holds what its
// ncc build wrote (index.js, chunks, licenses.txt, package.json with
// "type": "module"), nothing else.
//
// Then, for the action's main step and the CLI, the functions a validate-only
// run of the examples calls are made eager (scripts/eager-compile.ts: V8
// compiles them with their file instead of parsing them twice): each entry is
// run once under V8's coverage, its files are rewritten, and the rewritten
// build is run again and must print what ncc's did. The runs have a fixed
// environment of their own (a temporary home, workspace and runner folders;
// PATH only Node's folder), so that what they call, and so the output, does
// not depend on the machine.
//
// dist/manifest.json records, per entry, every file of its folder with its
// SHA-256; test/dist/provenance.test.ts follows every chunk each entry loads
// and checks it against that record.
//
// dist/ is replaced only when every step succeeded. The output is
// deterministic: the same sources give the same bytes (CI rebuilds and diffs).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { eagerCompile, readCoverage } from './eager-compile.ts';

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

// ------------------------------------------------------------ eager compile

/** The examples' validate-only inputs: the host config, and a COSI made by examples/make-cosi.js (deterministic). */
const EXAMPLE_INPUTS = { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'validate-only': 'true' };

/** Each profiled entry's validate-only run, as argv (after `node`) and environment, in `dir` (an empty folder of its own). */
const PROFILE_RUNS = {
  // As the runner starts the main step: every input (its default, or the example's), the runner's folders and command files.
  main: (folder, dir) => {
    const inputs = { ...inputDefaults(), ...EXAMPLE_INPUTS };
    const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STEP_SUMMARY: 'summary' };
    const env = {
      ...fixedEnv(dir),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: path.join(dir, 'workspace'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: path.join(dir, 'runner-temp'),
      RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache'),
      ...Object.fromEntries(Object.entries(inputs).map(([input, value]) => [`INPUT_${input.replace(/ /g, '_').toUpperCase()}`, value])),
      ...Object.fromEntries(Object.entries(files).map(([variable, file]) => [variable, path.join(dir, 'files', file)])),
    };
    for (const sub of ['runner-temp', 'tool-cache', 'files']) mkdirSync(path.join(dir, sub));
    for (const file of Object.values(files)) writeFileSync(path.join(dir, 'files', file), '');
    return { argv: [path.join(folder, 'index.js')], env };
  },
  // As bin/trident-iso.js starts it, from a shell.
  cli: (folder, dir) => {
    const flags = Object.entries(EXAMPLE_INPUTS).flatMap(([input, value]) => (value === 'true' ? [`--${input}`] : [`--${input}`, value]));
    const start = `import { cli } from ${JSON.stringify(pathToFileURL(path.join(folder, 'index.js')).href)};\nprocess.exitCode = await cli(${JSON.stringify(flags)});`;
    return { argv: ['--input-type=module', '-e', start], env: fixedEnv(dir) };
  },
};

/** action.yml's inputs with their defaults, `${{ github.token }}` as a fixed token (the run never uses it). */
function inputDefaults() {
  const flags = JSON.parse(readFileSync(ACTION_INPUTS_JSON, 'utf8'));
  return Object.fromEntries(
    Object.entries(flags).map(([input, { default: value = '' }]) => [input, value.replace(/\$\{\{\s*github\.token\s*\}\}/g, 'profile-token')]),
  );
}

/** The part of a profile run's environment that does not depend on the entry: Node's folder alone on PATH, a home and TMPDIR of its own. */
function fixedEnv(dir) {
  return { PATH: path.dirname(process.execPath), HOME: path.join(dir, 'home'), TMPDIR: path.join(dir, 'tmp'), LANG: 'C.UTF-8' };
}

/** Runs an entry's validate-only under V8's coverage: what it printed (with the run's random names and durations masked), and the functions it called, by file. */
function profile(folder, makeRun) {
  const dir = mkdtempSync(path.join(tmpdir(), 'eager-profile-'));
  try {
    for (const sub of ['home', 'tmp', 'workspace', 'coverage']) mkdirSync(path.join(dir, sub));
    const workspace = path.join(dir, 'workspace');
    cpSync(path.join(root, 'examples', 'host-config.yaml'), path.join(workspace, 'host-config.yaml'));
    execFileSync(process.execPath, [path.join(root, 'examples', 'make-cosi.js'), path.join(workspace, 'os.cosi')]);
    const { argv, env } = makeRun(folder, dir);
    const result = spawnSync(process.execPath, argv, {
      cwd: workspace,
      env: { ...env, NODE_V8_COVERAGE: path.join(dir, 'coverage') },
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(`the validate-only run of ${folder} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    const called = new Map();
    for (const [url, functions] of readCoverage(path.join(dir, 'coverage'))) {
      const file = url.startsWith('file:') ? fileURLToPath(url) : undefined;
      if (file && path.dirname(file) === folder) called.set(path.basename(file), functions);
    }
    const masked = result.stdout
      .replaceAll(dir, '<dir>')
      .replace(/trident-iso-[0-9a-f]{12}/g, '<work>')
      .replace(/done in \d+\.\d s/g, 'done in <s>');
    return { stdout: masked, called };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rewrites the files of an entry's build so that V8 compiles what validate-only calls with its file; checks the result runs alike. */
function makeEager(folder, makeRun) {
  const before = profile(folder, makeRun);
  const total = { wrapped: 0, hoisted: 0, already: 0, left: 0 };
  for (const [file, called] of before.called) {
    const { code, counts } = eagerCompile(readFileSync(path.join(folder, file), 'utf8'), called);
    writeFileSync(path.join(folder, file), code);
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  const after = profile(folder, makeRun);
  if (after.stdout !== before.stdout) {
    throw new Error(`${folder}: the eager build printed something else than ncc's:\n--- ncc's\n${before.stdout}\n--- eager\n${after.stdout}`);
  }
  const count = (run) => [...run.called.values()].reduce((n, set) => n + set.size, 0);
  if (count(after) !== count(before)) throw new Error(`${folder}: the eager build called ${count(after)} functions, ncc's ${count(before)}`);
  console.log(
    `${path.basename(folder)}: validate-only calls ${count(before)} functions: ${total.wrapped} put in parentheses, ${total.hoisted} declarations made assignments, ` +
      `${total.already} in parentheses already; ${total.left} left lazy, and ${count(before) - total.wrapped - total.hoisted - total.already - total.left} methods, constructors and class fields (no eager form)`,
  );
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
    if (name in PROFILE_RUNS) makeEager(out, PROFILE_RUNS[name]);
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
