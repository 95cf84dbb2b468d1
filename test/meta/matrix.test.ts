// README's matrix example, as GitHub would run it: the workflow parser accepts
// it, each leg of its matrix gets the inputs the runner would pass (the
// matrix values put in), and the legs upload under different artifact names.
// (The same legs run end to end, an arm64 one on an emulated arm64 runner,
// against the results service stand-in in test/e2e/7-artifact-names.test.ts:
// side by side, 409 on a taken name, overwrite.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/context/inputs.js';
import type { InputName } from '../../src/context/input-types.js';
import { platformMismatch, type Platform } from '../../src/context/platform.js';
import { actionDefaults } from '../support/action-defaults.js';
import { readmeMatrixBlock, readmeMatrixLegs, runnerArch } from '../support/readme-matrix.js';
import { REPO } from '../support/runner.js';
import { workflowErrors } from './workflow-parser.js';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

describe("README's matrix over platforms", () => {
  it('is a workflow GitHub accepts', async () => {
    const block = readmeMatrixBlock();
    expect(block).toContain('matrix:');
    expect(await workflowErrors('matrix.yml', `on: push\n${block}`)).toEqual([]);
  });

  it('gives each leg its own artifact name, with the default artifact-name, on a runner of its platform', () => {
    const legs = readmeMatrixLegs();
    expect(legs.map((l) => l.inputs.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    const names = legs.map((leg) => {
      const values = { ...actionDefaults(), ...leg.inputs };
      return readInputs((name: InputName) => values[name] ?? '', { workspace: '/ws' }).artifactName;
    });
    expect(names).toEqual(['installer-amd64.iso', 'installer-arm64.iso']);
    // Each leg runs on a runner of its own architecture: the check would refuse any other.
    expect(legs.map((l) => runnerArch(l.runsOn))).toEqual(['x64', 'arm64']);
    for (const leg of legs) expect(platformMismatch(leg.inputs.platform as Platform, runnerArch(leg.runsOn))).toBeUndefined();
  });
});

describe("README's first workflow", () => {
  it("is the procedure's main path: it checks out microsoft/trident, sets up what make needs, and gives the checkout as trident-source", async () => {
    const first = readme.slice(readme.indexOf('## Workflows'));
    const yaml = /```yaml\n([^]*?)```/.exec(first)?.[1] ?? '';
    expect(await workflowErrors('first.yml', `on: push\n${yaml}`)).toEqual([]);
    const steps = Object.values((parse(yaml) as Workflow).jobs)[0]?.steps ?? [];
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.repository === 'microsoft/trident');
    expect(checkout?.with?.path).toBe('trident');
    expect(JSON.stringify(steps)).toContain('protobuf-compiler');
    const action = steps.find((s) => s.uses?.startsWith('microsoft/trident-iso-action@'));
    expect(action?.with?.['trident-source']).toBe(checkout?.with?.path);
    // It comes before every other workflow of the README.
    expect(readme.indexOf('trident-source: trident')).toBeLessThan(readme.indexOf('### A matrix over platforms'));
  });
});

describe("README's npm start", () => {
  it('says what a build needs before the command, and offers validate-only first', () => {
    const outside = readme.slice(readme.indexOf('## Outside GitHub Actions'));
    const block = /```sh\n([^]*?)```/.exec(outside);
    const before = outside.slice(0, block?.index ?? 0);
    expect(before).toMatch(/privileged/);
    expect(before).toMatch(/network/);
    expect(before).toMatch(/20 minutes/);
    const commands = (block?.[1] ?? '').split('\n');
    const validate = commands.findIndex((l) => l.startsWith('npm start -- --validate-only'));
    const build = commands.findIndex((l) => /^npm start(\s|$)/.test(l) && !l.includes('--validate-only'));
    expect(validate).toBeGreaterThanOrEqual(0);
    expect(validate).toBeLessThan(build);
  });
});
