// End-to-end suite: the bundled action (dist/) against real components that
// test/e2e/global-setup.ts starts on loopback. Run as root after
// .ci/install-e2e-deps.sh: `npm run test:e2e`. The unit suite is vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One scenario at a time: they share the engine, the registry and 2 cores.
    fileParallelism: false,
    pool: 'forks',
    sequence: { concurrent: false },
    testTimeout: 8 * 60_000,
    hookTimeout: 10 * 60_000,
    teardownTimeout: 2 * 60_000,
    reporters: ['default'],
    // Logs of passing tests are noise (the toolkit prints ::debug:: lines); failing ones keep theirs.
    silent: 'passed-only',
  },
});
