// The tiny COSI of examples/make-cosi.js, as the tests give it to the action.
// make-cosi.js is deterministic (fixed UUIDs and mtime), so it runs once per
// test process and argument list; each test gets its own copy of that file.
// test/meta/examples.test.ts checks make-cosi.js itself.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NODE24, REPO } from './runner.js';

const made = new Map<string, string>();

/** Writes make-cosi.js's COSI for `args` (e.g. ['--arch', 'aarch64']) to `dest`. */
export function writeTinyCosi(dest: string, args: string[] = []): string {
  const key = args.join('\0');
  let file = made.get(key);
  if (!file) {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'tiny-cosi-')), 'tiny.cosi');
    execFileSync(NODE24, [path.join(REPO, 'examples', 'make-cosi.js'), file, ...args], { stdio: 'ignore' });
    made.set(key, file);
  }
  mkdirSync(path.dirname(dest), { recursive: true });
  copyFileSync(file, dest);
  return dest;
}
