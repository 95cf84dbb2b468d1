// What a verification found, as the step reports it: the outputs' values,
// the job summary's section, and the error of a failed one. Pure.
import type { VerifyMode } from '../context/input-types.js';

export type PhaseName = 'boot' | 'install' | 'first boot';
export type VerifyResult = 'passed' | 'failed' | 'timed-out';

export interface PhaseReport {
  name: PhaseName;
  /** Seconds the phase took; for the phase that failed, until it failed. */
  seconds: number;
  outcome: 'passed' | 'failed';
}

export interface VerifyReport {
  mode: VerifyMode;
  result: VerifyResult;
  /** The phases that ran, in order. */
  phases: PhaseReport[];
  /** What went wrong, in one sentence (failed and timed-out only). */
  reason?: string;
  serialLog: string;
  /** The serial console's last clean lines. */
  tail: string[];
  /** The accelerator the VM ran with. */
  accelerator: 'kvm' | 'tcg';
  /** Installed disks kept in verify-disk-dir. */
  keptDisks: string[];
}

/** How many lines of the serial log an error and the summary show. */
export const TAIL_LINES = 25;

/** A verification that did not pass: its phase, why, and the serial log's tail. */
export class VerifyError extends Error {
  constructor(readonly report: VerifyReport) {
    super(
      `${report.reason ?? 'the verification did not pass'} (verify: ${report.mode})\n` +
        `Last lines of the serial log (${report.serialLog}):\n${report.tail.slice(-TAIL_LINES).join('\n')}`,
    );
    this.name = 'VerifyError';
  }

  get phase(): PhaseName {
    return this.report.phases.at(-1)?.name ?? 'boot';
  }
}

export function phaseSeconds(report: VerifyReport | undefined, name: PhaseName): string {
  const phase = report?.phases.find((p) => p.name === name);
  return phase ? phase.seconds.toFixed(1) : '';
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The job summary's section: the phases with their times, and on failure the serial log's tail. */
export function verifyMarkdown(report: VerifyReport): string {
  const rows = report.phases.map((p) => `| ${p.name} | ${p.seconds.toFixed(1)} s | ${p.outcome === 'passed' ? 'passed' : '**failed**'} |`);
  const lines = [
    `### Verified in a VM: ${report.mode} ${report.result === 'passed' ? 'passed' : report.result === 'timed-out' ? '**timed out**' : '**failed**'}`,
    '',
    `QEMU with OVMF, ${report.accelerator === 'kvm' ? 'KVM' : 'TCG (no KVM: slow)'}; serial log \`${cell(report.serialLog)}\`.`,
    '',
    '| phase | time | result |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
  if (report.result !== 'passed') {
    lines.push(`${cell(report.reason ?? '')}`, '', '<details open><summary>Last lines of the serial console</summary>', '', '```text');
    // A fence inside the log would end the block early.
    lines.push(...report.tail.slice(-TAIL_LINES).map((l) => l.replace(/```/g, "'''")), '```', '', '</details>', '');
  }
  return lines.join('\n');
}
