// Whether a host config is valid against Trident's schema as
// host-config-schema.ts corrects it: src/data/schema-check.ts on the corrected
// schema, made when the action is built (src/data/validators/host-config-check.json,
// scripts/compile-schemas.ts). What explains a refusal (the vendored schema,
// its corrections and the Ajv validator) loads only for a config this refuses.
import { schemaCheck, type CheckSpec } from '../data/schema-check.js';
import checkSpec from '../data/validators/host-config-check.json' with { type: 'json' };

/** Whether the corrected schema accepts a config (made at once: the check looks at the schema only as values reach it). */
export const hostConfigValid: (value: unknown) => boolean = schemaCheck(checkSpec as CheckSpec);

/** Its top-level keys (the corrections leave them as the vendored schema has them). */
export function hostConfigKeys(): string[] {
  return Object.keys(checkSpec.schema.properties);
}
