// scripts/eager-compile.ts rewrites the bundle (npm run bundle) so that V8
// compiles the functions validate-only calls with their file. These tests run
// a module that exercises every form the rewrite touches or leaves, on the
// real Node 24: under V8's coverage (which gives the called functions, as the
// bundle's profile run does), then rewritten, then again. The rewritten module
// must print the same, and V8's own log must show the rewritten functions
// compiled with the file and only the ones the rewrite leaves compiled lazily.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { eagerCompile, type FunctionRange } from '../../scripts/eager-compile.js';
import { NODE24 } from '../support/runner.js';
import { runWithV8Log } from '../support/v8-functions.js';

// Each function that runs says so with its name; the values it returns show hoisting, names and order.
const SAMPLE = `import { EOL } from 'node:os';
const log = [];
function topLevel() { return 'top-level declaration'; }
function neverCalled() { return 'never'; }
function outer(a) {
  'use strict';
  log.push(typeof hoisted, hoisted(1));
  function hoisted(x) { return x + a; }
  function twice() { return 'first'; }
  function twice() { return 'second'; }
  log.push(twice(), hoisted.name, twice.name);
  log.push(once(), once());
  function once() { once = function again() { return 'again'; }; return 'once'; }
  function* generator() { yield 1; yield 2; }
  async function asyncDeclaration() { return 'async'; }
  log.push([...generator()].join('+'), generator.name, asyncDeclaration.name);
  function nesting() {
    log.push(inner());
    function inner() { return deeper() + '+inner'; }
    function deeper() { return 'deeper'; }
  }
  nesting();
  const arrow = (x) => x * 2;
  const concise = x => ({ x });
  const expression = function (x) { return x * 3; };
  const named = function namedExpression() { return namedExpression.name; };
  const asyncArrow = async () => 'async arrow';
  const object = { method() { return 'method'; }, value: function () { return 'value'; }, get getter() { return 'getter'; } };
  class Klass { field = () => 'field'; member() { return 'member'; } }
  const k = new Klass();
  if (a) { function inBlock() { return 'block'; } log.push(inBlock()); }
  log.push(arrow(2), concise(1).x, expression(2), named(), object.method(), object.value(), object.getter, k.field(), k.member(), arrow.name, expression.name);
  [3, 1, 2].sort((p, q) => p - q).forEach((n) => log.push(n));
  return asyncArrow().then((v) => { log.push(v); return asyncDeclaration(); });
}
log.push(topLevel());
outer(1).then((v) => { log.push(v, typeof neverCalled); process.stdout.write(log.join(EOL) + EOL); });
`;

/** Runs `file` with Node 24: its output, the functions V8's coverage saw called, and the names of those V8 compiled at their first call. */
function run(file: string) {
  const result = runWithV8Log([file], { env: { PATH: path.dirname(NODE24) } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const url = pathToFileURL(file).href;
  const called = result.called.get(url);
  if (!called) throw new Error(`no coverage of ${file}`);
  const lazy = (result.lazy.get(url) ?? []).map((fn) => fn.name).sort();
  return { stdout: result.stdout, called, lazy };
}

describe('eager compile (scripts/eager-compile.ts) on the real Node 24', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eager-'));
  const original = path.join(dir, 'original.mjs');
  writeFileSync(original, SAMPLE);
  const before = run(original);
  const { code, counts } = eagerCompile(SAMPLE, before.called);
  const rewritten = path.join(dir, 'rewritten.mjs');
  writeFileSync(rewritten, code);
  const after = run(rewritten);

  it('the rewritten module prints what the original printed: hoisting, names, reassignment, order and duplicates kept', () => {
    expect(before.stdout.split('\n')).toEqual([
      'top-level declaration',
      'function',
      '2',
      'second',
      'hoisted',
      'twice',
      'once',
      'again',
      '1+2',
      'generator',
      'asyncDeclaration',
      'deeper+inner',
      'block',
      '4',
      '1',
      '6',
      'namedExpression',
      'method',
      'value',
      'getter',
      'field',
      'member',
      'arrow',
      'expression',
      '1',
      '2',
      '3',
      'async arrow',
      'async',
      'function',
      '',
    ]);
    expect(after.stdout).toBe(before.stdout);
    expect(after.called.size).toBe(before.called.size);
  });

  it('V8 compiles the rewritten functions with the file: only methods, the class (its fields), the block declaration and the async arrow stay lazy', () => {
    // The original: every called declaration, expression and arrow outside parentheses was compiled at its first call.
    expect(before.lazy).toEqual(
      expect.arrayContaining(['topLevel', 'outer', 'hoisted', 'twice', 'once', 'generator', 'nesting', 'inner', 'arrow', 'expression']),
    );
    expect(after.lazy).toEqual(['Klass', 'asyncArrow', 'get getter', 'inBlock', 'member', 'method']);
    expect(before.lazy.length).toBeGreaterThan(after.lazy.length + 20);
  });

  it('says what it did: wrapped, hoisted, already in parentheses, left', () => {
    // Wrapped: the eleven called expressions and arrows. Hoisted: the ten called declarations (the first `twice` never runs).
    // Left: the async arrow and the block's declaration (methods are not counted: their ranges start at their names).
    expect(counts).toEqual({ wrapped: 11, hoisted: 10, already: 0, left: 2 });
    expect(code).toContain('\nvar hoisted = (function (x) { return x + a; });');
    expect(code).toContain('\nvar generator = (function* () { yield 1; yield 2; });');
    expect(code).toContain('\nvar asyncDeclaration = (async function () {');
    expect(code).toContain('const arrow = ((x) => x * 2);');
    expect(code).toContain("const asyncArrow = async () => 'async arrow';");
    expect(code).toContain("method() { return 'method'; }");
    expect(code).toContain("if (a) { function inBlock() { return 'block'; }");
    expect(code).toContain("function neverCalled() { return 'never'; }");
    // The directive stays first in its body, the hoisted declarations right after it, in their order; the uncalled
    // first `twice` stays a declaration, which the assignment of the second replaces, as the second declaration did.
    expect(code).toMatch(/function \(a\) \{\n {2}'use strict';\nvar hoisted = [^\n]*\nvar twice = \(function \(\) \{ return 'second'; \}\);/);
    expect(code).toContain("function twice() { return 'first'; }");
  });
});

describe('eagerCompile, pure', () => {
  const rangeOf = (code: string, text: string): FunctionRange => {
    const start = code.indexOf(text);
    return `${start}:${start + text.length}`;
  };

  it('changes nothing when nothing was called', () => {
    const code = 'function f() { return () => 1; }\nexport const g = function () {};\n';
    expect(eagerCompile(code, new Set())).toEqual({ code, counts: { wrapped: 0, hoisted: 0, already: 0, left: 0 } });
  });

  it("leaves a module's top-level declarations when it imports more than Node's built-ins (a cycle could call them before it runs)", () => {
    const fn = 'function f() { return 1; }';
    for (const head of ["import { x } from './x.js';", "export { y } from './y.js';", "export * from 'yaml';"]) {
      const code = `${head}\n${fn}\nf();\n`;
      expect(eagerCompile(code, new Set([rangeOf(code, fn)])), head).toEqual({ code, counts: { wrapped: 0, hoisted: 0, already: 0, left: 1 } });
    }
    const builtins = `import { EOL } from 'node:os';\nimport fs from 'fs';\n${fn}\nf();\n`;
    expect(eagerCompile(builtins, new Set([rangeOf(builtins, fn)])).code).toBe(
      `\nvar f = (function () { return 1; });import { EOL } from 'node:os';\nimport fs from 'fs';\n\nf();\n`,
    );
  });

  it('leaves a function already in parentheses as it is (webpack wraps its module functions so)', () => {
    const fn = '(m) => { m.x = 1; }';
    const code = `export const modules = { 1: (${fn}) };\n`;
    expect(eagerCompile(code, new Set([rangeOf(code, fn)]))).toEqual({ code, counts: { wrapped: 0, hoisted: 0, already: 1, left: 0 } });
  });

  it('keeps a declaration that opens its body where it is, and puts the next ones after it', () => {
    const code = 'function o() {function a() { return b(); }function b() { return 2; }return a(); }\n';
    const called = new Set([
      rangeOf(code, 'function o() {function a() { return b(); }function b() { return 2; }return a(); }'),
      rangeOf(code, 'function a() { return b(); }'),
      rangeOf(code, 'function b() { return 2; }'),
    ]);
    const { code: out } = eagerCompile(code, called);
    expect(out).toBe('\nvar o = (function () {\nvar a = (function () { return b(); });\nvar b = (function () { return 2; });return a(); });\n');
    expect(runInNewContext(`${out}; o();`)).toBe(2);
  });
});
