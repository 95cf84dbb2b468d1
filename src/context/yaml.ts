// YAML a user wrote (a config file, inline extra-config, a host config),
// read with the yaml package: mappings checked as mappings, syntax errors
// reported by their reason and their position, each said once.
import { parse, YAMLParseError, type YAMLError } from 'yaml';
import { errorMessage, InputError } from './errors.js';
import type { InputName } from './input-types.js';

/** A YAML mapping (a JSON object): not null, not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A YAML error's reason (its first line, without the position the yaml package appends to it) and its 1-based position. */
export function yamlErrorParts(error: YAMLError): { reason: string; line?: number; column?: number } {
  const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  const pos = error.linePos?.[0];
  return pos ? { reason, line: pos.line, column: pos.col } : { reason };
}

/**
 * Parses YAML that must be a mapping (extra-config, a user's Image Customizer
 * config). A syntax error names the input and, for a file, where in it.
 */
export function parseYamlMapping(text: string, input: InputName, file?: string): Record<string, unknown> {
  const what = file ? `${file} is` : 'is';
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const { reason, line, column } =
      error instanceof YAMLParseError
        ? yamlErrorParts(error)
        : { reason: errorMessage(error).split('\n')[0] ?? '', line: undefined, column: undefined };
    const where = line === undefined ? '' : ` at line ${line}, column ${column ?? 1}`;
    throw new InputError(
      input,
      `${what} not valid YAML${where}: ${reason}`,
      file ? { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } : undefined,
    );
  }
  if (!isMapping(value)) {
    throw new InputError(input, `${what} not a YAML mapping: give keys such as os:, iso:, storage:.`, file ? { file } : undefined);
  }
  return value;
}
