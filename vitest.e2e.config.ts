import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless browsers (dist/chrome in Chromium;
// dist/firefox in Firefox ESR, firefox.test.ts). Run one file at a time: each launches its own
// browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    // One retry: on this 2-core machine under heavy load, a browser step has (rarely) missed its
    // wait. A real failure fails twice; the first attempt's error is still printed.
    retry: 1,
  },
});
