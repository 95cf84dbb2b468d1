// The committed bundle as `npm run bundle` leaves it: in dist/main and dist/cli,
// the functions validate-only calls are in the form V8 compiles with their
// file (scripts/eager-compile.ts). This runs validate-only on examples/ from
// dist/ on the real Node 24 with V8's function log, and hands the functions of
// dist/ that V8 still compiled at their first call back to the rewrite: it must
// find nothing to change in them (they are methods, constructors, class fields
// or the few forms it leaves). It fails when dist/ was not made eager, or when
// the rewrite stopped reaching a form V8 compiles lazily.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { eagerCompile, type FunctionRange } from '../../scripts/eager-compile.js';
import { writeTinyCosi } from '../support/cosi.js';
import { distMainStep, NODE24, REPO, runnerDirs } from '../support/runner.js';

const DIST = path.join(REPO, 'dist');

/**
 * The functions of `code` by their end, each as `start:end` the way V8's coverage (and so the rewrite) gives it: from
 * `function`, `async` or the parameters. V8's function log starts a function at its parameters instead.
 */
function functionsByEnd(code: string): Map<number, { start: number; end: number }[]> {
  const byEnd = new Map<number, { start: number; end: number }[]>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; start: number; end: number };
    if (typeof n.type === 'string' && /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(n.type)) {
      byEnd.set(n.end, [...(byEnd.get(n.end) ?? []), { start: n.start, end: n.end }]);
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object') visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  return byEnd;
}

/** Runs a command of dist/ with V8's function log: the functions of dist/ compiled at their first call, by file. */
function lazilyCompiled(args: string[], env: Record<string, string>, cwd: string, logfile: string): Map<string, Set<FunctionRange>> {
  const result = spawnSync(NODE24, ['--log-function-events', '--no-logfile-per-isolate', `--logfile=${logfile}`, ...args], { env, cwd, encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  expect(result.stdout).toContain('Every input is valid.');
  // `script-details,<id>,<url>,...` names a script; `function,parse-function,<id>,<start>,<end>,...` is a function
  // compiled at its first call.
  const lines = readFileSync(logfile, 'utf8').split('\n');
  const files = new Map<string, string>();
  for (const line of lines.filter((l) => l.startsWith('script-details,'))) {
    const [, id = '', url = ''] = line.split(',');
    if (url.startsWith('file:') && fileURLToPath(url).startsWith(DIST + path.sep)) files.set(id, fileURLToPath(url));
  }
  const lazy = new Map<string, Set<FunctionRange>>();
  for (const line of lines.filter((l) => l.startsWith('function,parse-function,'))) {
    const [, , id = '', start = '', end = ''] = line.split(',');
    const file = files.get(id);
    if (file) lazy.set(file, (lazy.get(file) ?? new Set()).add(`${Number(start)}:${Number(end)}`));
  }
  return lazy;
}

function workspace() {
  const dirs = runnerDirs(mkdtempSync(path.join(tmpdir(), 'eager-dist-')));
  copyFileSync(path.join(REPO, 'examples', 'host-config.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
  return dirs;
}

describe('dist/: what validate-only calls is compiled with its file (npm run bundle, scripts/eager-compile.ts)', () => {
  const commands = {
    main: () => {
      const dirs = workspace();
      const step = distMainStep(dirs, { inputs: { 'host-config': 'host-config.yaml', cosi: 'os.cosi', 'validate-only': 'true' } });
      return { args: [step.script], env: step.env, cwd: step.cwd, log: path.join(dirs.root, 'v8.log') };
    },
    cli: () => {
      const dirs = workspace();
      const args = [path.join(REPO, 'bin', 'trident-iso.js'), '--validate-only', '--host-config', 'host-config.yaml', '--cosi', 'os.cosi'];
      return { args, env: { PATH: path.dirname(NODE24), HOME: dirs.home, TMPDIR: dirs.tmpdir }, cwd: dirs.workspace, log: path.join(dirs.root, 'v8.log') };
    },
  };

  for (const [entry, command] of Object.entries(commands)) {
    it(`${entry}: V8 compiles at their first call only functions the rewrite has no eager form for`, () => {
      const { args, env, cwd, log } = command();
      const lazy = lazilyCompiled(args, env, cwd, log);
      expect([...lazy.keys()].every((file) => file.startsWith(path.join(DIST, entry) + path.sep))).toBe(true);
      let total = 0;
      for (const [file, logged] of lazy) {
        total += logged.size;
        const code = readFileSync(file, 'utf8');
        const byEnd = functionsByEnd(code);
        // The innermost function that ends where the logged one does and starts at or before it.
        const ranges = new Set(
          [...logged].flatMap((range): FunctionRange[] => {
            const [start = 0, end = 0] = range.split(':').map(Number);
            const fn = (byEnd.get(end) ?? []).filter((f) => f.start <= start).sort((a, b) => b.start - a.start)[0];
            return fn ? [`${fn.start}:${fn.end}`] : [];
          }),
        );
        const { counts } = eagerCompile(code, ranges);
        expect({ file: path.relative(REPO, file), wrapped: counts.wrapped, hoisted: counts.hoisted }).toEqual({
          file: path.relative(REPO, file),
          wrapped: 0,
          hoisted: 0,
        });
      }
      // ncc's bundle left as it was compiles about 620 of the CLI's functions at their first call; made eager, about 130
      // (the methods, constructors and class fields of the YAML library and of the action, with no eager form).
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(250);
    });
  }
});
