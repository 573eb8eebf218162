import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (dist/chrome) in headless Chromium. Run one file at a
// time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
