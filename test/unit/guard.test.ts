// The runtime guard (src/run/guard.ts): the one place main's outputs and log
// pass through on their way to the runner.
import { describe, expect, it } from 'vitest';
import { guardedRuntime } from '../../src/run/guard.js';
import { recordingRuntime } from '../support/runner.js';

describe('guarded outputs', () => {
  it('sets a list output (verify-disks, one path a line) with its newlines', () => {
    const rt = recordingRuntime({});
    guardedRuntime(rt).setOutput('verify-disks', '/w/disks/sda.qcow2\n/w/disks/vdb.qcow2');
    expect(rt.outputs['verify-disks']).toBe('/w/disks/sda.qcow2\n/w/disks/vdb.qcow2');
    expect(rt.warnings).toEqual([]);
  });

  it('refuses a newline in any other output (a value from a file name would become two lines)', () => {
    const rt = recordingRuntime({});
    guardedRuntime(rt).setOutput('trident-version', '0.26.0\n::warning::x');
    expect(rt.outputs['trident-version']).toBeUndefined();
    expect(rt.warnings[0]?.message).toContain('The output trident-version is not set');
  });

  it('refuses other control characters in a list output', () => {
    const rt = recordingRuntime({});
    guardedRuntime(rt).setOutput('verify-disks', '/w/a.qcow2\n/w/\u001b[2Jb.qcow2');
    expect(rt.outputs['verify-disks']).toBeUndefined();
  });

  it("keeps the runtime's optional knobs (the CLI's preference for tools on PATH)", () => {
    const rt = Object.assign(recordingRuntime({}), { preferToolsOnPath: true });
    expect(guardedRuntime(rt).preferToolsOnPath).toBe(true);
    expect(guardedRuntime(recordingRuntime({})).preferToolsOnPath).toBeUndefined();
  });
});
