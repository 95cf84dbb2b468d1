// The layout of src/ is the architecture (docs/architecture.md): each
// room has one responsibility and may lean only on the rooms below it. These
// tests keep it so: every module lives in a known room, no value import goes
// upward or forms a cycle, and the vocabulary matches action.yml.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/context/input-types.js';
import { REPO } from '../support/runner.js';

const SRC = path.join(REPO, 'src');

/** The rooms, each with the rooms its modules may import values from (types may go anywhere). */
const ROOMS: Record<string, readonly string[]> = {
  entry: ['main', 'run', 'context', 'tools', 'runtime', 'data'],
  main: ['context', 'run', 'stages', 'runtime'],
  runtime: ['context'],
  stages: ['stages', 'context', 'customizer', 'trident', 'tools', 'run', 'verify', 'iso'],
  run: ['run', 'context', 'tools', 'trident', 'verify'],
  context: ['context', 'customizer', 'trident', 'tools', 'run', 'verify', 'iso'],
  customizer: ['customizer', 'context', 'data', 'iso'],
  // The VM check's pure parts (disk plan, QEMU argv, serial watcher, report); the processes are in tools/qemu.ts.
  verify: ['verify', 'context'],
  trident: ['trident', 'context', 'data', 'iso'],
  // ISO 9660 and SquashFS reading, the built ISO's owned-paths check, the isopatch placeholder, and writing a patched ISO: leans on nothing else.
  iso: ['iso'],
  tools: ['tools', 'context', 'data'],
  data: [],
};

function roomOf(file: string): string {
  const rel = path.relative(SRC, file);
  const first = rel.split(path.sep)[0] ?? '';
  return first.replace(/\.ts$/, '');
}

const modules = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => path.join(e.parentPath, e.name));

/** Value imports of a module: relative specifiers of `import ... from` that are not `import type`, and of `import()` (loaded later, but leaned on all the same). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const [, typeOnly, specifier = ''] = m;
    if (!typeOnly) specifiers.push(specifier);
  }
  for (const [, specifier = ''] of text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) specifiers.push(specifier);
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
}

describe('src/ layout', () => {
  it('every module lives in a known room', () => {
    expect(modules.map(roomOf).filter((room) => !(room in ROOMS))).toEqual([]);
  });

  it('no value import goes to a room below it may not lean on', () => {
    const wrong: string[] = [];
    for (const file of modules) {
      const from = roomOf(file);
      for (const target of valueImports(file)) {
        const to = roomOf(target);
        if (to !== from && !(ROOMS[from] ?? []).includes(to)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(modules.map((m) => [m, valueImports(m).filter((t) => t.endsWith('.ts'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (m: string, trail: string[]): void => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(m)), m].map((f) => path.relative(SRC, f)).join(' → '));
        return;
      }
      state.set(m, 'visiting');
      for (const next of graph.get(m) ?? []) visit(next, [...trail, m]);
      state.set(m, 'done');
    };
    for (const m of modules) visit(m, []);
    expect(cycles).toEqual([]);
  });

  it('only main.ts and the entries run the stages and main', () => {
    const importers = (room: string) => modules.filter((file) => valueImports(file).some((t) => roomOf(t) === room)).map((file) => roomOf(file));
    expect([...new Set(importers('stages'))].sort()).toEqual(['main', 'stages']);
    expect([...new Set(importers('main'))]).toEqual(['entry']);
    expect(importers('entry').filter((room) => room !== 'entry')).toEqual([]);
  });
});

/** What a module imports before it runs: its static value imports and re-exports (relative and bare), not import(). */
function staticImports(file: string): { local: string[]; bare: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].filter(([, typeOnly]) => !typeOnly).map(([, , s = '']) => s),
    ...[...text.matchAll(/^export\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map(([, s = '']) => s),
  ];
  return {
    // './x.js' is x.ts, but for the generated validators, which are JavaScript.
    local: specifiers
      .filter((s) => s.startsWith('.'))
      .map((s) => path.resolve(path.dirname(file), s))
      .map((js) => (existsSync(js) ? js : js.replace(/\.js$/, '.ts'))),
    bare: specifiers.filter((s) => !s.startsWith('.')),
  };
}

/** The modules an entry loads before it runs (its static imports, followed), and the packages among them. */
function staticGraph(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set([path.join(SRC, entry)]);
  const queue = [...files];
  const bare = new Set<string>();
  for (let file = queue.shift(); file; file = queue.shift()) {
    const { local, bare: packages } = staticImports(file);
    for (const p of packages) bare.add(p);
    for (const next of local) {
      if (files.has(next)) continue;
      files.add(next);
      queue.push(next);
    }
  }
  return { files, bare };
}

describe('start-up', () => {
  // The first input error and validate-only are timed against `node -e 0` (npm run bench): what an entry
  // imports statically is compiled before the inputs are read. The yaml package, the schema validators and the
  // toolkit's clients load with the stages, when they are needed; a value import of context/yaml.ts for isMapping
  // (context/mapping.ts has it) is enough to pull yaml into dist/main/index.js.
  it.each(['entry/index.ts', 'entry/cli.ts'])('%s reaches no package but Node’s own before it runs', (entry) => {
    expect([...staticGraph(entry).bare].filter((p) => !p.startsWith('node:'))).toEqual([]);
  });

  // Node's own modules outside its start-up snapshot are compiled when first loaded: node:fs/promises and
  // node:stream alone cost the first input error a tenth of `node -e 0`. What needs them gets them when it runs
  // (process.getBuiltinModule) or loads with the stages; the processes' module loads with the first process, the
  // removal of leftovers on cancellation.
  it('the main step reaches none of Node’s heavier modules, nor the processes or the clean-up, before its first input error', () => {
    const { files, bare } = staticGraph('entry/index.ts');
    const heavy = ['child_process', 'crypto', 'fs/promises', 'stream', 'net', 'http', 'https', 'zlib', 'readline', 'worker_threads'];
    expect([...bare].filter((p) => heavy.includes(p.replace(/^node:/, '')))).toEqual([]);
    const later = ['tools/exec.ts', 'run/cleanup.ts', 'tools/engine.ts', 'tools/qemu.ts'];
    expect([...files].map((f) => path.relative(SRC, f)).filter((f) => later.includes(f))).toEqual([]);
  });

  // The CLI cleans up at the end of every run, as the post step does: what stops a container, a VM or process
  // groups loads only when a run left one (run/cleanup.ts), so that its validate-only loads none of it.
  it('the CLI reaches neither the processes, the engine nor QEMU before it runs', () => {
    const later = ['tools/exec.ts', 'tools/engine.ts', 'tools/qemu.ts'];
    expect([...staticGraph('entry/cli.ts').files].map((f) => path.relative(SRC, f)).filter((f) => later.includes(f))).toEqual([]);
  });

  // Nor does validate-only, which loads the stages up to the config and the plan: node:crypto took a tenth of its
  // time against `node -e 0`, node:fs/promises (a dozen of Node's modules) and its round trips to libuv's thread pool
  // a twentieth. The COSI's SHA-384 comes from a WebAssembly module (trident/sha384.ts), random names from
  // /dev/urandom (tools/random.ts); the small files are read and written with node:fs's synchronous calls; what
  // hashes or copies large files loads the other two when it first runs.
  it('the stages validate-only loads reach neither node:crypto nor node:fs/promises', () => {
    const heavy = ['crypto', 'fs/promises'];
    expect([...staticGraph('stages/index.ts').bare].filter((p) => heavy.includes(p.replace(/^node:/, '')))).toEqual([]);
  });

  // The plan prints the argv of oras, the engine and Image Customizer's container from tools/argv.ts and
  // stages/commands.ts; the stages that run them (stages/fetch.ts) load only for a build, or to read prebuilt RPMs.
  it("the stages validate-only loads reach none of the build's first stages, oras, the cache client, the engine, the VM's plan, the upload or the explaining of a refused file", () => {
    const build = [
      'stages/fetch.ts',
      'stages/base-image.ts',
      'stages/customizer-image.ts',
      'stages/rpms.ts',
      'stages/customize.ts',
      'tools/oras.ts',
      'tools/cache.ts',
      'tools/engine.ts',
      'trident/rpm-sources.ts',
      // The VM's plan and the upload load for a run that verifies or uploads (validate-only does neither).
      'stages/verify-plan.ts',
      'tools/qemu.ts',
      'verify/disks.ts',
      'tools/upload.ts',
      'tools/results-service.ts',
      // What explains a file the schema check refuses: the vendored host config schema and its corrections, Ajv's errors.
      'trident/host-config-schema.ts',
      'trident/schema-tools.ts',
      'data/schemas/trident-host-config.schema.json',
    ];
    const files = [...staticGraph('stages/index.ts').files].map((f) => path.relative(SRC, f));
    expect(files.filter((f) => build.includes(f))).toEqual([]);
    expect(files).toContain('tools/argv.ts');
  });
});

describe('the vocabulary matches action.yml', () => {
  const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };

  it('INPUT_NAMES are its inputs, in its order', () => {
    expect([...INPUT_NAMES]).toEqual(Object.keys(action.inputs));
  });

  it('OUTPUT_NAMES are its outputs, in its order', () => {
    expect([...OUTPUT_NAMES]).toEqual(Object.keys(action.outputs));
  });
});
