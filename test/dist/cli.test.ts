// The CLI in a terminal, as a developer runs it (bin/trident-iso.js on Node 24,
// the stand-in tools of test/dist/standins on PATH): its --help, its flags,
// what it prints, and which oras it uses.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE24, REPO, type RunnerDirs } from '../support/runner.js';
import { readCalls, standinRunner } from '../support/standins.js';
import { writeTinyCosi } from '../support/cosi.js';

const BIN = path.join(REPO, 'bin', 'trident-iso.js');
let dirs: RunnerDirs;
let log: string;
let env: Record<string, string>;

beforeEach(() => {
  ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'cli-test-'))));
  copyFileSync(path.join(REPO, 'test', 'fixtures', 'samples', 'host-configs', 'simple.yaml'), path.join(dirs.workspace, 'host-config.yaml'));
  writeTinyCosi(path.join(dirs.workspace, 'os.cosi'));
});

function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
  // A developer's shell: no runner variables.
  const plain = Object.fromEntries(Object.entries(env).filter(([name]) => !/^(GITHUB_|ACTIONS_|RUNNER_(?!TOOL_CACHE))/.test(name)));
  return { ...plain, HOME: dirs.home, TMPDIR: dirs.tmpdir, RUNNER_TOOL_CACHE: dirs.toolCache, ...extra };
}

const cli = (args: string[], extra: Record<string, string> = {}) =>
  promisify(execFile)(NODE24, [BIN, ...args], { cwd: dirs.workspace, env: terminalEnv(extra), maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

const actionInputs = () =>
  (parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;

describe('trident-iso --help', () => {
  it("lists the flags that act outside a workflow, each with action.yml's default, and no workflow-only ones", async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    const workflowOnly = ['upload', 'archive', 'artifact-name', 'overwrite', 'retention-days', 'cache', 'patch-iso-run-id', 'github-token'];
    for (const name of workflowOnly) expect(help.stdout).not.toMatch(new RegExp(`^  --${name}\\b`, 'm'));
    for (const [name, spec] of Object.entries(actionInputs())) {
      if (workflowOnly.includes(name)) continue;
      // A password is not a plain flag: the environment or standard input keeps it out of the process list.
      if (name.endsWith('-password')) {
        const variable = `TRIDENT_ISO_${name.toUpperCase().replace(/-/g, '_')}`;
        expect(help.stdout).toContain(`  ${variable}=... (environment) or --${name}-stdin (one line on standard input)\n`);
        continue;
      }
      expect(help.stdout).toContain(`  --${name}${spec.default ? ` (default: ${spec.default})` : ''}\n`);
    }
  });
});

describe('a build piped into head', () => {
  it('goes on to the end when the reader has gone (more output than a pipe holds): no EPIPE, exit 0, the ISO written', () => {
    // Image Customizer's log (the stand-in prints the file's lines): far more than the 64 KiB a pipe buffers.
    const runLog = path.join(dirs.root, 'ic.log');
    writeFileSync(runLog, Array.from({ length: 5000 }, (_, i) => `INFO[0001] customizing, line ${i} ${'x'.repeat(60)}`).join('\n'));
    const script = `"${NODE24}" "${BIN}" --host-config host-config.yaml --cosi os.cosi 2>"${dirs.root}/stderr" | head -1; echo "exit \${PIPESTATUS[0]}"`;
    const out = execFileSync('bash', ['-c', script], { cwd: dirs.workspace, env: terminalEnv({ STANDIN_RUN_LOG: runLog }), encoding: 'utf8' });
    const stderr = readFileSync(path.join(dirs.root, 'stderr'), 'utf8');
    expect(out, stderr).toContain('exit 0');
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(true);
  });
});

describe('trident-iso flags', () => {
  it('an unknown flag exits 2 and names the flag meant', async () => {
    const r = await cli(['--hostconfig', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--hostconfig'. Did you mean --host-config?");
    const far = await cli(['--frobnicate', 'x']);
    expect(far.stderr).toMatch(/Unknown option '--frobnicate'\.\n/);
  });

  it('a workflow-only flag exits 2 and says why', async () => {
    const r = await cli(['--host-config', 'host-config.yaml', '--cache', 'true']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cache is an input for workflows only');
    expect(readCalls(log)).toEqual([]);
  });
});

describe('a build from the terminal', () => {
  it('uses the oras on PATH when its version is supported, says so, and prints no ::debug:: lines', async () => {
    const r = await cli(['--host-config', 'host-config.yaml', '--cosi', 'os.cosi']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(path.join(dirs.workspace, 'installer.iso'))).toBe(true);
    const orasOnPath = path.join(REPO, 'test', 'dist', 'standins', 'oras');
    expect(r.stdout).toContain(`Using oras 1.3.0 from PATH: ${orasOnPath}`);
    expect(r.stdout).not.toContain('found in the tool cache');
    expect(r.stdout + r.stderr).not.toContain('::debug::');
  });

  it('installs its own oras when the one on PATH is too old, saying why', async () => {
    const r = await cli(['--host-config', 'host-config.yaml', '--cosi', 'os.cosi'], { STANDIN_ORAS_VERSION: '1.1.0' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/oras on PATH \(.*\) is version 1\.1\.0; the action supports 1\.2\.0 up to 2\.0\.0, so it installs its own\./);
    expect(r.stdout).toContain('oras 1.3.0 found in the tool cache');
    // @actions/tool-cache's lookups print ::debug:: lines for a runner to hide; a terminal does not show them.
    expect(r.stdout + r.stderr).not.toContain('::debug::');
  });
});
