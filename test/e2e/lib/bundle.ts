// Bundles a stand-in program and its npm dependencies into one CommonJS file
// with @vercel/ncc (the stand-ins run where node_modules does not exist: in a
// container image, in an RPM, in a VM).
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec, makeTempDir, removeTempDir, REPO_ROOT } from './proc.js';

/** Bundles entry (a path under the repository) into outFile; with a shebang, the file is made executable. */
export async function nccBundle(entry: string, outFile: string, shebang?: string): Promise<void> {
  const dir = makeTempDir('e2e-ncc-');
  try {
    await exec([process.execPath, path.join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', entry, '-o', dir, '-q'], {
      timeoutMs: 120_000,
    });
    if (shebang) {
      const body = readFileSync(path.join(dir, 'index.cjs'), 'utf8').replace(/^#!.*\n/, '');
      writeFileSync(outFile, `${shebang}\n${body}`);
      chmodSync(outFile, 0o755);
    } else renameSync(path.join(dir, 'index.cjs'), outFile);
  } finally {
    removeTempDir(dir);
  }
}

/** The Trident stand-in (standins/trident), as /usr/bin/trident goes into the RPMs. */
export async function bundleTridentStandin(outFile: string): Promise<void> {
  await nccBundle(path.join(REPO_ROOT, 'test', 'e2e', 'standins', 'trident', 'main.cjs'), outFile, '#!/usr/bin/env node');
}
