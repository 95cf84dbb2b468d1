// Moves modules with `git mv` (so history follows them) and rewrites every
// relative import specifier that named them, and the moved files' own
// relative imports, in src/, test/, bench/, scripts/ and bin/.
//
//   node scripts/move.js src/old.ts src/room/new.ts [more pairs...]
//
// Specifiers keep their style: './x.js' for a TypeScript module stays a .js
// specifier (NodeNext), './x.ts' stays .ts (bench/), JSON keeps its name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ROOMS = ['src', 'test', 'bench', 'scripts', 'bin'];
const SOURCE = /\.(ts|js|cjs|mjs)$/;
// `from '...'`, `import '...'`, `import('...')`, `export ... from '...'`.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/move.js FROM TO [FROM TO ...]');
  process.exit(2);
}
/** Absolute old path → absolute new path. */
const moves = new Map();
for (let i = 0; i < args.length; i += 2) moves.set(path.resolve(root, args[i]), path.resolve(root, args[i + 1]));

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The file a specifier names: `x.js` may be the module `x.ts`. */
function target(fromFile, specifier) {
  const resolved = path.resolve(path.dirname(fromFile), specifier);
  if (existsSync(resolved) || moves.has(resolved)) return { file: resolved, swapped: false };
  const ts = resolved.replace(/\.js$/, '.ts');
  if (ts !== resolved && (existsSync(ts) || moves.has(ts))) return { file: ts, swapped: true };
  return undefined;
}

function specifierFor(fromFile, file, swapped) {
  let rel = path.relative(path.dirname(fromFile), swapped ? file.replace(/\.ts$/, '.js') : file);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel.split(path.sep).join('/');
}

// Rewrite before moving, resolving against the tree as it is now.
const files = ROOMS.flatMap((room) => sourceFiles(path.join(root, room)));
const rewritten = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const newFile = moves.get(file) ?? file;
  let changed = false;
  const next = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
    const found = target(file, specifier);
    if (!found) return whole;
    const newTarget = moves.get(found.file) ?? found.file;
    if (newTarget === found.file && newFile === file) return whole;
    const replacement = specifierFor(newFile, newTarget, found.swapped);
    if (replacement === specifier) return whole;
    changed = true;
    return `${lead}${quote}${replacement}${quote}`;
  });
  if (changed) rewritten.set(file, next);
}

for (const [from, to] of moves) {
  mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: root, stdio: 'inherit' });
}
for (const [file, text] of rewritten) writeFileSync(moves.get(file) ?? file, text);
console.log(`moved ${moves.size} file(s); rewrote imports in ${rewritten.size} file(s)`);
