// Runs a command on Node 24 with V8's coverage and V8's function log: which
// functions ran (the coverage, as the bundle's profile run reads it) and which
// V8 compiled at their first call rather than with their file (the log). The
// eager compile's tests (test/meta/eager-compile.test.ts, test/dist/eager.test.ts)
// judge scripts/eager-compile.ts by these two.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type FunctionRange, readCoverage } from '../../scripts/eager-compile.js';
import { NODE24 } from './runner.js';

/** A function V8 compiled at its first call: its range as the log gives it (from its parameters) and its name. */
export interface LazyFunction {
  start: number;
  end: number;
  name: string;
}

export interface V8Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** By script URL: the functions that ran, as coverage ranges (scripts/eager-compile.ts's readCoverage). */
  called: Map<string, Set<FunctionRange>>;
  /** By script URL: the functions V8 compiled at their first call. */
  lazy: Map<string, LazyFunction[]>;
}

/** Runs `node <args>` with V8's coverage and function log. */
export function runWithV8Log(args: string[], o: { env: Record<string, string>; cwd?: string }): V8Run {
  const dir = mkdtempSync(path.join(tmpdir(), 'v8-run-'));
  const coverage = path.join(dir, 'coverage');
  mkdirSync(coverage);
  const logfile = path.join(dir, 'v8.log');
  const result = spawnSync(NODE24, ['--log-function-events', '--no-logfile-per-isolate', `--logfile=${logfile}`, ...args], {
    env: { ...o.env, NODE_V8_COVERAGE: coverage },
    ...(o.cwd ? { cwd: o.cwd } : {}),
    encoding: 'utf8',
  });
  const called = readCoverage(coverage);
  // `script-details,<id>,<url>,...` names a script; `function,parse-function,<id>,<start>,<end>,<ms>,<time>,<name>` is a
  // function compiled at its first call (one compiled with its script has no such line).
  const lines = readFileSync(logfile, 'utf8').split('\n');
  const urls = new Map<string, string>();
  for (const line of lines.filter((l) => l.startsWith('script-details,'))) {
    const [, id = '', url = ''] = line.split(',');
    urls.set(id, url);
  }
  const lazy = new Map<string, LazyFunction[]>();
  for (const line of lines.filter((l) => l.startsWith('function,parse-function,'))) {
    const [, , id = '', start = '', end = '', , , ...name] = line.split(',');
    const url = urls.get(id) ?? '';
    lazy.set(url, [...(lazy.get(url) ?? []), { start: Number(start), end: Number(end), name: name.join(',') || '(anonymous)' }]);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, called, lazy };
}

/**
 * A lazily compiled function as the coverage range of the same function: coverage starts a declaration at `function`
 * and the log at its parameters, so it is the innermost function that ran, ends where it ends and starts at or before it.
 */
export function coverageRange(fn: LazyFunction, called: ReadonlySet<FunctionRange>): FunctionRange | undefined {
  let best: { start: number; range: FunctionRange } | undefined;
  for (const range of called) {
    const [start = 0, end = 0] = range.split(':').map(Number);
    if (end === fn.end && start <= fn.start && (!best || start > best.start)) best = { start, range };
  }
  return best?.range;
}
