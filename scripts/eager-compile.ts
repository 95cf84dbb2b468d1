// Part of `npm run bundle` (scripts/bundle.js): after ncc has built an entry
// point, the functions that a validate-only run of it calls are put in the one
// form V8 compiles together with their file, instead of at their first call.
//
// Why (issue 12: validate-only within 3 × `node -e 0`). V8 compiles lazily:
// with a file it only pre-parses each function, and when the function is first
// called it parses it again, fully, and compiles it. A function expression in
// parentheses, `(function () {})` or `(() => {})`, it compiles with the file
// (its heuristic for a function that is about to be called), so a function
// that runs anyway is parsed once instead of twice. validate-only is almost
// nothing but such first calls: about a thousand functions, each compiled for
// the run, in the YAML library and the action's own code.
//
// What changes, in the functions the profile run called and nowhere else (V8's
// coverage of that run gives each function's start and end):
// - a function expression or a (non-async) arrow function that is not already
//   in parentheses gets them: `x => y` becomes `(x => y)`;
// - a function declaration directly in a function body becomes
//   `var f = (function (…) {…});` at the start of that body, after its
//   directives. Like the declaration, it is bound and holds the function
//   before any statement of the body runs, under the same binding (so code
//   that reassigns `f` still can), and `f.name` is still "f" (inferred from
//   the binding). Only its source text (`f.toString()`) loses the name.
// - so does a declaration at a module's top level, when the module imports
//   nothing but Node's built-in modules. A module's declarations exist before
//   it runs, an assignment only once it runs: the difference shows only to a
//   module that imports this one and calls it first, which needs a cycle of
//   imports, which a module that imports only built-ins cannot be in (ncc's
//   index.js imports `module` alone; its chunks import nothing).
// Left as they are: declarations in blocks, async arrows (V8 has no eager form
// for them), and methods, getters, setters and constructors (nor for those).
//
// The rewrite adds characters and moves whole declarations; it renames,
// removes and reorders no statement that runs. bundle.js checks its output:
// the profile run again on it must print the same and call as many functions
// (and the dist smoke and end-to-end suites run it).
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { parse } from 'acorn';
import MagicString from 'magic-string';

/** A function of the profile run: its source range as V8's coverage gives it, `start:end`. */
export type FunctionRange = `${number}:${number}`;

/** What the rewrite did to one file. */
export interface EagerCounts {
  /** Function expressions and arrows put in parentheses. */
  wrapped: number;
  /** Declarations turned into a `var` assignment at the start of their body. */
  hoisted: number;
  /** Called functions in parentheses already (webpack's module functions). */
  already: number;
  /** Called functions left lazy: declarations in blocks (or at the top level of a module that imports more than built-ins), async arrows. */
  left: number;
}

/** V8's precise coverage of one script (the `result` entries of a NODE_V8_COVERAGE file). */
interface ScriptCoverage {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

/** The functions of one script that ran at least once (the script's own top level excluded). */
function calledFunctions(script: ScriptCoverage): Set<FunctionRange> {
  const called = new Set<FunctionRange>();
  for (const fn of script.functions) {
    const range = fn.ranges[0];
    if (range && range.count > 0 && range.startOffset > 0) called.add(`${range.startOffset}:${range.endOffset}`);
  }
  return called;
}

/** What a run under NODE_V8_COVERAGE=`dir` called: for each script URL, the functions that ran at least once. */
export function readCoverage(dir: string): Map<string, Set<FunctionRange>> {
  const called = new Map<string, Set<FunctionRange>>();
  for (const file of readdirSync(dir)) {
    for (const script of (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { result: ScriptCoverage[] }).result) {
      called.set(script.url, calledFunctions(script));
    }
  }
  return called;
}

// The ESTree nodes this walks, as acorn gives them (only the fields used here).
interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}
interface FunctionNode extends Node {
  id: Node | null;
  async: boolean;
  body: Node;
}
interface Body extends Node {
  body: Node[];
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Whether every module `program` imports (or re-exports from) is one of Node's built-ins. */
function importsOnlyBuiltins(program: Body): boolean {
  return program.body.every((statement) => {
    const source = statement.source;
    return !isNode(source) || (typeof source.value === 'string' && isBuiltin(source.value));
  });
}

/** Where a body's statements begin: after the `{` of a function body (or the module's start), after its directives ("use strict"). */
function bodyStart(body: Body, open: number): number {
  let at = open;
  for (const statement of body.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    at = statement.end;
  }
  return at;
}

/**
 * The module `code` with the functions in `called` made eager (see the header). Pure: the same code and ranges
 * give the same text.
 */
export function eagerCompile(code: string, called: ReadonlySet<FunctionRange>): { code: string; counts: EagerCounts } {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', preserveParens: true }) as unknown as Body;
  const out = new MagicString(code);
  const counts: EagerCounts = { wrapped: 0, hoisted: 0, already: 0, left: 0 };

  // `scope` is the innermost function body: its node and where its statements begin.
  const visit = (node: Node, parent: Node | undefined, scope: { body: Node; at: number } | undefined): void => {
    let inner = scope;
    if (FUNCTIONS.has(node.type)) {
      const fn = node as FunctionNode;
      if (called.has(`${fn.start}:${fn.end}`)) make(fn, parent, scope);
      if (fn.body.type === 'BlockStatement') inner = { body: fn.body, at: bodyStart(fn.body as Body, fn.body.start + 1) };
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === 'type' || field === 'start' || field === 'end') continue;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child, node, inner);
      } else if (isNode(value)) visit(value, node, inner);
    }
  };

  const make = (fn: FunctionNode, parent: Node | undefined, scope: { body: Node; at: number } | undefined): void => {
    if (fn.type === 'FunctionDeclaration') {
      // Only a declaration directly in a function body, or the module's (see the header): never a block's.
      if (!fn.id || !scope || parent !== scope.body) return void counts.left++;
      const keyword = code.slice(fn.start, fn.id.start).trimEnd(); // function, function*, async function, async function*
      out.overwrite(fn.start, fn.id.end, `\nvar ${code.slice(fn.id.start, fn.id.end)} = (${keyword} `);
      out.appendLeft(fn.end, ');');
      // Each goes to the start of the body, after the ones before it; one already there stays, and the next go after it.
      if (fn.start === scope.at) scope.at = fn.end;
      else out.move(fn.start, fn.end, scope.at);
      counts.hoisted++;
      return;
    }
    // A method's value (`m() {}`, `get x() {}`, class members) is a FunctionExpression with no eager form.
    const method =
      parent !== undefined &&
      (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method === true || parent.kind !== 'init')));
    if (method || (fn.type === 'ArrowFunctionExpression' && fn.async)) return void counts.left++;
    if (parent?.type === 'ParenthesizedExpression') return void counts.already++;
    out.appendRight(fn.start, '(');
    out.appendLeft(fn.end, ')');
    counts.wrapped++;
  };

  visit(ast, undefined, importsOnlyBuiltins(ast) ? { body: ast, at: bodyStart(ast, 0) } : undefined);
  return { code: out.toString(), counts };
}
