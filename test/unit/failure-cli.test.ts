import { describe, expect, it } from 'vitest';
import { parseFlags, usage } from '../../src/entry/cli.js';
import { cleanUp, remember, type Leftovers } from '../../src/run/leftovers.js';
import { reportFailure } from '../../src/run/failure.js';
import { HostConfigError } from '../../src/trident/host-config-copy.js';
import { InputError, parseYamlMapping } from '../../src/context/inputs.js';
import type { Annotation, Runtime } from '../../src/runtime.js';
import { StageError } from '../../src/run/stages.js';
import { STATE } from '../../src/run/state.js';

function recordingRuntime(errors: Annotation[]): Runtime {
  const noop = () => undefined;
  return {
    console: { info: noop, warning: noop, startGroup: noop, endGroup: noop },
    getInput: () => '',
    env: {},
    workspace: '/ws',
    tempDir: '/tmp',
    setOutput: noop,
    addPath: noop,
    setSecret: noop,
    saveState: noop,
    error: (a) => errors.push(a),
    warning: noop,
    writeSummary: async () => undefined,
  };
}

describe('reportFailure', () => {
  it('annotates each host config problem at its file, line and column', () => {
    const errors: Annotation[] = [];
    const error = new HostConfigError('/ws/cfg/hc.yaml', [{ path: '/os/hostnmae', message: 'unknown key', line: 12, column: 3 }]);
    reportFailure(new StageError('Write Image Customizer config', error), recordingRuntime(errors));
    expect(errors[0]).toEqual({ title: 'host-config: /os/hostnmae', message: 'unknown key', file: 'cfg/hc.yaml', line: 12, column: 3 });
    expect(errors[1]?.title).toBe('Write Image Customizer config failed');
  });

  it('annotates a YAML error in a config file at its line and column', () => {
    const errors: Annotation[] = [];
    let error: unknown;
    try {
      parseYamlMapping('os:\n  hostname: [unclosed\n', 'config', '/ws/ic/config.yaml');
    } catch (e) {
      error = e;
    }
    reportFailure(new StageError('Write Image Customizer config', error), recordingRuntime(errors));
    expect(errors).toEqual([
      {
        title: "Input 'config'",
        message: expect.stringMatching(
          /^Write Image Customizer config failed: Input 'config': \/ws\/ic\/config\.yaml is not valid YAML at line \d+, column \d+/,
        ),
        file: 'ic/config.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
      },
    ]);
  });

  it("titles an input error with the input's name", () => {
    const errors: Annotation[] = [];
    reportFailure(new InputError('platform', 'must be one of linux/amd64, linux/arm64'), recordingRuntime(errors));
    expect(errors).toEqual([{ title: "Input 'platform'", message: "Input 'platform': must be one of linux/amd64, linux/arm64" }]);
  });
});

const INPUTS = {
  'host-config': { description: 'Path to a host config.' },
  upload: { description: 'Upload.', default: 'true' },
  'validate-only': { description: 'Validate only.', default: 'false' },
  platform: { description: 'Target platform.', default: 'linux/amd64' },
};

describe('trident-iso flags', () => {
  it('maps flags to inputs with the defaults, and no upload outside Actions', () => {
    expect(parseFlags(['--host-config', 'hc.yaml', '--validate-only'], INPUTS)).toEqual({
      values: { 'host-config': 'hc.yaml', upload: 'false', 'validate-only': 'true', platform: 'linux/amd64' },
      help: false,
    });
  });

  it('rejects an unknown flag', () => {
    expect(() => parseFlags(['--hots-config', 'x'], INPUTS)).toThrow(/Unknown option '--hots-config'/);
  });

  it('lists every input in --help', () => {
    const text = usage(INPUTS);
    for (const name of Object.keys(INPUTS)) expect(text).toContain(`--${name}`);
    expect(parseFlags(['--help'], INPUTS).help).toBe(true);
  });
});

describe('cleanup state', () => {
  it('remembers exactly the state names main saves', async () => {
    const left: Leftovers = {};
    remember(left, STATE.workDir, '/tmp/trident-iso-abc');
    remember(left, STATE.container, 'trident-iso-abc');
    remember(left, 'unrelated', 'x');
    expect(left).toEqual({ workDir: '/tmp/trident-iso-abc', container: 'trident-iso-abc' });
  });

  it('refuses to remove a folder the action did not create', async () => {
    const lines: string[] = [];
    await cleanUp({ workDir: '/home/user/project' }, (l) => lines.push(l));
    expect(lines).toEqual([expect.stringMatching(/Could not remove \/home\/user\/project: refusing/)]);
  });
});
