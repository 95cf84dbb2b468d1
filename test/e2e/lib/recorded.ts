// Runs a scenario and records what it left behind (scenario 7), whatever happens.
import path from 'node:path';
import type { ActionRequest, ActionRun } from '../../support/runner.js';
import { leftovers, snapshot, type Scenario } from './scenario.js';

export const leftBehind: Record<string, string[] | undefined> = {};

export async function runRecorded(s: Scenario, inputs: Record<string, string>, options: Partial<ActionRequest> = {}): Promise<ActionRun> {
  const before = await snapshot(s);
  let run: ActionRun | undefined;
  try {
    run = await s.run(inputs, options);
    return run;
  } finally {
    const iso = run?.outputs['iso-path'];
    const output = path.join(s.dirs.workspace, inputs.output ?? 'installer.iso');
    // What the step is meant to leave: the ISO, and with verify its serial log (beside the ISO).
    const serialLog = output.replace(/(\.iso)?$/i, '.serial.log');
    leftBehind[s.name] = await leftovers(s, before, [output, serialLog, ...(iso ? [iso] : [])]);
  }
}
