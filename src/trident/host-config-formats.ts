// The formats of the host config schema, as its validators check them: a
// build-time decision (scripts/compile-schemas.ts writes them into the
// validators), so nothing at run time imports this module.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { formats } from '../data/formats.js';
import { collectFormats, type SchemaObject } from './schema-tools.js';

export type Format = true | RegExp | ((s: string) => boolean);

/** Formats whose names are regular expressions (schemars copied a `#[schemars(regex)]` into `format`). */
const REGEX_FORMATS = new Set(['\\d+\\s*[KMGT]?', '[a-fA-F0-9]{96}']);

/** Standard formats Trident really enforces (its fields are `Url` and `Uuid`). */
const STANDARD_FORMATS: Record<string, Format> = {
  uuid: fullFormats.uuid as RegExp,
  uri: formats.uri,
};

/** The format of every name the schema uses, for its validator. */
export function hostConfigFormats(schema: SchemaObject): Record<string, Format> {
  return Object.fromEntries([...collectFormats(schema)].map((name) => [name, formatFor(name)]));
}

/**
 * uuid and uri are checked as the standard says; the regex-named ones as
 * their regex; the rest (`Block Device ID`, `Netplan YAML`, `uint`, `uint64`,
 * `int32`, …) name Rust types, not string shapes, so they accept anything.
 */
function formatFor(name: string): Format {
  const standard = STANDARD_FORMATS[name];
  if (standard) return standard;
  if (REGEX_FORMATS.has(name)) return new RegExp(`^(?:${name})$`);
  return true;
}
