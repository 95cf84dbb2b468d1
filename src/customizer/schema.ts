// Checks an Image Customizer config against the JSON schema of its version
// (copied unchanged from microsoft/azure-linux-image-tools): src/data/schema-check.ts
// says yes or no from the schema; for a no, the Ajv validator compiled when the
// action is built says why. The schema has no enums, so the few enumerations
// the action depends on are checked here too.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { refusalErrors, schemaCheck } from '../data/schema-check.js';
import schema0180 from '../data/schemas/imagecustomizer-v0.18.0.schema.json' with { type: 'json' };
import schema160 from '../data/schemas/imagecustomizer-v1.6.0.schema.json' with { type: 'json' };
import { SELINUX_MODES } from '../context/input-types.js';
import { isMapping } from '../context/yaml.js';
import { splitPackageLists } from './package-lists.js';
import type { CustomizerFeatures } from './version.js';

export interface ConfigProblem {
  /** JSON pointer of the offending value, e.g. /os/selinux/mode. */
  path: string;
  message: string;
}

/** Each schema's yes-or-no check (made at once: it looks at the schema only as values reach it). Its validators were compiled without Ajv's strict mode: loose numbers. */
const ACCEPTS: Record<CustomizerFeatures['schema'], (value: unknown) => boolean> = {
  '0.18.0': schemaCheck({ schema: schema0180, strictNumbers: false }),
  '1.6.0': schemaCheck({ schema: schema160, strictNumbers: false }),
};

/**
 * Each schema's explaining validator, compiled when the action is built (src/data/validators/, scripts/compile-schemas.ts),
 * loaded only for a config its check refuses: each is over 100 KB of code for Node to parse.
 */
const EXPLAINERS: Record<CustomizerFeatures['schema'], () => Promise<ValidateFunction>> = {
  '0.18.0': async () => (await import('../data/validators/imagecustomizer-v0.18.0.js')).validate,
  '1.6.0': async () => (await import('../data/validators/imagecustomizer-v1.6.0.js')).validate,
};

/**
 * Problems with the config for this Image Customizer version; empty when it
 * is valid. The YAML-only package-list fields are not in schema.json: they
 * are checked for their form here, and their files by package-lists.ts.
 */
export async function checkCustomizerConfig(config: unknown, features: CustomizerFeatures): Promise<ConfigProblem[]> {
  const split = isMapping(config) ? splitPackageLists(config) : { rest: config, problems: [] };
  const problems: ConfigProblem[] = [...split.problems];
  if (!ACCEPTS[features.schema](split.rest)) {
    const errors = refusalErrors(split.rest, await EXPLAINERS[features.schema](), `Image Customizer ${features.schema} config`);
    problems.push(...errors.map(describe));
  }
  const mode = (config as { os?: { selinux?: { mode?: unknown } } } | null)?.os?.selinux?.mode;
  if (mode !== undefined && !SELINUX_MODES.some((m) => m === mode)) {
    problems.push({
      path: '/os/selinux/mode',
      message: `must be one of ${SELINUX_MODES.join(', ')}; got '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'`,
    });
  }
  return dedupe(problems);
}

function describe(error: ErrorObject): ConfigProblem {
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return { path: `${error.instancePath}/${key}`, message: `unknown key '${key}' (Image Customizer rejects keys it does not know)` };
  }
  return { path: error.instancePath || '/', message: error.message ?? error.keyword };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
