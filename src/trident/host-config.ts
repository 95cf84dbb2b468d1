// Trident Host Configuration: parse, check, and point `image` at the COSI the
// ISO carries. Pure: the caller reads and writes files.

import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { hostConfigKeys, hostConfigValid } from './host-config-check.js';
import { joinOr, mergeByPath, pointerJoin, pointerSegments, quote, type Problem, type RawProblem } from './problems.js';
import { errorMessage } from '../context/errors.js';
import { COUNT_LIMITS } from '../context/limits.js';
import { boundedDocument, isMapping, yamlErrorParts } from '../context/yaml.js';

/** Where the live ISO exposes its media (a symlink made during customization to /run/initramfs/live). */
export const CDROM_MOUNT = '/mnt/trident_cdrom';

/** The schemes Trident's image fetcher reads (OsImage.url documentation). */
const IMAGE_URL_SCHEMES = ['file', 'http', 'https', 'oci'];

/** Line counters of the documents parseHostConfig made, so checkHostConfig can locate nodes. */
const lineCounters = new WeakMap<Document, LineCounter>();

export interface ParsedHostConfig {
  doc: Document;
  value: unknown;
}

/** Parses YAML text; a syntax error comes back as a Problem at its 1-based line and column. */
export function parseHostConfig(text: string): ParsedHostConfig | { error: Problem } {
  const lineCounter = new LineCounter();
  const parsed = boundedDocument(text, lineCounter);
  if (parsed.problem) {
    const { reason, line, column } = parsed.problem;
    return { error: { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) } };
  }
  const { doc } = parsed;
  try {
    const value: unknown = doc.toJS({ maxAliasCount: COUNT_LIMITS.yamlAliases });
    lineCounters.set(doc, lineCounter);
    return { doc, value };
  } catch (err) {
    return { error: { path: '', message: errorMessage(err) } };
  }
}

function yamlErrorProblem(error: YAMLError): Problem {
  // The first line is the reason; the rest is a source excerpt, and the position goes to line/column.
  const { reason, line, column } = yamlErrorParts(error);
  return { path: '', message: reason, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}

/**
 * Everything wrong with a parsed host config, one problem per path. With the
 * document from parseHostConfig, each problem carries its line and column.
 */
export async function checkHostConfig(value: unknown, doc?: Document): Promise<Problem[]> {
  const rules = ruleProblems(value);
  const ruled = new Set(rules.map((p) => p.path));
  // The explicit rules say the same thing as the schema, more precisely: theirs win on a shared path.
  const schema = (await schemaProblems(value)).filter((p) => !ruled.has(p.path));
  const problems = mergeByPath([...rules, ...schema]);
  return doc ? locateAll(problems, doc) : problems.map(({ path, message }) => ({ path, message }));
}

/**
 * The schema's problems: none when src/data/schema-check.ts accepts the config; for one it refuses, the Ajv
 * validator's, with the corrected schema's $refs inlined (host-config-schema.ts), loaded only then.
 */
async function schemaProblems(value: unknown): Promise<RawProblem[]> {
  if (hostConfigValid(value)) return [];
  const [{ explainRefusal }, { hostConfigExplainer, hostConfigSchema }] = await Promise.all([
    import('./schema-tools.js'),
    import('./host-config-schema.js'),
  ]);
  return explainRefusal(value, await hostConfigExplainer(), hostConfigSchema(), 'host config');
}

/** Checks the action relies on, with messages that say what to write instead. */
function ruleProblems(value: unknown): RawProblem[] {
  if (!isMapping(value)) {
    return [{ path: '', message: `must be a mapping with Trident's keys (${hostConfigKeys().join(', ')}), not ${kindOf(value)}`, atKey: false }];
  }
  return [...topLevelKeyProblems(value), ...imageProblems(value.image)];
}

function topLevelKeyProblems(value: Record<string, unknown>): RawProblem[] {
  const known = hostConfigKeys();
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      path: pointerJoin('', key),
      message: `unknown top-level key ${quote(key)}: Trident's keys are ${joinOr(known)}`,
      atKey: true,
    }));
}

function imageProblems(image: unknown): RawProblem[] {
  if (!isMapping(image)) return [];
  return [...imageUrlProblems(image.url), ...imageShaProblems(image.sha384)];
}

function imageUrlProblems(url: unknown): RawProblem[] {
  if (typeof url !== 'string') return [];
  const at = (message: string): RawProblem[] => [{ path: '/image/url', message, atKey: false }];
  const schemes = joinOr(IMAGE_URL_SCHEMES.map((s) => `${s}://`));
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const hint = url.startsWith('/') ? `; for a COSI the ISO carries at ${url}, write ${quote(expectedCosiUrl(url))}` : '';
    return at(`${quote(url)} is not a URL: it needs a scheme (${schemes})${hint}`);
  }
  if (!IMAGE_URL_SCHEMES.includes(scheme)) return at(`scheme ${quote(`${scheme}://`)} is not one Trident reads: use ${schemes}`);
  if (!URL.canParse(url)) return at(`${quote(url)} is not a valid URL`);
  return [];
}

function imageShaProblems(sha: unknown): RawProblem[] {
  const expected = `the SHA-384 of the COSI's metadata.json (96 hex digits) or the literal "ignored"`;
  const at = (message: string): RawProblem[] => [{ path: '/image/sha384', message, atKey: false }];
  if (typeof sha === 'number') return at(`must be quoted: YAML read it as a number; expected ${expected}`);
  if (typeof sha !== 'string' || sha === 'ignored' || /^[0-9a-fA-F]{96}$/.test(sha)) return [];
  return at(`must be ${expected}; got ${sha.length} characters`);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function locateAll(problems: RawProblem[], doc: Document): Problem[] {
  const counter = lineCounters.get(doc);
  const located = problems.map((p): Problem => {
    const offset = counter ? nodeOffset(doc, p.path, p.atKey) : undefined;
    if (offset === undefined || !counter) return { path: p.path, message: p.message };
    const { line, col } = counter.linePos(offset);
    return { path: p.path, message: p.message, line, column: col };
  });
  // Source order reads best in a log and in annotations.
  return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The 1-based line and column of the node a JSON pointer names, in a document parseHostConfig made. */
export function locatePointer(doc: Document, pointer: string): { line: number; column: number } | undefined {
  const counter = lineCounters.get(doc);
  const offset = counter ? nodeOffset(doc, pointer, false) : undefined;
  if (offset === undefined || !counter) return undefined;
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/**
 * Source offset of the node a pointer names; the key when asked (unknown
 * keys) or when the value has no position; else the nearest existing parent.
 */
function nodeOffset(doc: Document, pointer: string, atKey: boolean): number | undefined {
  let current: unknown = doc.contents;
  let best = rangeStart(current);
  for (const segment of pointerSegments(pointer)) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      current = pair.value;
      best = (atKey ? keyStart : (rangeStart(current) ?? keyStart)) ?? best;
    } else if (isSeq(current)) {
      current = current.items[Number(segment)];
      best = rangeStart(current) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  if (!isMapping(node) || !Array.isArray(node.range)) return undefined;
  const start: unknown = node.range[0];
  return typeof start === 'number' ? start : undefined;
}

/**
 * The host config text with `image.url` and `image.sha384` set (and `image`
 * created when missing). Comments, key order and the rest of the text's
 * values are kept; the caller writes the result to a new file.
 */
export function wireImage(text: string, url: string, sha384: string): string {
  // Only a text parseHostConfig accepted comes here: its size and duplicate keys were checked.
  const doc = parseDocument(text, { uniqueKeys: false });
  const first = doc.errors[0];
  if (first) throw new Error(`cannot set image in a host config that does not parse: ${yamlErrorProblem(first).message}`);
  return wireImageInto(doc, url, sha384);
}

/**
 * wireImage on the document parseHostConfig made of the text (not parsed a
 * second time); the document is changed. Its value was taken before.
 */
export function wireImageInto(doc: Document, url: string, sha384: string): string {
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error('cannot set image: the host config is not a mapping');
  const image = doc.get('image', true);
  if (isMap(image)) {
    image.set('url', url);
    image.set('sha384', sha384);
  } else {
    doc.set('image', doc.createNode({ url, sha384 }));
  }
  // lineWidth 0: never fold the user's long scalars onto new lines.
  return doc.toString({ lineWidth: 0 });
}

/** The image settings of a parsed host config, where they are strings. */
export function imageOf(value: unknown): { url?: string; sha384?: string } {
  if (!isMapping(value) || !isMapping(value.image)) return {};
  const { url, sha384 } = value.image;
  return {
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof sha384 === 'string' ? { sha384 } : {}),
  };
}

/** The URL under which the live ISO sees a COSI placed at `cosiDestination` (absolute) on its media. */
export function expectedCosiUrl(cosiDestination: string): string {
  if (!cosiDestination.startsWith('/')) throw new Error(`cosi destination must be absolute: ${quote(cosiDestination)}`);
  return `file://${CDROM_MOUNT}${cosiDestination}`;
}
