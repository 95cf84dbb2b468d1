// Checks an Image Customizer config against the JSON schema of its version
// (copied unchanged from microsoft/azure-linux-image-tools). The schema has no
// enums, so the few enumerations the action depends on are checked here too.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
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

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: CustomizerFeatures['schema']): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    // The schemas use Go's formats loosely; formats are not what we check here.
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    validate = ajv.compile(version === '1.6.0' ? schema160 : schema0180);
    validators.set(version, validate);
  }
  return validate;
}

/**
 * Problems with the config for this Image Customizer version; empty when it
 * is valid. The YAML-only package-list fields are not in schema.json: they
 * are checked for their form here, and their files by package-lists.ts.
 */
export function checkCustomizerConfig(config: unknown, features: CustomizerFeatures): ConfigProblem[] {
  const validate = validatorFor(features.schema);
  const split = isMapping(config) ? splitPackageLists(config) : { rest: config, problems: [] };
  const problems: ConfigProblem[] = [...split.problems];
  if (!validate(split.rest)) problems.push(...(validate.errors ?? []).map(describe));
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
