// What the run tells its user at the end: the job summary (a table and a
// Mermaid gantt chart of the stages). Pure: main writes the text.
import { verifyMarkdown, type VerifyReport } from '../verify/report.js';
import type { StageRecord } from './stages.js';

export interface RunSummary {
  isoName: string;
  size: number;
  sha256: string;
  baseImage: string;
  baseImageDigest: string;
  imageCustomizerImage: string;
  imageCustomizerVersion: string;
  tridentVersion: string;
  artifactUrl: string;
  artifactName: string;
  /** With verify: what the VM showed. */
  verification?: VerifyReport;
  /** Patch mode: the ISO patched (its name; an artifact's digest) and the placeholder written; the build's rows then go. */
  patchedFrom?: { name: string; digest?: string; placeholder: string };
}

export function humanSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function summaryMarkdown(s: RunSummary, records: readonly StageRecord[]): string {
  const built: [string, string][] = s.patchedFrom
    ? [
        ['Patched from', `\`${cell(s.patchedFrom.name)}\`${s.patchedFrom.digest ? ` (artifact digest \`${s.patchedFrom.digest}\`)` : ''}`],
        ['What changed', `the host config in the placeholder \`${cell(s.patchedFrom.placeholder)}\`; the rest is as built`],
        ['Trident version', s.tridentVersion ? `\`${cell(s.tridentVersion)}\` (trident-rpms, checked the host config)` : 'as built'],
      ]
    : [
        ['Base image', `\`${cell(s.baseImage)}\``],
        ['Base image digest', `\`${s.baseImageDigest}\``],
        ['Image Customizer', `\`${cell(s.imageCustomizerImage)}\` (${cell(s.imageCustomizerVersion)})`],
        ['Trident version', s.tridentVersion ? `\`${cell(s.tridentVersion)}\`` : 'from the Azure Linux repositories'],
      ];
  const rows: [string, string][] = [
    ['ISO file', `\`${cell(s.isoName)}\``],
    ['Size', humanSize(s.size)],
    ['SHA-256', `\`${s.sha256}\``],
    ...built,
    ['Artifact', s.artifactUrl ? `[${cell(s.artifactName)}](${s.artifactUrl})` : 'not uploaded'],
  ];
  return [
    s.patchedFrom ? '## Trident installer ISO (patched)' : '## Trident installer ISO',
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    ...(s.verification ? [verifyMarkdown(s.verification)] : []),
    '### Where the time went',
    '',
    gantt(records),
    '',
  ].join('\n');
}

/** What went wrong: the step's error, and the last lines the failing stage (its tool) logged. */
export interface FailureDetails {
  message: string;
  tail: readonly string[];
}

/** A fenced block that no backtick run in the text can close. Pure. */
export function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** The summary of a run that failed: where, why (the error and its tool's last lines), and where the time went until then. */
export function failureMarkdown(records: readonly StageRecord[], failure: FailureDetails, verification?: VerifyReport): string {
  const failed = records.find((r) => r.outcome === 'failed');
  // Lines the error already quotes (a tool's tail in its message) are not shown twice.
  const tail = failure.tail.filter((line) => line.trim() !== '' && !failure.message.includes(line));
  // The heading names the stage; the message below does not say it again.
  const message = failed ? failure.message.replace(`${failed.name} failed: `, '') : failure.message;
  const heading = !failed
    ? 'The step failed before its first stage:'
    : message.startsWith(`${failed.name} failed`)
      ? `In the stage **${failed.name}**:`
      : `The stage **${failed.name}** failed:`;
  return [
    '## Trident installer ISO: failed',
    '',
    heading,
    '',
    fenced(message),
    '',
    ...(tail.length > 0
      ? [
          `<details open><summary>${tail.length === 1 ? 'The last line' : `The last ${tail.length} lines`} of its log</summary>`,
          '',
          fenced(tail.join('\n')),
          '',
          '</details>',
          '',
        ]
      : []),
    ...(verification ? [verifyMarkdown(verification)] : []),
    ...(records.length > 0 ? ['### Where the time went', '', gantt(records), ''] : []),
  ].join('\n');
}

/** The most of a file the summary shows (a job summary holds 1 MiB). */
const MAX_FILE_CHARS = 64 * 1024;

export interface ValidateOnlySummary {
  /** The lines each stage logged: what it checked. */
  checks: readonly { stage: string; lines: readonly string[] }[];
  plan: readonly string[];
  config: { path: string; text: string };
  hostConfig?: { path: string; text: string };
}

function collapsed(title: string, body: string): string[] {
  return [`<details><summary>${title}</summary>`, '', body, '', '</details>', ''];
}

function fileBlock(file: { path: string; text: string }): string {
  const text =
    file.text.length > MAX_FILE_CHARS
      ? `${file.text.slice(0, MAX_FILE_CHARS)}\n… (${file.text.length - MAX_FILE_CHARS} more characters in ${file.path})`
      : file.text;
  return fenced(text.replace(/\n$/, ''), 'yaml');
}

/** The summary of validate-only: the checks that passed, what a run would start, the configs it wrote. Pure. */
export function validateOnlyMarkdown(s: ValidateOnlySummary, records: readonly StageRecord[]): string {
  return [
    '## Trident installer ISO: validate-only',
    '',
    'Every check passed; nothing was pulled, built or run in a container.',
    '',
    '### Checks that passed',
    '',
    ...s.checks.flatMap((c) => [`- ✅ **${c.stage}**`, ...(c.lines.length > 0 ? ['', indent(fenced(c.lines.join('\n'))), ''] : [])]),
    '',
    '### What a run would do',
    '',
    fenced(s.plan.join('\n')),
    '',
    ...collapsed(`Image Customizer config (<code>${escapeHtml(s.config.path)}</code>)`, fileBlock(s.config)),
    ...(s.hostConfig ? collapsed(`Host config the ISO carries (<code>${escapeHtml(s.hostConfig.path)}</code>)`, fileBlock(s.hostConfig)) : []),
    ...(records.length > 0 ? ['### Where the time went', '', gantt(records), ''] : []),
  ].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Mermaid gantt chart of the stages, in seconds from the first start. */
export function gantt(records: readonly StageRecord[]): string {
  if (records.length === 0) return '';
  const t0 = Math.min(...records.map((r) => r.start));
  const lines = ['```mermaid', 'gantt', '  title Stages (seconds)', '  dateFormat x', '  axisFormat %M:%S'];
  for (const [i, r] of records.entries()) {
    const tag = r.outcome === 'ok' ? '' : r.outcome === 'failed' ? 'crit, ' : 'done, ';
    // Mermaid's `x` format is milliseconds; keep every bar at least 1 ms long so it renders.
    const start = r.start - t0;
    const end = Math.max(r.end - t0, start + 1);
    lines.push(`  ${r.name.replace(/[:;#]/g, ' ')} (${((r.end - r.start) / 1000).toFixed(1)} s) :${tag}s${i}, ${start}, ${end}`);
  }
  lines.push('```');
  return lines.join('\n');
}
