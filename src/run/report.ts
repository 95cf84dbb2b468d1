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

/** The summary of a run that failed: where, and where the time went until then. */
export function failureMarkdown(records: readonly StageRecord[], verification?: VerifyReport): string {
  const failed = records.find((r) => r.outcome === 'failed');
  return [
    '## Trident installer ISO: failed',
    '',
    failed
      ? `The stage **${failed.name}** failed; the step's log and its error annotation say why.`
      : 'The step failed before its first stage; its error annotation says why.',
    '',
    ...(verification ? [verifyMarkdown(verification)] : []),
    ...(records.length > 0 ? ['### Where the time went', '', gantt(records), ''] : []),
  ].join('\n');
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
