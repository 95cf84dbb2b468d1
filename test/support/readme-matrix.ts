// README's matrix over platforms ("### A matrix over platforms"), read as
// GitHub would run it: each leg of the matrix with the action step's inputs,
// `${{ matrix.x }}` put in. The workflow-level test (test/meta/matrix.test.ts)
// and the end-to-end matrix (test/e2e/7-artifact-names.test.ts) both run
// these legs, so README's example is what is tested.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from './runner.js';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { 'runs-on'?: string; strategy?: { matrix?: { include?: Record<string, string>[] } }; steps: Step[] }>;
}

export interface MatrixLeg {
  /** The matrix values of the leg. */
  values: Record<string, string>;
  /** runs-on, expanded. */
  runsOn: string;
  /** The action step's `with:`, expanded. */
  inputs: Record<string, string>;
}

/** The YAML of README's matrix example. */
export function readmeMatrixBlock(): string {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### A matrix over platforms'));
  return /```yaml\n([^]*?)```/.exec(section)?.[1] ?? '';
}

/** `${{ matrix.x }}` replaced by the leg's value, as the runner does before the step starts. */
function expand(value: string, leg: Record<string, string>): string {
  return value.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_, key: string) => leg[key] ?? '');
}

/** The legs of README's matrix, each with its runner and the action's inputs. */
export function readmeMatrixLegs(): MatrixLeg[] {
  const [job] = Object.values((parse(readmeMatrixBlock()) as Workflow).jobs);
  const step = job?.steps.find((s) => s.uses?.startsWith('microsoft/trident-iso-action@'));
  return (job?.strategy?.matrix?.include ?? []).map((values) => ({
    values,
    runsOn: expand(String(job?.['runs-on'] ?? ''), values),
    inputs: Object.fromEntries(Object.entries(step?.with ?? {}).map(([k, v]) => [k, expand(String(v), values)])),
  }));
}

/** The architecture of a GitHub-hosted runner label (ubuntu-24.04-arm is arm64). */
export function runnerArch(label: string): 'x64' | 'arm64' {
  return label.endsWith('-arm') ? 'arm64' : 'x64';
}
