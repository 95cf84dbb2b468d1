// How a value that may come from a user's files (a file name, a tool's
// output line, a key of a YAML file) is shown: control characters (C0, DEL,
// C1, the Unicode line and paragraph separators, invisible format characters) become visible escapes,
// and a log line cannot start a workflow command (`::name::`), whatever text
// reaches it. run/guard.ts applies this to everything main writes. Pure.

// Invisible format characters count as control characters here: the bidirectional
// embeddings, overrides, isolates and marks (U+202E shows `x\u202eosi.iso` as
// `xosi.iso` backwards, "Trojan Source"), the zero-width ones and the BOM. A
// name holding one reads as another name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** The bidirectional controls alone (embeddings, overrides, isolates): what an input may not hold. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Whether text holds a control character (tab and newline included). */
export function hasControl(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/**
 * The runner also reads the legacy form `##[name props]data` of a workflow
 * command anywhere in a line (actions/runner src/Runner.Common/ActionCommand.cs
 * TryParse, tried after the `::` form): `##[error]`, `##[add-mask]`,
 * `##[stop-commands]`, `##[save-state]`, ... Its `[` is escaped wherever it is.
 */
function noLegacyCommand(text: string): string {
  return text.replaceAll('##[', '##\\x5b');
}

/** One line: every control character (a newline too) made visible, no legacy command left. */
export function escapeLine(text: string): string {
  return noLegacyCommand(text.replace(CONTROL_OR_NEWLINE, visible));
}

/** Text of several lines (a message): newlines and tabs kept, other control characters made visible. */
export function escapeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, visible);
}

/**
 * Lines for the log: escaped as escapeText, and a line that would start a
 * workflow command (the runner reads `::` at the start of a trimmed line)
 * gets its first colon escaped, so it is shown and never run; the legacy
 * `##[` form is escaped wherever it is in a line.
 */
export function escapeLogText(text: string): string {
  return noLegacyCommand(escapeText(text))
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? line.replace('::', '\\x3a:') : line))
    .join('\n');
}
