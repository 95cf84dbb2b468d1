// Builds dist/: tsc compiles src/ (tsconfig.build.json) to build/, then ncc
// bundles the three entry points (index: the action, post: its cleanup step,
// cli: trident-iso) with their dependencies into single ESM files.
// dist/ is replaced only when every step succeeded.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

rmSync(path.join(root, 'build'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

const staging = mkdtempSync(path.join(tmpdir(), 'dist-'));
for (const entry of ['index', 'post', 'cli']) {
  const out = mkdtempSync(path.join(tmpdir(), `ncc-${entry}-`));
  run(bin('ncc'), ['build', path.join(root, 'build', 'entry', `${entry}.js`), '-o', out, '--license', 'licenses.txt', '--target', 'es2023']);
  for (const file of readdirSync(out)) {
    if (file === 'package.json') continue;
    const target = file === 'index.js' ? `${entry}.js` : file === 'licenses.txt' ? `${entry}.licenses.txt` : file;
    cpSync(path.join(out, file), path.join(staging, target), { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}
// The bundles are ES modules.
writeFileSync(path.join(staging, 'package.json'), '{\n  "type": "module"\n}\n');

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
mkdirSync(path.join(root, 'dist'));
cpSync(staging, path.join(root, 'dist'), { recursive: true });
rmSync(staging, { recursive: true, force: true });
rmSync(path.join(root, 'build'), { recursive: true, force: true });
