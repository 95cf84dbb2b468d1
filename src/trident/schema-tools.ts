// Helpers shared by the host-config and COSI checks: pure schema rewrites, and
// turning Ajv's raw error list into one readable message per JSON pointer.
//
// Ajv reports every failed branch of a oneOf/anyOf, which for a nullable enum
// yields a dozen lines about one value. The rewrite below inlines every $ref,
// so each error's schemaPath is a path through one tree and the errors of a
// combinator's branches can be told apart by prefix; then each failed
// combinator is replaced by either one "must be A, B or C" message (when every
// branch failed on the value itself) or the errors of the branch that came
// closest (when some branch matched the value's shape).

import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMapping } from '../context/yaml.js';
import { refusalErrors } from '../data/schema-check.js';
import { joinOr, mergeByPath, pointerJoin, pointerSegments, quote, type RawProblem } from './problems.js';

export type SchemaObject = Record<string, unknown>;

/** Keywords whose values are data, not subschemas: never rewrite inside them. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/**
 * Rebuilds a schema bottom-up, applying `visit` to every schema object after
 * its children were rebuilt. The input is never modified.
 */
export function mapSchema(node: unknown, visit: (schema: SchemaObject) => SchemaObject): unknown {
  if (Array.isArray(node)) return node.map((item) => mapSchema(item, visit));
  if (!isMapping(node)) return node;
  const rebuilt: SchemaObject = {};
  for (const [key, child] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) rebuilt[key] = structuredClone(child);
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isMapping(child)) rebuilt[key] = mapValues(child, (s) => mapSchema(s, visit));
    else rebuilt[key] = mapSchema(child, visit);
  }
  return visit(rebuilt);
}

/** Keywords whose value maps names to subschemas: the map itself is not a schema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);

function mapValues(map: Record<string, unknown>, fn: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fn(v)]));
}

/** Resolves a JSON pointer (`#/a/b` or `/a/b`, as Ajv writes schemaPath) inside `root`. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  const bare = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let current: unknown = root;
  for (const raw of pointerSegments(bare)) {
    const segment = decodeURIComponent(raw);
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isMapping(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** Annotation keywords that may sit next to a $ref without changing what it validates. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment']);

/**
 * Replaces every local `$ref` by a copy of its target and drops the
 * definitions, so that Ajv's schemaPath always describes the path through the
 * tree. Throws on a recursive schema, which cannot be inlined.
 */
export function inlineRefs(root: SchemaObject): SchemaObject {
  const inline = (node: unknown, stack: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, stack));
    if (!isMapping(node)) return node;
    const out: SchemaObject = {};
    for (const [key, child] of Object.entries(node)) {
      if (key !== '$ref') out[key] = DATA_KEYWORDS.has(key) ? child : inline(child, stack);
    }
    const ref = node.$ref;
    if (typeof ref !== 'string') return out;
    if (!ref.startsWith('#')) throw new Error(`cannot inline the non-local $ref ${ref}`);
    if (stack.includes(ref)) throw new Error(`cannot inline the recursive $ref ${ref}`);
    const target = inline(resolvePointer(root, ref), [...stack, ref]);
    if (!isMapping(target)) throw new Error(`$ref ${ref} does not resolve to a schema`);
    return mergeRefTarget(out, target);
  };
  const { definitions: _d, $defs: _e, ...rest } = root;
  return inline(rest, []) as SchemaObject;
}

/** The schema without its annotations (they validate nothing): what a validator that only says yes or no needs. Pure. */
export function withoutAnnotations(root: SchemaObject): SchemaObject {
  const stripped = mapSchema(root, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key))));
  if (!isMapping(stripped)) throw new Error('schema is not an object');
  return stripped;
}

/** A $ref with only annotations beside it becomes its target; other siblings keep their meaning via allOf. */
function mergeRefTarget(siblings: SchemaObject, target: SchemaObject): SchemaObject {
  const onlyAnnotations = Object.keys(siblings).every((k) => ANNOTATIONS.has(k));
  if (onlyAnnotations) return { ...target, ...siblings };
  const allOf: unknown[] = Array.isArray(siblings.allOf) ? siblings.allOf : [];
  return { ...siblings, allOf: [...allOf, target] };
}

/** Every `format` name used anywhere in a schema. */
export function collectFormats(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectFormats(item, found));
  else if (isMapping(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'format' && typeof child === 'string') found.add(child);
      else if (!DATA_KEYWORDS.has(key)) collectFormats(child, found);
    }
  }
  return found;
}

interface Issue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
  /** Set on the synthetic issue that stands for a whole failed combinator. */
  alternatives?: string[];
}

/** Keywords that judge the value itself rather than something inside it. */
const LEAF_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'multipleOf',
  'alternatives',
]);

/**
 * Why a document its yes-or-no check (src/data/schema-check.ts) refused is invalid: the explaining validator's
 * errors (paths through the inlined `schema`), one message per path. Loaded only then, with this module; the
 * validator must refuse the document too.
 */
export function explainRefusal(value: unknown, validate: ValidateFunction, schema: SchemaObject, what: string): RawProblem[] {
  return explainErrors(refusalErrors(value, validate, what), schema);
}

/** Turns Ajv's errors (from a schema made by inlineRefs) into one message per path. */
export function explainErrors(errors: readonly ErrorObject[], schema: SchemaObject): RawProblem[] {
  const issues = errors
    .filter((e) => e.keyword !== 'if') // always accompanied by the then/else errors that say what is wrong
    .map(toIssue);
  return mergeByPath(resolveCombinators(dropContainsNoise(issues), schema).map((i) => describeIssue(i, schema)));
}

/** A failed `contains` lists every item that did not match; its own error already says what is missing. */
function dropContainsNoise(issues: Issue[]): Issue[] {
  const contains = issues.filter((i) => i.keyword === 'contains');
  return issues.filter((i) => !contains.some((c) => i !== c && isUnder(i, c)));
}

function toIssue(error: ErrorObject): Issue {
  return {
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    params: { ...error.params },
    message: error.message ?? error.keyword,
  };
}

function isFailedCombinator(issue: Issue): boolean {
  return issue.keyword === 'oneOf' || issue.keyword === 'anyOf';
}

/** Innermost combinators first, so an outer one sees its branches already summarised. */
function resolveCombinators(issues: Issue[], schema: SchemaObject): Issue[] {
  const combinators = issues.filter(isFailedCombinator).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  let current = issues;
  for (const combinator of combinators) {
    if (current.includes(combinator)) current = resolveCombinator(current, combinator, schema);
  }
  return current;
}

function isUnder(issue: Issue, combinator: Issue): boolean {
  const p = combinator.instancePath;
  const sameValue = issue.instancePath === p || issue.instancePath.startsWith(`${p}/`);
  return sameValue && issue.schemaPath.startsWith(`${combinator.schemaPath}/`);
}

function resolveCombinator(issues: Issue[], combinator: Issue, schema: SchemaObject): Issue[] {
  const inside = issues.filter((i) => i !== combinator && isUnder(i, combinator));
  const rest = issues.filter((i) => i !== combinator && !isUnder(i, combinator));
  return [...rest, ...replaceCombinator(combinator, inside, schema)];
}

function replaceCombinator(combinator: Issue, inside: Issue[], schema: SchemaObject): Issue[] {
  const keys = requiredOnlyAlternatives(resolvePointer(schema, combinator.schemaPath));
  if (keys) {
    const quantity = combinator.keyword === 'oneOf' ? 'exactly one' : 'at least one';
    return [{ ...combinator, message: `must have ${quantity} of the keys ${joinOr(keys.map(quote))}` }];
  }
  const passing = combinator.params.passingSchemas;
  if (Array.isArray(passing)) {
    return [{ ...combinator, message: `matches more than one of its alternatives (${passing.join(', ')}); it must match exactly one` }];
  }
  const branches = groupByBranch(inside, combinator.schemaPath);
  const isLeaf = (i: Issue): boolean => i.instancePath === combinator.instancePath && LEAF_KEYWORDS.has(i.keyword);
  const shapeMatches = branches.filter((b) => !b.every(isLeaf));
  if (shapeMatches.length === 0) {
    const alternatives = [...new Set(branches.flatMap(describeBranch))];
    return [{ ...combinator, keyword: 'alternatives', alternatives }];
  }
  // The branch with the fewest complaints is the one the user most likely meant.
  return shapeMatches.reduce((best, b) => (b.length < best.length ? b : best));
}

/** Alternatives such as `oneOf: [{required: [content]}, {required: [path]}]`: the keys, else undefined. */
function requiredOnlyAlternatives(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const keys: string[] = [];
  for (const branch of branches) {
    if (!isMapping(branch) || Object.keys(branch).join() !== 'required') return undefined;
    const required = branch.required;
    if (!Array.isArray(required) || required.length !== 1 || typeof required[0] !== 'string') return undefined;
    keys.push(required[0]);
  }
  return keys;
}

function groupByBranch(inside: Issue[], combinatorPath: string): Issue[][] {
  const groups = new Map<string, Issue[]>();
  for (const issue of inside) {
    const branch = issue.schemaPath.slice(combinatorPath.length + 1).split('/')[0] ?? '';
    groups.set(branch, [...(groups.get(branch) ?? []), issue]);
  }
  return [...groups.values()];
}

/** What one failed branch wanted the value to be, as words for "must be …". */
function describeBranch(issues: Issue[]): string[] {
  const find = (keyword: string): Issue | undefined => issues.find((i) => i.keyword === keyword);
  const enumIssue = find('enum');
  if (enumIssue && Array.isArray(enumIssue.params.allowedValues)) return enumIssue.params.allowedValues.map(quote);
  const constIssue = find('const');
  if (constIssue) return [quote(constIssue.params.allowedValue)];
  const nested = find('alternatives');
  if (nested?.alternatives) return nested.alternatives;
  const format = find('format');
  if (format) return [formatWords(format.params.format)];
  const pattern = find('pattern');
  if (pattern) return [`a string matching ${String(pattern.params.pattern)}`];
  const type = find('type');
  if (type) return [typeWords(type.params.type)];
  const limit = issues.find((i) => typeof i.params.comparison === 'string');
  if (limit) return [`a number ${String(limit.params.comparison)} ${String(limit.params.limit)}`];
  return issues.map((i) => i.message.replace(/^must (be )?/, ''));
}

function describeIssue(issue: Issue, schema: SchemaObject): RawProblem {
  const at = (message: string): RawProblem => ({ path: issue.instancePath, message, atKey: false });
  switch (issue.keyword) {
    case 'additionalProperties':
      return unknownKeyProblem(issue, schema);
    case 'required':
      return at(`missing required key ${quote(issue.params.missingProperty)}`);
    case 'type':
      return at(`must be ${typeWords(issue.params.type)}`);
    case 'enum':
      return at(`must be ${joinOr(asArray(issue.params.allowedValues).map(quote))}`);
    case 'const':
      return at(`must be ${quote(issue.params.allowedValue)}`);
    case 'format':
      return at(`must be ${formatWords(issue.params.format)}`);
    case 'alternatives':
      return at(`must be ${joinOr(issue.alternatives ?? [])}`);
    default:
      return at(issue.message);
  }
}

function unknownKeyProblem(issue: Issue, schema: SchemaObject): RawProblem {
  const key = String(issue.params.additionalProperty);
  const parent = resolvePointer(schema, issue.schemaPath.replace(/\/additionalProperties$/, ''));
  const allowed = isMapping(parent) && isMapping(parent.properties) ? Object.keys(parent.properties) : [];
  const hint = allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
  return { path: pointerJoin(issue.instancePath, key), message: `unknown key ${quote(key)}${hint}`, atKey: true };
}

/** Quoted as written: some format names are regular expressions, which JSON escaping would double. */
function formatWords(format: unknown): string {
  return `a string in format "${String(format)}"`;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function typeWords(type: unknown): string {
  return joinOr(String(type).split(','));
}
