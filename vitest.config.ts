import { defineConfig } from 'vitest/config';

// Unit and dist tests. The end-to-end suite (real engines, registry, Azurite)
// has its own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
