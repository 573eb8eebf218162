import { defineConfig } from 'vitest/config';

// Unit and fixture tests of the core and the glue (Node; jsdom per file where a DOM is needed).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
