// The fault suites' harness (test/faults/*.test.ts): each test gets fresh runner
// folders with the stand-in tools, the user's files (a host config, a tiny COSI,
// real prebuilt RPMs, a Trident checkout whose make fails) and their hashes;
// started runs and sleeping stand-ins are stopped after it. The state is read
// through ESM's live bindings (dirs, log, env, userFiles).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { REPO, runAction, startAction, type ActionRequest, type RunnerDirs, type StartedAction, type StepResult } from '../support/runner.js';
import { cachedTridentRpms } from '../support/rpmbuild.cjs';
import { alive, readCalls, standinRunner, subcommand, type Call } from '../support/standins.js';
import { sha256Tree } from '../support/tree.js';
import { writeTinyCosi } from '../support/cosi.js';

let fixtures: string;
export let dirs: RunnerDirs;
export let log: string;
export let env: Record<string, string>;
/** SHA-256 of every file the user gave, taken before the run. */
export let userFiles: Record<string, string>;
/** Started runs still going when a test ends are cancelled. */
export const started: StartedAction[] = [];

export function calls(tool?: string, sub?: string): Call[] {
  return readCalls(log, tool).filter((c) => !sub || subcommand(c) === sub);
}

/** Work and cache folders the action made under RUNNER_TEMP. */
export function leftovers(): string[] {
  return readdirSync(dirs.temp).filter((d) => d.startsWith('trident-iso-'));
}

/** The step's `::error` annotations: title and message. */
export function errors(step: StepResult): { title: string; message: string }[] {
  return step.errors.map((e) => ({ title: e.title ?? '', message: e.message }));
}

/** Real RPMs (rpmbuild), as a user gives them: x86_64 and noarch apart. */
export const RPMS = () =>
  cachedTridentRpms({
    release: '1.azl3',
    packages: ['trident', 'trident-install-service', 'trident-provisioning', 'trident-service', 'trident-selinux'],
  });

export const INPUTS = { 'host-config': 'host-config.yaml', cosi: 'os.cosi' };

/** The user's files are byte for byte what they were, and nothing was added to them but what the step is asked to write. */
export function expectUserFilesUnchanged(allowed: string[] = []): void {
  const now = sha256Tree(dirs.workspace);
  for (const name of allowed) delete now[name];
  expect(now).toEqual(userFiles);
}

export function start(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): StartedAction {
  const step = startAction(dirs, { inputs, env: { ...env, ...extraEnv } });
  started.push(step);
  return step;
}

/** Runs main (and the post step) in process with the suite's environment and `extraEnv`. */
export function run(inputs: Record<string, string>, extraEnv: Record<string, string> = {}, more: Partial<ActionRequest> = {}) {
  return runAction(dirs, { inputs, env: { ...env, ...extraEnv }, ...more });
}

/** Takes the user's files' hashes again, after a test added a file of its own. */
export function rememberUserFiles(): void {
  userFiles = sha256Tree(dirs.workspace);
}

/** Registers the hooks that give each test of a fault suite its runner folders (call once at a suite's top level). */
export function useFaultHarness(): void {
  beforeAll(() => {
    fixtures = mkdtempSync(path.join(tmpdir(), 'faults-fixtures-'));
    writeTinyCosi(path.join(fixtures, 'os.cosi'));
  });

  afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

  beforeEach(() => {
    ({ dirs, log, env } = standinRunner(mkdtempSync(path.join(tmpdir(), 'faults-')), {
      // Backoff of 10, 20, 40 ms instead of seconds.
      TRIDENT_ISO_RETRY_BASE_MS: '10',
    }));
    const ws = dirs.workspace;
    copyFileSync(path.join(REPO, 'examples', 'host-config.yaml'), path.join(ws, 'host-config.yaml'));
    copyFileSync(path.join(fixtures, 'os.cosi'), path.join(ws, 'os.cosi'));
    // Prebuilt RPMs as a user gives them: nested, x86_64 and noarch apart (the action copies them flat).
    for (const file of RPMS()) {
      const arch = path.basename(path.dirname(file));
      mkdirSync(path.join(ws, 'rpms', 'RPMS', arch), { recursive: true });
      copyFileSync(file, path.join(ws, 'rpms', 'RPMS', arch, path.basename(file)));
    }
    mkdirSync(path.join(ws, 'trident'));
    writeFileSync(path.join(ws, 'trident', 'Makefile'), 'bin/trident-rpms.tar.gz:\n\t@false\n');
    userFiles = sha256Tree(ws);
  });

  afterEach(async () => {
    for (const step of started.splice(0)) {
      step.cancel();
      await step.done.catch(() => undefined);
    }
    // Stand-ins a failed test left sleeping.
    for (const call of calls()) if (alive(call.pid)) process.kill(call.pid, 'SIGKILL');
    rmSync(dirs.root, { recursive: true, force: true });
  });
}
