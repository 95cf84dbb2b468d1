// `trident-iso` (the CLI) as a user runs it: the bundle's dist/cli (or the copy
// E2E_DIST_DIR names, so a mutated bundle is what runs) on Node 24, with
// action.yml for its flags, in a folder of the user's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DIST_DIR, NODE24, REPO } from '../../support/runner.js';

export interface CliResult {
  /** Exit code; null when it was killed (timeoutMs passed). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `trident-iso <args>` in cwd; kills it after timeoutMs. */
export function tridentIso(args: readonly string[], o: { cwd: string; timeoutMs: number; env?: Record<string, string> }): Promise<CliResult> {
  // bin/trident-iso.js, with the bundle taken from DIST_DIR.
  const program = `import { cli } from ${JSON.stringify(`file://${path.join(DIST_DIR, 'cli', 'index.js')}`)};
process.exitCode = await cli(process.argv.slice(1), ${JSON.stringify(path.join(REPO, 'action.yml'))});`;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, ['--input-type=module', '-e', program, ...args], {
      cwd: o.cwd,
      env: { ...process.env, ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), o.timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The `name: value` lines the CLI prints for its outputs. */
export function cliOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/^([a-z][a-z0-9-]*): (.*)$/gm)) out[m[1]!] = m[2]!;
  return out;
}
