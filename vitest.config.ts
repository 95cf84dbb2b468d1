import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every temporary folder the tests make (mkdtemp under os.tmpdir()) goes into
// one scratch folder, which test/support/scratch.ts removes after the run.
const scratch = path.join(tmpdir(), `trident-iso-tests-${process.pid}`);
mkdirSync(scratch, { recursive: true });
process.env.TRIDENT_ISO_TEST_SCRATCH = scratch;

// Unit, dist, meta, bad-input and fault tests. The end-to-end suite (real
// engines, registry, Azurite) has its own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    env: { TMPDIR: scratch },
    globalSetup: ['test/support/scratch.ts'],
  },
});
