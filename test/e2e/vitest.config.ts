import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time (2 cores), generous timeouts for the first start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
