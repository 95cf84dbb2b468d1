import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/context/errors.js';
import { parseYamlMapping } from '../../src/context/yaml.js';
import { didYouMean, parseFlags, resolvePasswords, usage, WORKFLOW_ONLY } from '../../src/entry/cli.js';
import { reportFailure } from '../../src/run/failure.js';
import { cleanUp } from '../../src/run/cleanup.js';
import { LeftoverTracker, loadLeftovers, type Leftovers } from '../../src/run/leftovers.js';
import { stepOutputs } from '../../src/run/outputs.js';
import { StageError } from '../../src/run/stages.js';
import type { Annotation } from '../../src/runtime.js';
import { processes } from '../../src/tools/exec.js';
import { HostConfigError } from '../../src/trident/host-config-copy.js';

function recorder(errors: Annotation[]) {
  return { workspace: '/ws', error: (a: Annotation) => void errors.push(a) };
}

describe('reportFailure', () => {
  it('annotates each host config problem at its file, line and column, then titles the failure with the input', () => {
    const errors: Annotation[] = [];
    const error = new HostConfigError('/ws/cfg/hc.yaml', [{ path: '/os/hostnmae', message: 'unknown key', line: 12, column: 3 }]);
    reportFailure(new StageError('Write Image Customizer config', error), recorder(errors));
    expect(errors[0]).toEqual({ title: 'host-config: /os/hostnmae', message: 'unknown key', file: 'cfg/hc.yaml', line: 12, column: 3 });
    expect(errors[1]).toEqual({
      title: "Input 'host-config'",
      message: expect.stringMatching(
        /^Write Image Customizer config failed: Input 'host-config': \/ws\/cfg\/hc\.yaml is not a valid Trident host configuration:\n/,
      ),
    });
  });

  it('annotates a YAML error in a config file at its line and column', () => {
    const errors: Annotation[] = [];
    let error: unknown;
    try {
      parseYamlMapping('os:\n  hostname: [unclosed\n', 'config', '/ws/ic/config.yaml');
    } catch (e) {
      error = e;
    }
    reportFailure(new StageError('Write Image Customizer config', error), recorder(errors));
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
    reportFailure(new InputError('platform', 'must be one of linux/amd64, linux/arm64'), recorder(errors));
    expect(errors).toEqual([{ title: "Input 'platform'", message: "Input 'platform': must be one of linux/amd64, linux/arm64" }]);
  });

  it('titles any other failure with its stage, said once', () => {
    const errors: Annotation[] = [];
    reportFailure(new StageError('Image Customizer', new Error('Image Customizer failed (exit code 3)')), recorder(errors));
    reportFailure(new StageError('Check ISO', new Error('no "CD001" signature')), recorder(errors));
    reportFailure(new Error('boom'), recorder(errors));
    expect(errors).toEqual([
      { title: 'Image Customizer failed', message: 'Image Customizer failed (exit code 3)' },
      { title: 'Check ISO failed', message: 'Check ISO failed: no "CD001" signature' },
      { title: 'trident-iso-action failed', message: 'boom' },
    ]);
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
      passwordStdin: [],
      passwordFlags: [],
    });
  });

  it('names the flag meant by a misspelt one, and none for a word far from all', () => {
    expect(didYouMean('hots-config', ['host-config', 'cosi'])).toBe('host-config');
    expect(didYouMean('validateonly', ['validate-only', 'verify'])).toBe('validate-only');
    expect(didYouMean('frobnicate', ['host-config', 'cosi'])).toBeUndefined();
  });

  it('rejects an unknown flag', () => {
    expect(() => parseFlags(['--hots-config', 'x'], INPUTS)).toThrow(/Unknown option '--hots-config'/);
  });

  it('lists every input in --help but the workflow-only ones', () => {
    const text = usage(INPUTS);
    for (const name of Object.keys(INPUTS)) {
      if (WORKFLOW_ONLY.includes(name)) expect(text).not.toContain(`  --${name}`);
      else expect(text).toContain(`  --${name}`);
    }
    expect(parseFlags(['--help'], INPUTS).help).toBe(true);
  });
});

// Issue 11, class 7 (secrets): the CLI takes passwords from the environment or standard input, and says so.
describe('trident-iso passwords', () => {
  const WITH_PASSWORDS = {
    ...INPUTS,
    'registry-username': { description: 'User.' },
    'registry-password': { description: 'Password for the base image registry.' },
    'imagecustomizer-registry-password': { description: 'Password for the Image Customizer registry.' },
  };

  it('--help names the environment variable and the -stdin form for each password, and says why not the flag', () => {
    const text = usage(WITH_PASSWORDS);
    expect(text).toContain('TRIDENT_ISO_REGISTRY_PASSWORD=... (environment) or --registry-password-stdin');
    expect(text).toContain('TRIDENT_ISO_IMAGECUSTOMIZER_REGISTRY_PASSWORD=... (environment) or --imagecustomizer-registry-password-stdin');
    expect(text).toMatch(/--registry-password VALUE also works but shows the password in the process list/);
  });

  it('reads a password from its variable, or one from standard input (its line end removed)', () => {
    const parsed = parseFlags(['--registry-username', 'robot', '--imagecustomizer-registry-password-stdin'], WITH_PASSWORDS);
    expect(parsed.passwordStdin).toEqual(['imagecustomizer-registry-password']);
    const warnings = resolvePasswords(
      parsed.values,
      parsed.passwordStdin,
      parsed.passwordFlags,
      { TRIDENT_ISO_REGISTRY_PASSWORD: 's3cr$t' },
      () => 'p4ss;|\n',
    );
    expect(warnings).toEqual([]);
    expect(parsed.values['registry-password']).toBe('s3cr$t');
    expect(parsed.values['imagecustomizer-registry-password']).toBe('p4ss;|');
  });

  it('takes a password flag with a warning, and refuses two passwords on standard input', () => {
    const flagged = parseFlags(['--registry-password', 'visible'], WITH_PASSWORDS);
    expect(resolvePasswords(flagged.values, flagged.passwordStdin, flagged.passwordFlags, {}, () => '')).toEqual([
      expect.stringMatching(/--registry-password on the command line is visible .* use TRIDENT_ISO_REGISTRY_PASSWORD or --registry-password-stdin/),
    ]);
    const both = parseFlags(['--registry-password-stdin', '--imagecustomizer-registry-password-stdin'], WITH_PASSWORDS);
    expect(() => resolvePasswords(both.values, both.passwordStdin, both.passwordFlags, {}, () => 'x')).toThrow(/only one password/);
  });
});

describe('leftovers (the post step state)', () => {
  it('saves each leftover as it is tracked and reads the same back', () => {
    const state: Record<string, string> = {};
    const tracker = new LeftoverTracker((name, value) => void (state[name] = value));
    const left: Leftovers = {
      workDir: '/tmp/trident-iso-abc',
      cacheDir: '/tmp/trident-iso-cache',
      container: { engine: 'podman', name: 'trident-iso-abc', image: 'ghcr.io/microsoft/imagecustomizer:1.6.0' },
      partialOutput: '/ws/installer.iso.partial-42',
    };
    tracker.track({ workDir: left.workDir! });
    expect(state).toEqual({ 'work-dir': '/tmp/trident-iso-abc' });
    tracker.track(left);
    expect(tracker.found).toEqual(left);
    expect(loadLeftovers((name) => state[name] ?? '')).toEqual(left);
  });

  it('ignores what does not name a leftover: another engine, no container name', () => {
    const state: Record<string, string> = { container: 'x', engine: 'nerdctl', image: 'i', unrelated: 'y' };
    expect(loadLeftovers((name) => state[name] ?? '')).toEqual({});
  });

  it('refuses to remove a folder the action did not create', async () => {
    const lines: string[] = [];
    const mine = mkdtempSync(path.join(tmpdir(), 'user-'));
    await cleanUp(
      { workDir: mine },
      () => processes(process.env),
      (l) => lines.push(l),
    );
    expect(lines).toEqual([expect.stringMatching(/Could not remove .*user-.*: refusing/)]);
  });
});

describe('step outputs', () => {
  it('names only what the run produced', () => {
    expect(stepOutputs({})).toEqual({});
    const config = {
      configHostPath: '/w/c.yaml',
      configContainerPath: '/config/c.yaml',
      configDir: '/w',
      hostConfigPath: '/w/h.yaml',
      lists: [],
      owned: { expected: { liveOs: [], media: [], absent: [] }, input: undefined },
    };
    expect(stepOutputs({ config })).toEqual({ 'config-path': '/w/c.yaml', 'host-config-path': '/w/h.yaml' });
    expect(stepOutputs({ config, published: {} })).toMatchObject({ 'artifact-id': '', 'artifact-url': '', 'artifact-digest': '' });
  });
});
