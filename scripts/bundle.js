// Bundles the action's two entry points with ncc into dist/index.js and
// dist/post.js (ESM, hence dist/package.json), plus their licenses.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
for (const entry of ['index', 'post', 'cli']) {
  const out = mkdtempSync(path.join(tmpdir(), `ncc-${entry}-`));
  execFileSync(ncc, ['build', path.join(root, 'src', `${entry}.ts`), '-o', out, '--license', 'licenses.txt', '--target', 'es2023'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const file of readdirSync(out)) {
    const target = file === 'index.js' ? `${entry}.js` : file === 'licenses.txt' ? `${entry}.licenses.txt` : file;
    if (file === 'package.json') continue;
    cpSync(path.join(out, file), path.join(dist, target), { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(path.join(dist, 'package.json'), '{\n  "type": "module"\n}\n');
