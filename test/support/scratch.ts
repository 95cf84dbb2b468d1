// vitest globalSetup: puts the stand-in oras into the shared tool cache before
// the tests, and removes the run's scratch folder after them (see
// vitest.config.ts), so the tests leave nothing in the machine's temporary folder.
import { rmSync } from 'node:fs';
import { prefillOras } from './standins.js';

export function setup(): void {
  const toolCache = process.env.RUNNER_TOOL_CACHE;
  if (toolCache) prefillOras(toolCache);
}

export function teardown(): void {
  const scratch = process.env.TRIDENT_ISO_TEST_SCRATCH;
  if (scratch && /trident-iso-tests-\d+$/.test(scratch)) rmSync(scratch, { recursive: true, force: true });
}
