// src/data/schema-check.ts, the yes-or-no JSON schema check, against Ajv as
// the oracle: every keyword it implements, on the values where Ajv's choices
// show (NaN and ±Infinity, code points, inherited properties), in both of
// Ajv's number modes. That it judges the real schemas as their Ajv validators
// do, on samples and mutations, is in the host config, COSI and Image
// Customizer config tests; that it refuses what it does not implement is here.
import { Ajv, type AnySchema } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaCheck, vetWholeSchema, type CheckSpec } from '../../src/data/schema-check.js';
import hostConfigCheck from '../../src/data/validators/host-config-check.json' with { type: 'json' };
import cosiSchema from '../../src/data/schemas/cosi-metadata-v1.2.schema.json' with { type: 'json' };
import ic0180 from '../../src/data/schemas/imagecustomizer-v0.18.0.schema.json' with { type: 'json' };
import ic160 from '../../src/data/schemas/imagecustomizer-v1.6.0.schema.json' with { type: 'json' };

const NUMBERS = [0, -0, 1, -1, 1.5, 7, 777, 778, Infinity, -Infinity, NaN];
const VALUES: unknown[] = [
  ...NUMBERS,
  null,
  true,
  false,
  '',
  'a',
  'ab',
  '😀',
  '😀😀',
  'abc',
  [],
  [1],
  [1, 'a'],
  ['a', 'a'],
  {},
  { a: 1 },
  { b: 'x' },
  { a: 1, b: 2 },
];

/** Schemas of one or two keywords each: together, every keyword schema-check implements. */
const CASES: Record<string, AnySchema> = {
  'type null': { type: 'null' },
  'type boolean': { type: 'boolean' },
  'type string': { type: 'string' },
  'type number': { type: 'number' },
  'type integer': { type: 'integer' },
  'type array': { type: 'array' },
  'type object': { type: 'object' },
  'type list': { type: ['string', 'number'] },
  'enum of primitives': { enum: [1, 'a', null] },
  'enum of containers': { enum: [[1], { a: 1 }] },
  'const primitive': { const: 'a' },
  'const container': { const: { a: 1 } },
  minimum: { minimum: 0 },
  maximum: { maximum: 777 },
  'integer with limits': { type: 'integer', minimum: 0, maximum: 777 },
  minLength: { minLength: 2 },
  maxLength: { maxLength: 1 },
  pattern: { pattern: '^a' },
  'unicode pattern': { pattern: '^.$' },
  items: { items: { type: 'number' } },
  minItems: { minItems: 1 },
  maxItems: { maxItems: 1 },
  prefixItems: { prefixItems: [{ type: 'number' }], items: { type: 'string' } },
  contains: { contains: { type: 'string' } },
  'min and max contains': { contains: { type: 'string' }, minContains: 2, maxContains: 2 },
  'minContains 0': { contains: { type: 'string' }, minContains: 0, maxContains: 0 },
  required: { required: ['a'] },
  'required, inherited': { required: ['toString', 'a'] },
  properties: { properties: { a: { type: 'number' }, b: { type: 'number' } } },
  'additionalProperties false': { properties: { a: {} }, additionalProperties: false },
  'additionalProperties schema': { properties: { a: {} }, additionalProperties: { type: 'string' } },
  allOf: { allOf: [{ type: 'number' }, { minimum: 1 }] },
  anyOf: { anyOf: [{ type: 'string' }, { minimum: 1 }] },
  oneOf: { oneOf: [{ type: 'number' }, { minimum: 1 }] },
  not: { not: { type: 'string' } },
  'if then': { if: { type: 'number' }, then: { minimum: 1 } },
  'if else': { if: { type: 'number' }, else: { type: 'string' } },
  'if then else': { if: { required: ['a'] }, then: { required: ['b'] }, else: { maxLength: 1 } },
  $ref: { $defs: { n: { type: 'number' } }, properties: { a: { $ref: '#/$defs/n' } }, items: { $ref: '#/$defs/n' } },
  'boolean schemas': { properties: { a: true, b: false } },
};

describe('schema-check, judged against Ajv', () => {
  for (const strictNumbers of [true, false]) {
    const ajv = new Ajv2020({ strict: false, strictNumbers });
    it.each(Object.entries(CASES))(`%s, strictNumbers ${String(strictNumbers)}`, (_name, schema) => {
      const check = schemaCheck({ schema, strictNumbers });
      const oracle = ajv.compile(schema);
      const verdicts = VALUES.map((value) => [value, check(value)]);
      expect(verdicts).toEqual(VALUES.map((value) => [value, oracle(value)]));
      // Each case tells values apart: it is not a schema every value passes or fails.
      expect(new Set(verdicts.map(([, v]) => v)).size).toBe(2);
    });
  }

  it('checks formats as regular expressions, functions of src/data/formats.ts, or not at all, on strings only', () => {
    const schema = { properties: { r: { format: 'hex' }, u: { format: 'uri' }, t: { format: 'anything' } } };
    const check = schemaCheck({
      schema,
      formats: { hex: { pattern: '^[0-9a-f]+$', flags: 'i' }, uri: { function: 'uri' }, anything: true },
      strictNumbers: true,
    });
    const ajv = new Ajv({ strict: false });
    ajv.addFormat('hex', /^[0-9a-f]+$/i);
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('anything', true);
    const oracle = ajv.compile(schema);
    const values = [{ r: 'Ab' }, { r: 'x' }, { r: 5 }, { u: 'file:///a b' }, { u: 'not a url' }, { u: 1 }, { t: '?' }];
    expect(values.map((v) => check(v))).toEqual(values.map((v) => oracle(v)));
    expect(values.map((v) => check(v))).toEqual([true, false, true, true, false, true, true]);
  });
});

describe('schema-check on the real schemas', () => {
  const specs: Record<string, CheckSpec> = {
    'the host config (src/data/validators/host-config-check.json)': hostConfigCheck as CheckSpec,
    'COSI metadata 1.2': { schema: cosiSchema, strictNumbers: true },
    'Image Customizer 0.18.0': { schema: ic0180, strictNumbers: false },
    'Image Customizer 1.6.0': { schema: ic160, strictNumbers: false },
  };
  it.each(Object.entries(specs))('implements every keyword, $ref, type and format of %s', (_name, spec) => {
    expect(() => vetWholeSchema(spec)).not.toThrow();
    expect(schemaCheck(spec)([])).toBe(false);
  });
});

describe('schema-check refuses what it does not implement, when a value reaches it (vetWholeSchema: anywhere)', () => {
  const deep = { properties: { a: { items: { dependentRequired: {} } } } };
  it.each([
    ['a keyword', { uniqueItems: true }, /keyword 'uniqueItems' is not implemented/],
    ['draft-07 tuples', { items: [{ type: 'string' }] }, /items as an array/],
    ['a $ref outside the schema', { $ref: 'other.json#/x' }, /not inside the schema/],
    ['a $ref to nothing', { $ref: '#/$defs/missing' }, /resolves to nothing/],
    ['a format it has no check for', { format: 'email' }, /no check for format 'email'/],
    ['a type JSON schema does not have', { type: 'float' }, /type 'float'/],
  ])('%s', (_what, schema, error) => {
    expect(() => schemaCheck({ schema, strictNumbers: true })('a')).toThrow(error);
    expect(() => vetWholeSchema({ schema, strictNumbers: true })).toThrow(error);
  });

  it('a keyword deep inside: when a value reaches it, and not before (a schema object no value reaches changes no answer)', () => {
    const check = schemaCheck({ schema: deep, strictNumbers: true });
    expect(check({ b: [1] })).toBe(true);
    expect(check({ a: 'no list' })).toBe(true);
    expect(() => check({ a: [1] })).toThrow(/keyword 'dependentRequired' is not implemented/);
    expect(() => vetWholeSchema({ schema: deep, strictNumbers: true })).toThrow(/dependentRequired/);
  });
});
