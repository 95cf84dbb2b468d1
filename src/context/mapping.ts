// Whether parsed data is a mapping, apart from the YAML reader: modules that
// only ask this (the input readers among them) do not load the yaml package.

/** A YAML mapping (a JSON object): not null, not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
