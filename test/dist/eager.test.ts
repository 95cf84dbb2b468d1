// The committed bundle as `npm run bundle` leaves it: in dist/main and dist/cli,
// the functions validate-only calls are in the form V8 compiles with their
// file (scripts/eager-compile.ts). This runs validate-only on examples/ from
// dist/ on the real Node 24 with V8's function log, and hands the functions of
// dist/ that V8 still compiled at their first call back to the rewrite: it must
// find nothing to change in them (they are methods, constructors, class fields
// or the few forms it leaves). It fails when dist/ was not made eager, or when
// the rewrite stopped reaching a form V8 compiles lazily.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eagerCompile, type FunctionRange } from '../../scripts/eager-compile.js';
import { writeTinyCosi } from '../support/cosi.js';
import { distMainStep, NODE24, REPO, runnerDirs } from '../support/runner.js';
import { coverageRange, runWithV8Log } from '../support/v8-functions.js';

const DIST = path.join(REPO, 'dist');

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
      return { args: [step.script], env: step.env, cwd: step.cwd };
    },
    cli: () => {
      const dirs = workspace();
      const args = [path.join(REPO, 'bin', 'trident-iso.js'), '--validate-only', '--host-config', 'host-config.yaml', '--cosi', 'os.cosi'];
      return { args, env: { PATH: path.dirname(NODE24), HOME: dirs.home, TMPDIR: dirs.tmpdir }, cwd: dirs.workspace };
    },
  };

  for (const [entry, command] of Object.entries(commands)) {
    it(`${entry}: V8 compiles at their first call only functions the rewrite has no eager form for`, () => {
      const { args, env, cwd } = command();
      const run = runWithV8Log(args, { env, cwd });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      expect(run.stdout).toContain('Every input is valid.');
      const distFiles = [...run.lazy.keys()].filter((url) => url.startsWith('file:') && fileURLToPath(url).startsWith(DIST + path.sep));
      expect(distFiles.every((url) => fileURLToPath(url).startsWith(path.join(DIST, entry) + path.sep))).toBe(true);
      let total = 0;
      for (const url of distFiles) {
        const lazy = run.lazy.get(url) ?? [];
        const called = run.called.get(url) ?? new Set<FunctionRange>();
        total += lazy.length;
        const ranges = new Set(lazy.flatMap((fn) => coverageRange(fn, called) ?? []));
        const { counts } = eagerCompile(readFileSync(fileURLToPath(url), 'utf8'), ranges);
        const file = path.relative(REPO, fileURLToPath(url));
        expect({ file, wrapped: counts.wrapped, hoisted: counts.hoisted }).toEqual({ file, wrapped: 0, hoisted: 0 });
      }
      // ncc's bundle left as it was compiles about 620 of the CLI's functions at their first call; made eager, about 130
      // (the methods, constructors and class fields of the YAML library and of the action, with no eager form).
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(250);
    });
  }
});
