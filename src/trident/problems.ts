// A problem found in a user's file, located well enough to become a GitHub
// annotation (file, line, column) and to be fixed without guessing; and the
// error that carries a host config's problems to the failure report.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import { capList, moreLine } from '../context/limits.js';

export interface Problem {
  /** JSON pointer to the offending value, e.g. `/storage/disks/0/partitions/1/type`; '' is the whole document. */
  path: string;
  message: string;
  /** 1-based, when the problem could be traced back to the source text. */
  line?: number;
  column?: number;
}

/**
 * One line per problem: `label:line:column: path: message`, the shape editors
 * and annotations understand; the first COUNT_LIMITS.problems, then how many
 * more (a file with thousands of mistakes still gets a readable message).
 */
export function formatProblems(problems: readonly Problem[], fileLabel: string): string {
  const { shown, more } = capList(problems);
  return [...shown.map((p) => formatProblem(p, fileLabel)), ...(more > 0 ? [moreLine(more)] : [])].join('\n');
}

/** Lines of a problem list (`  path: message` each), capped the same way. */
export function problemLines(lines: readonly string[]): string {
  const { shown, more } = capList(lines);
  return [...shown, ...(more > 0 ? [`  ${moreLine(more)}`] : [])].join('\n');
}

function formatProblem(problem: Problem, fileLabel: string): string {
  const where = problem.line === undefined ? fileLabel : `${fileLabel}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${displayPath(problem.path)}: ${problem.message}`;
}

/** The root pointer is the empty string, which reads as nothing in a message. */
export function displayPath(path: string): string {
  return path === '' ? '(root)' : path;
}

/** Appends one segment to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function pointerJoin(base: string, segment: string | number): string {
  return `${base}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Indents each line of a list under the sentence that introduces it. */
export function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

/** The host-config input's file is not a valid host configuration: each problem located in it, for an annotation. */
export class HostConfigError extends InputError {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
    /** What is wrong with it, as a whole. */
    summary = 'is not a valid Trident host configuration',
  ) {
    super('host-config', `${file} ${summary}:\n${indent(formatProblems(problems, path.basename(file)))}`);
    this.name = 'HostConfigError';
  }
}

/** A problem before it is located in the source: `atKey` points the location at the key, not the value. */
export interface RawProblem {
  path: string;
  message: string;
  atKey: boolean;
}

/** One problem per path: distinct messages joined. */
export function mergeByPath(problems: readonly RawProblem[]): RawProblem[] {
  const byPath = new Map<string, RawProblem>();
  for (const p of problems) {
    const seen = byPath.get(p.path);
    if (!seen) byPath.set(p.path, { ...p });
    else if (!seen.message.split('; ').includes(p.message)) seen.message = `${seen.message}; ${p.message}`;
  }
  return [...byPath.values()];
}

/** A value as JSON writes it, for a message. */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `a`, `a or b`, `a, b or c`. */
export function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
