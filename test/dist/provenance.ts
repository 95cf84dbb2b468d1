// The provenance check of dist/: every file an entry point loads must be one
// its own build wrote (ncc's, for the main step and the CLI then rewritten by
// the eager compile, scripts/eager-compile.ts). scripts/bundle.js records, in dist/manifest.json,
// each build's files with their SHA-256; this follows what each entry loads,
// statically (relative `import ... from`, `import("./x")`, ncc assets) and
// lazily (webpack chunks: `__nccwpck_require__.e(id)`, resolved with the
// runtime's own chunk file name template), and compares every file it reaches
// with that entry's record.
//
// Run on another folder (e.g. a bundle built with an older script):
//   node_modules/node/bin/node test/dist/provenance.ts <dist folder>
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/manifest.json as scripts/bundle.js writes it. Paths are relative to dist/ with '/' separators. */
export interface Manifest {
  entries: Record<string, { entry: string; files: Record<string, string> }>;
}

export interface ProvenanceReport {
  /** What is wrong; empty when every entry loads only its own build's files. */
  problems: string[];
  /** Per entry, every file it loads (the entry file first), relative to dist/. */
  loaded: Record<string, string[]>;
}

// webpack's runtime lines start with a slash, six stars and a slash; what follows is code.
const RUNTIME_PREFIX = /^\/\*{6}\/ ?/;
const COMMENT_LINE = /^\s*(\*|\/\/|\/\*)/;

/** The lines of a bundle that are code (webpack's runtime prefix removed, comment lines dropped). */
function codeLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(RUNTIME_PREFIX, ''))
    .filter((l) => !COMMENT_LINE.test(l));
}

/**
 * The chunk file name of the entry's runtime: ncc (webpack) writes
 * `__nccwpck_require__.u = (chunkId) => { return "" + chunkId + ".index.js"; }`
 * (in parentheses where the bundle's eager compile made it eager: scripts/eager-compile.ts)
 * and loads chunks with `import("./" + __nccwpck_require__.u(chunkId))`,
 * relative to the entry file. Undefined when the runtime has no chunk loading.
 */
function chunkTemplate(entryText: string): { prefix: string; suffix: string } | 'unrecognised' | undefined {
  const hasLoader = entryText.includes('__nccwpck_require__.f.j =') || /__nccwpck_require__\.e\(\d+\)/.test(entryText);
  if (!hasLoader) return undefined;
  const u = /__nccwpck_require__\.u = \(?\(chunkId\) => \{[^}]*?return "([^"]*)" \+ chunkId \+ "([^"]*)";/.exec(entryText);
  if (!u || !entryText.includes('import("./" + __nccwpck_require__.u(chunkId))')) return 'unrecognised';
  return { prefix: u[1] ?? '', suffix: u[2] ?? '' };
}

interface Reference {
  /** Path relative to dist/. */
  file: string;
  /** A webpack chunk: the id it was requested by. */
  chunkId?: number;
  /** An asset: read, never parsed for references. */
  asset?: boolean;
}

/** What one loaded file refers to, resolved against its folder (chunks against the entry's folder). */
function references(text: string, file: string, entryDir: string, template: { prefix: string; suffix: string } | undefined): Reference[] {
  const refs: Reference[] = [];
  const here = path.posix.dirname(file);
  for (const line of codeLines(text)) {
    for (const m of line.matchAll(/^\s*(?:import|export)\b[^;"]*?\bfrom\s*"(\.\.?\/[^"]+)"/g)) refs.push({ file: path.posix.join(here, m[1]!) });
    for (const m of line.matchAll(/^\s*import\s*"(\.\.?\/[^"]+)"/g)) refs.push({ file: path.posix.join(here, m[1]!) });
    for (const m of line.matchAll(/\bimport\(\s*"(\.\.?\/[^"]+)"\s*\)/g)) refs.push({ file: path.posix.join(here, m[1]!) });
    // ncc's assets: __nccwpck_require__.ab is the entry's folder.
    for (const m of line.matchAll(/__nccwpck_require__\.ab \+ "([^"]+)"/g)) refs.push({ file: path.posix.join(entryDir, m[1]!), asset: true });
    for (const m of line.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)) {
      const chunkId = Number(m[1]);
      refs.push({ file: template ? path.posix.join(entryDir, `${template.prefix}${chunkId}${template.suffix}`) : `(chunk ${chunkId})`, chunkId });
    }
  }
  return refs;
}

/** Every file under dir, relative to base, '/' separators. */
function filesUnder(base: string, dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(base, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(base, rel)).isDirectory()) out.push(...filesUnder(base, rel));
    else out.push(rel);
  }
  return out;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Checks that each entry of the bundle in `dist` loads only files its own build wrote. */
export function checkProvenance(dist: string): ProvenanceReport {
  const problems: string[] = [];
  const loaded: Record<string, string[]> = {};
  const manifestPath = path.join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) return { problems: [`${manifestPath} is missing: npm run bundle writes it`], loaded };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

  // A file written by two builds: they shared a folder, and the last one's copy is what every entry there loads.
  const owners = new Map<string, string[]>();
  for (const [name, { files }] of Object.entries(manifest.entries)) {
    for (const file of Object.keys(files)) owners.set(file, [...(owners.get(file) ?? []), name]);
  }
  for (const [file, names] of owners) {
    if (names.length > 1) problems.push(`${file} was written by ${names.length} builds (${names.join(', ')}): they share a folder and overwrite each other's files`);
  }

  for (const [name, { entry, files }] of Object.entries(manifest.entries)) {
    const entryDir = path.posix.dirname(entry);
    const entryText = existsSync(path.join(dist, entry)) ? readFileSync(path.join(dist, entry), 'utf8') : '';
    const template = chunkTemplate(entryText);
    if (template === 'unrecognised') {
      problems.push(`${entry}: the chunk loader is not one this check knows (ncc's import("./" + __nccwpck_require__.u(chunkId))); update test/dist/provenance.ts`);
    }
    const chunkNames = template === 'unrecognised' ? undefined : template;

    const seen = new Set<string>();
    const order: string[] = [];
    const queue: (Reference & { by: string })[] = [{ file: entry, by: 'action.yml / bin' }];
    while (queue.length) {
      const ref = queue.shift()!;
      if (seen.has(ref.file)) continue;
      seen.add(ref.file);
      order.push(ref.file);
      const onDisk = path.join(dist, ref.file);
      const what = `${ref.file} (loaded by ${ref.by})`;
      if (!existsSync(onDisk)) {
        problems.push(`${name}: ${what} does not exist`);
        continue;
      }
      const recorded = files[ref.file];
      if (recorded === undefined) {
        problems.push(`${name}: ${what} is not a file the ${name} build wrote`);
      } else {
        const actual = sha256(onDisk);
        if (actual !== recorded) problems.push(`${name}: ${what} is not the file the ${name} build wrote: SHA-256 ${actual}, the build wrote ${recorded}`);
      }
      if (ref.asset) continue;
      const text = readFileSync(onDisk, 'utf8');
      if (ref.chunkId !== undefined) {
        // A chunk says which chunk ids it installs; loading it for another id never resolves that id's modules.
        const ids = /^export const ids = \[([\d, ]*)\];$/m.exec(text)?.[1]?.split(',').map((s) => Number(s.trim()));
        if (!ids?.includes(ref.chunkId)) problems.push(`${name}: ${what} was loaded as chunk ${ref.chunkId} but declares ids [${ids?.join(', ') ?? 'none'}]`);
      }
      for (const next of references(text, ref.file, entryDir, chunkNames)) {
        if (next.chunkId !== undefined && !chunkNames) {
          problems.push(`${name}: ${ref.file} requests chunk ${next.chunkId} but ${entry} has no chunk loader this check knows`);
          continue;
        }
        queue.push({ ...next, by: ref.file });
      }
    }
    loaded[name] = order;

    // Each entry's folder holds what its build wrote and nothing else (no stray or foreign file to load).
    const listed = new Set(Object.keys(files));
    for (const file of listed) if (!existsSync(path.join(dist, file))) problems.push(`${name}: ${file} is in the manifest but not in ${dist}`);
    if (entryDir !== '.') {
      for (const file of filesUnder(dist, entryDir)) if (!listed.has(file)) problems.push(`${name}: ${file} is in ${entryDir}/ but its build did not write it`);
    }
  }
  return { problems, loaded };
}

// As a script: check the folder given (default: the repository's dist/).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'dist'));
  const { problems, loaded } = checkProvenance(dist);
  for (const [name, files] of Object.entries(loaded)) console.log(`${name} loads ${files.join(', ')}`);
  for (const problem of problems) console.error(`PROBLEM ${problem}`);
  console.log(problems.length ? `${problems.length} problem(s) in ${dist}` : `every entry of ${dist} loads only its own build's files`);
  process.exitCode = problems.length ? 1 : 0;
}
