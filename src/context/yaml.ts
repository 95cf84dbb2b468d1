// YAML a user wrote (a config file, inline extra-config, a host config),
// read with the yaml package: mappings checked as mappings, syntax errors
// reported by their reason and their position, each said once.
//
// Every YAML document a user gave goes through boundedDocument: the yaml
// package's own duplicate-key check is quadratic in a mapping's size (256 KiB
// of keys took 22 s), so documents are parsed without it, then one linear
// walk counts the nodes (capped) and finds duplicate keys; aliases expanded
// into data are capped too. With the file size caps (limits.ts) that bounds
// the time any YAML input costs.
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { errorMessage, InputError } from './errors.js';
import type { InputName } from './input-types.js';
import { COUNT_LIMITS } from './limits.js';
import { isMapping } from './mapping.js';

/** A document that parsed, or why it is refused (a syntax error, a duplicate key, too many nodes) and where. */
export type BoundedDocument =
  { doc: Document; problem?: undefined } | { doc?: undefined; problem: { reason: string; line?: number; column?: number } };

/** Parses YAML text with the caps above; the problem's position is 1-based. Pure. */
export function boundedDocument(text: string, lineCounter?: LineCounter): BoundedDocument {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, ...(lineCounter ? { lineCounter } : {}) });
  const first = doc.errors[0];
  if (first) return { problem: yamlErrorParts(first) };
  let nodes = 0;
  let problem: { reason: string; offset?: number } | undefined;
  visit(doc, (_key, node) => {
    if (++nodes > COUNT_LIMITS.yamlNodes) {
      problem = { reason: `more than ${COUNT_LIMITS.yamlNodes} YAML nodes, far more than this kind of file holds` };
      return visit.BREAK;
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(key)) {
          problem = { reason: 'Map keys must be unique', ...(pair.key.range ? { offset: pair.key.range[0] } : {}) };
          return visit.BREAK;
        }
        seen.add(key);
      }
    }
    return undefined;
  });
  if (!problem) return { doc };
  const pos = problem.offset !== undefined ? lineCounter?.linePos(problem.offset) : undefined;
  return { problem: { reason: problem.reason, ...(pos ? { line: pos.line, column: pos.col } : {}) } };
}

/** The data of a bounded document (aliases expanded at most COUNT_LIMITS.yamlAliases times); throws on a refused one. */
export function parseBoundedYaml(text: string): unknown {
  const parsed = boundedDocument(text);
  if (parsed.problem) throw new Error(parsed.problem.reason);
  return parsed.doc.toJS({ maxAliasCount: COUNT_LIMITS.yamlAliases }) as unknown;
}

export { isMapping };

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
  const refuse = (reason: string, line?: number, column?: number): never => {
    const where = line === undefined ? '' : ` at line ${line}, column ${column ?? 1}`;
    throw new InputError(
      input,
      `${what} not valid YAML${where}: ${reason}`,
      file ? { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } : undefined,
    );
  };
  const parsed = boundedDocument(text, new LineCounter());
  if (parsed.problem) return refuse(parsed.problem.reason, parsed.problem.line, parsed.problem.column);
  let value: unknown;
  try {
    value = parsed.doc.toJS({ maxAliasCount: COUNT_LIMITS.yamlAliases });
  } catch (error) {
    return refuse(errorMessage(error).split('\n')[0] ?? '');
  }
  if (!isMapping(value)) {
    throw new InputError(input, `${what} not a YAML mapping: give keys such as os:, iso:, storage:.`, file ? { file } : undefined);
  }
  return value;
}
