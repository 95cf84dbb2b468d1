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

  it('issue 11, class 3: invisible format characters (a bidi override, a zero-width space) are shown escaped in the log and annotations, and an output holding one is not set', () => {
    const rt = recordingRuntime({});
    const guarded = guardedRuntime(rt);
    guarded.console.info('entry "images/x\u202eosi.rawzst" and \u200bhidden');
    guarded.error({ title: 'host-config: /a\u2066b', message: 'unknown key "a\u2066b\ufeff"' });
    guarded.setOutput('iso-path', '/w/x\u202eosi.iso');
    expect(rt.lines.join('\n')).toContain('entry "images/x\\u202eosi.rawzst" and \\u200bhidden');
    expect(rt.errors[0]).toMatchObject({ title: 'host-config: /a\\u2066b', message: 'unknown key "a\\u2066b\\ufeff"' });
    expect(rt.outputs['iso-path']).toBeUndefined();
    expect(rt.warnings[0]?.message).toContain('The output iso-path is not set: its value holds a control character (/w/x\\u202eosi.iso)');
  });
});
