// Whether a value is valid against a JSON schema, read from the schema as
// data: the yes-or-no check of a host config, a COSI's metadata.json and an
// Image Customizer config. Ajv's standalone code for these schemas was 340 KB
// of JavaScript that Node parsed and compiled at every start, three quarters
// of it for parts of the schemas a given file never reaches; this is a few
// KB, and the schemas are JSON (JSON.parse, no compiling). A "no" is then
// explained by the Ajv validator that lists every error (src/data/validators/,
// loaded only then), which must refuse it too (trident/schema-tools.ts's
// explainRefusal, customizer/schema.ts).
//
// It implements the keywords these schemas use, as Ajv 8 judges them (the
// type checks and keyword groups of ajv/lib/compile/validate/dataType.ts and
// ajv/lib/vocabularies/), draft-07 and 2020-12 alike: they differ in nothing
// these schemas use. Any other keyword throws when a value reaches it, so a
// schema update cannot be checked with half its rules; vetWholeSchema looks at
// every schema object, for the tests (test/unit/schema-check.test.ts).
import type { ErrorObject, ValidateFunction } from 'ajv';
import { formats as functionFormats } from './formats.js';

/** How a `format` is checked: any string (`true`), a regular expression, or a function of formats.ts. */
export type FormatCheck = true | { pattern: string; flags: string } | { function: keyof typeof functionFormats };

/** A schema, the checks of the formats it names, and Ajv's `strictNumbers` as its validator was compiled with. */
export interface CheckSpec {
  schema: unknown;
  formats?: Readonly<Record<string, FormatCheck>>;
  /** true: NaN and ±Infinity are no numbers (Ajv's strict mode); false: any `typeof 'number'` is (the Image Customizer schemas). */
  strictNumbers: boolean;
}

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that describe and validate nothing, and the definitions (reached through $ref). */
const IGNORED = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'definitions', '$defs', 'deprecated']);

/** Keywords this checker implements. */
const KEYWORDS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'contains',
  'minContains',
  'maxContains',
  'required',
  'properties',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
]);

const TYPES = new Set(['null', 'boolean', 'string', 'number', 'integer', 'array', 'object']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The check of `spec.schema`: a pure function of the value. Each schema object
 * is looked at when a value first reaches it (one never reached cannot change
 * an answer, and looking at all of them took as long as the checks): a keyword
 * it does not implement, `items` as an array (draft-07 tuples), a $ref outside
 * the schema, a format it has no check for or an unknown type throw then.
 */
export function schemaCheck(spec: CheckSpec): (value: unknown) => boolean {
  const { valid } = checker(spec);
  return (value) => valid(spec.schema, value);
}

/**
 * Looks at every schema object in `spec.schema` (the definitions too) as the
 * check does when a value reaches it, and throws as it would: for the tests,
 * which show that the vendored schemas use nothing the check does not implement.
 */
export function vetWholeSchema(spec: CheckSpec): void {
  const { vet } = checker(spec);
  const walk = (node: unknown): void => {
    if (!isObject(node)) return;
    vet(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'enum' || key === 'const') continue;
      if (key === 'properties' || key === 'definitions' || key === '$defs') {
        if (isObject(child)) Object.values(child).forEach(walk);
      } else if (Array.isArray(child)) child.forEach(walk);
      else walk(child);
    }
  };
  walk(spec.schema);
}

/**
 * The errors of the validator that explains a value the check refused. It must refuse the value too: a validator
 * that accepts it means the two disagree, an internal error, never a pass.
 */
export function refusalErrors(value: unknown, explainer: ValidateFunction, what: string): ErrorObject[] {
  if (explainer(value))
    throw new Error(`internal error: the ${what} validators disagree (one refuses what the other accepts); please report it with this ${what}`);
  return explainer.errors ?? [];
}

function checker(spec: CheckSpec): { valid: (schema: unknown, x: unknown) => boolean; vet: (node: Schema) => void } {
  const root = spec.schema;
  const { strictNumbers } = spec;
  const formats = spec.formats ?? {};
  const formatChecks = new Map<string, (s: string) => boolean>();
  const patterns = new Map<string, RegExp>();
  const targets = new Map<string, unknown>();
  const vetted = new WeakSet<object>();

  const refuse = (what: string, node: Schema): never => {
    throw new Error(`schema-check: ${what}, in ${JSON.stringify(node).slice(0, 120)}`);
  };

  const vet = (node: Schema): void => {
    for (const key in node) if (!KEYWORDS.has(key) && !IGNORED.has(key)) refuse(`keyword '${key}' is not implemented`, node);
    if (Array.isArray(node.items)) refuse('items as an array (draft-07 tuples) is not implemented', node);
    if (typeof node.$ref === 'string') target(node.$ref, node);
    const types: unknown[] = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
    for (const type of types) if (typeof type !== 'string' || !TYPES.has(type)) refuse(`type '${String(type)}' is not a JSON schema type`, node);
    if (typeof node.format === 'string' && !formatChecks.has(node.format)) {
      const format = formats[node.format];
      if (format === undefined) refuse(`no check for format '${node.format}'`, node);
      else formatChecks.set(node.format, formatTest(format));
    }
    // Ajv's `pattern`: a Unicode regular expression, unanchored.
    if (typeof node.pattern === 'string' && !patterns.has(node.pattern)) patterns.set(node.pattern, new RegExp(node.pattern, 'u'));
    vetted.add(node);
  };

  function target(ref: string, from: Schema): unknown {
    const known = targets.get(ref);
    if (known !== undefined) return known;
    if (!ref.startsWith('#')) refuse(`$ref ${ref} is not inside the schema`, from);
    let node: unknown = root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      node = Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined;
    }
    if (node === undefined) refuse(`$ref ${ref} resolves to nothing`, from);
    targets.set(ref, node);
    return node;
  }

  const valid = (schema: unknown, x: unknown): boolean => {
    if (schema === true) return true;
    if (schema === false || !isObject(schema)) return false;
    const s: Schema = schema;
    if (!vetted.has(s)) vet(s);
    if (typeof s.$ref === 'string' && !valid(target(s.$ref, s), x)) return false;
    if (s.type !== undefined && !(Array.isArray(s.type) ? s.type.some((t) => hasType(x, t)) : hasType(x, s.type))) return false;
    if (Array.isArray(s.enum) && !s.enum.some((v) => equal(v, x))) return false;
    if ('const' in s && !equal(s.const, x)) return false;
    if (typeof x === 'number' && (!strictNumbers || Number.isFinite(x)) && !numberValid(s, x)) return false;
    if (typeof x === 'string' && !stringValid(s, x)) return false;
    if (Array.isArray(x) && !arrayValid(s, x)) return false;
    if (isObject(x) && !objectValid(s, x)) return false;
    if (Array.isArray(s.allOf) && !s.allOf.every((sub) => valid(sub, x))) return false;
    if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => valid(sub, x))) return false;
    if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => valid(sub, x)).length !== 1) return false;
    if (s.not !== undefined && valid(s.not, x)) return false;
    if (s.if !== undefined) {
      const branch = valid(s.if, x) ? s.then : s.else;
      if (branch !== undefined && !valid(branch, x)) return false;
    }
    return true;
  };

  /** Ajv's type checks (ajv/lib/compile/validate/dataType.ts, checkDataType). */
  const hasType = (x: unknown, type: unknown): boolean => {
    switch (type) {
      case 'null':
        return x === null;
      case 'boolean':
      case 'string':
        return typeof x === type;
      case 'number':
        return typeof x === 'number' && (!strictNumbers || Number.isFinite(x));
      case 'integer':
        // Loose, Ajv's `!(x % 1) && !isNaN(x)` lets ±Infinity through (Infinity % 1 is NaN).
        return typeof x === 'number' && !(x % 1) && !Number.isNaN(x) && (!strictNumbers || Number.isFinite(x));
      case 'array':
        return Array.isArray(x);
      default:
        return isObject(x);
    }
  };

  // Ajv applies each group of keywords only to data of its type (numbers: finite ones when strict), and fails NaN on a limit.
  const numberValid = (s: Schema, x: number): boolean =>
    !(typeof s.minimum === 'number' && (x < s.minimum || Number.isNaN(x))) && !(typeof s.maximum === 'number' && (x > s.maximum || Number.isNaN(x)));

  const stringValid = (s: Schema, x: string): boolean => {
    if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
      const length = codePoints(x);
      if (typeof s.minLength === 'number' && length < s.minLength) return false;
      if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
    }
    if (typeof s.pattern === 'string' && !patterns.get(s.pattern)?.test(x)) return false;
    if (typeof s.format === 'string' && !formatChecks.get(s.format)?.(x)) return false;
    return true;
  };

  const arrayValid = (s: Schema, x: readonly unknown[]): boolean => {
    if (typeof s.minItems === 'number' && x.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && x.length > s.maxItems) return false;
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
    for (let i = 0; i < Math.min(prefix.length, x.length); i++) if (!valid(prefix[i], x[i])) return false;
    if (s.items !== undefined) for (let i = prefix.length; i < x.length; i++) if (!valid(s.items, x[i])) return false;
    if (s.contains !== undefined) {
      const matches = x.filter((item) => valid(s.contains, item)).length;
      if (matches < (typeof s.minContains === 'number' ? s.minContains : 1)) return false;
      if (typeof s.maxContains === 'number' && matches > s.maxContains) return false;
    }
    return true;
  };

  // As Ajv's generated code: a property is there unless reading it gives undefined; additionalProperties looks at `for in` keys.
  const objectValid = (s: Schema, x: Record<string, unknown>): boolean => {
    if (Array.isArray(s.required) && s.required.some((key) => x[String(key)] === undefined)) return false;
    const properties = isObject(s.properties) ? s.properties : {};
    for (const [key, sub] of Object.entries(properties)) if (x[key] !== undefined && !valid(sub, x[key])) return false;
    if (s.additionalProperties !== undefined) {
      for (const key in x) if (!Object.hasOwn(properties, key) && !valid(s.additionalProperties, x[key])) return false;
    }
    return true;
  };

  return { valid, vet };
}

/** A string's length in code points, as Ajv's ucs2length counts it (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Deep equality of JSON values, as Ajv's enum and const use it (fast-deep-equal). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function formatTest(f: FormatCheck): (s: string) => boolean {
  if (f === true) return () => true;
  if ('function' in f) return functionFormats[f.function];
  const re = new RegExp(f.pattern, f.flags);
  return (s) => re.test(s);
}
