// npm run schemas: compiles the JSON schemas the action checks files against
// into standalone validators (Ajv's standalone code), one module each under
// src/data/validators/. Compiled when the action ran, they took most of its
// start-up (the COSI and Image Customizer schemas are draft 2020-12, whose
// meta-schema Ajv checks them against first); now they load only to explain a
// file that src/data/schema-check.ts found invalid. It also writes what that
// checker reads for a host config (host-config-check.json).
// test/meta/validators.test.ts fails when a committed file differs from
// what this writes, so a schema or Ajv update cannot leave them stale.
//
// Each validator's Ajv options are here, and only here.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { _, Ajv, type AnySchema, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import type { CheckSpec, FormatCheck } from '../src/data/schema-check.js';

export const VALIDATORS_DIR = path.resolve(import.meta.dirname, '..', 'src', 'data', 'validators');

// src/ imports its siblings as './x.js' (tsc's convention); run by Node, they are .ts.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.\.?\/.*\.js$/.test(specifier)) throw error;
      return next(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});

// After the hook: the formats module is TypeScript.
const { formats: ownFormats } = await import('../src/data/formats.js');

interface Validator {
  /** The module's name, without its extension. */
  file: string;
  /** What it checks, for the module's header. */
  what: string;
  draft: 'draft-07' | '2020-12';
  options: Options;
  schema: AnySchema;
  formats?: Record<string, true | RegExp | ((s: string) => boolean)>;
}

async function schemaFile(name: string): Promise<AnySchema> {
  return ((await import(`../src/data/schemas/${name}`, { with: { type: 'json' } })) as { default: AnySchema }).default;
}

async function validators(): Promise<Validator[]> {
  const { hostConfigSchema } = await import('../src/trident/host-config-schema.js');
  const { hostConfigFormats } = await import('../src/trident/host-config-formats.js');
  const { inlineRefs } = await import('../src/trident/schema-tools.js');
  const hostConfig = hostConfigSchema();
  // strictTypes off: schemars writes `type` only on some branches of a oneOf, which is valid JSON Schema.
  const strictDraft07 = { strict: true, strictTypes: false, strictRequired: false };
  // strictTuples off: the COSI schema pins only the first GPT region (prefixItems) and leaves the rest to items, on purpose.
  const strictCosi = { ...strictDraft07, strictTuples: false };
  const cosiSchema = (await schemaFile('cosi-metadata-v1.2.schema.json')) as Record<string, unknown>;
  return [
    {
      file: 'host-config',
      what: "Trident's host configuration (trident-host-config.schema.json as src/trident/host-config-schema.ts corrects it)",
      draft: 'draft-07',
      options: { ...strictDraft07, allErrors: true },
      schema: hostConfig,
      formats: hostConfigFormats(hostConfig),
    },
    {
      file: 'cosi-metadata',
      what: "a COSI's metadata.json (cosi-metadata-v1.2.schema.json, its $refs inlined)",
      draft: '2020-12',
      options: { ...strictCosi, allErrors: true },
      schema: inlineRefs(cosiSchema),
    },
    await imageCustomizer('0.18.0'),
    await imageCustomizer('1.6.0'),
  ];
}

async function imageCustomizer(version: string): Promise<Validator> {
  return {
    file: `imagecustomizer-v${version}`,
    what: `an Image Customizer config (imagecustomizer-v${version}.schema.json)`,
    draft: '2020-12',
    // The schemas use Go's formats loosely; formats are not what is checked against them.
    options: { allErrors: true, strict: false, validateFormats: false },
    schema: await schemaFile(`imagecustomizer-v${version}.schema.json`),
  };
}

/** Code points, as Ajv counts a string's length for minLength/maxLength (a surrogate pair is one). */
const UCS2LENGTH = `function ucs2length(s) {\n  let n = 0;\n  for (const _ of s) n++;\n  return n;\n}\n`;

/** The module of one validator, and its types. */
function moduleText(v: Validator): { js: string; types: string } {
  // Function formats are referenced as `formats.<name>` (src/data/formats.ts); regular expressions are inlined.
  const options: Options = { ...v.options, code: { source: true, esm: true, formats: _`formats` } };
  const ajv = v.draft === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  for (const [name, format] of Object.entries(v.formats ?? {})) {
    if (typeof format === 'function' && format !== ownFormats[name as keyof typeof ownFormats])
      throw new Error(`format '${name}' is a function that is not src/data/formats.ts's own: the generated module cannot reference it`);
    ajv.addFormat(name, format);
  }
  // A CommonJS module: imported, it is module.exports, whose `default` is the function.
  const code = standalone.default(ajv, ajv.compile(v.schema));
  const head = /^"use strict";\s*export const validate = (\w+);\s*export default \1;\s*/.exec(code);
  if (!head) throw new Error(`Ajv's standalone code for ${v.file} does not start as expected:\n${code.slice(0, 200)}`);
  const body = code.slice(head[0].length).replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length');
  const required = /require\("[^"]+"\)/.exec(body);
  if (required) throw new Error(`the validator for ${v.file} needs ${required[0]}, which the generated module does not provide`);
  const header = `// GENERATED by scripts/compile-schemas.ts (npm run schemas) from ${v.what}, with Ajv's standalone code. Do not edit.`;
  // JavaScript as Ajv writes it, compact (TypeScript would print it out again, twice the size, and it is parsed at every start).
  const js = [
    header,
    ...(body.includes('formats.') ? ["import { formats } from '../formats.js';"] : []),
    '',
    ...(body.includes('ucs2length') ? [UCS2LENGTH] : []),
    body.trimEnd(),
    '',
    `export const validate = ${head[1]};`,
    '',
  ].join('\n');
  const types = [header, "import type { ValidateFunction } from 'ajv';", 'export declare const validate: ValidateFunction;', ''].join('\n');
  return { js, types };
}

/**
 * What src/data/schema-check.ts checks a host config against (its yes or no; the Ajv validator above explains a no):
 * the corrected schema with its $refs kept and its annotations dropped, and its formats as data. Made when the
 * action is built, because correcting the schema at every start would cost what the checker saves.
 */
async function hostConfigCheck(): Promise<CheckSpec> {
  const { correctHostConfigDefinitions, hostConfigSchema } = await import('../src/trident/host-config-schema.js');
  const { hostConfigFormats } = await import('../src/trident/host-config-formats.js');
  const { withoutAnnotations } = await import('../src/trident/schema-tools.js');
  const formats = Object.entries(hostConfigFormats(hostConfigSchema())).map(([name, format]): [string, FormatCheck] => {
    if (format === true) return [name, true];
    if (format instanceof RegExp) return [name, { pattern: format.source, flags: format.flags }];
    const own = Object.entries(ownFormats).find(([, f]) => f === format)?.[0] as keyof typeof ownFormats | undefined;
    if (!own) throw new Error(`format '${name}' is a function that is not src/data/formats.ts's own: the checker cannot call it`);
    return [name, { function: own }];
  });
  const schema = withoutAnnotations(correctHostConfigDefinitions((await schemaFile('trident-host-config.schema.json')) as Record<string, unknown>));
  // Ajv's strict mode, as the explaining validator's: NaN and ±Infinity are no numbers.
  return { schema, formats: Object.fromEntries(formats.sort(([a], [b]) => a.localeCompare(b))), strictNumbers: true };
}

/** Every validator module and its types, and the host config's check, by file name under src/data/validators/. */
export async function generateValidators(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const v of await validators()) {
    const { js, types } = moduleText(v);
    out.set(`${v.file}.js`, js);
    out.set(`${v.file}.d.ts`, types);
  }
  out.set('host-config-check.json', `${JSON.stringify(await hostConfigCheck())}\n`);
  return out;
}

if (import.meta.main) {
  for (const [file, text] of await generateValidators()) {
    writeFileSync(path.join(VALIDATORS_DIR, file), text);
    console.log(`src/data/validators/${file}: ${text.length} bytes`);
  }
}
