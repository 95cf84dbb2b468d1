import { mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every temporary folder the tests make (mkdtemp under os.tmpdir()) goes into
// one scratch folder, which test/support/scratch.ts removes after the run.
const scratch = path.join(tmpdir(), `trident-iso-tests-${process.pid}`);
mkdirSync(scratch, { recursive: true });
process.env.TRIDENT_ISO_TEST_SCRATCH = scratch;
// @actions/tool-cache reads RUNNER_TOOL_CACHE from the process environment, so the
// in-process runs of the runner emulator share one tool cache (oras put there once).
const toolCache = path.join(scratch, 'toolcache');
process.env.RUNNER_TOOL_CACHE = toolCache;

// Unit, behaviour (in process), dist smoke and meta tests. The end-to-end suite
// (real engines, registry, Azurite) has its own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Much of the tests' time is spent waiting: for child processes (the stand-ins), for a
    // stand-in VM's console to go quiet, for a process group to stop. One worker more than
    // the cores keeps both cores busy through those waits (on the 2-core development
    // machine, idle: 51.5 and 56.7 s with three workers, 60.8 and 64.8 s with two).
    maxWorkers: availableParallelism() + 1,
    // Each worker runs file after file in one process, its modules loaded once: starting a process and
    // importing src/ again for each of the ~50 files was a fifth of the suite's CPU time. A test that
    // changes process-wide state (process.env, spies) restores it.
    isolate: false,
    env: { TMPDIR: scratch, RUNNER_TOOL_CACHE: toolCache },
    globalSetup: ['test/support/scratch.ts'],
    coverage: {
      provider: 'v8',
      enabled: true,
      include: ['src/**/*.ts'],
      // Generated validators (npm run schemas): Ajv's code, not the action's.
      exclude: ['src/data/validators/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
