// vitest globalSetup: removes the run's scratch folder (see vitest.config.ts),
// so the tests leave nothing in the machine's temporary folder.
import { rmSync } from 'node:fs';

export function teardown(): void {
  const scratch = process.env.TRIDENT_ISO_TEST_SCRATCH;
  if (scratch && /trident-iso-tests-\d+$/.test(scratch)) rmSync(scratch, { recursive: true, force: true });
}
