import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Files run side by side: each that needs the scholarly APIs starts its own mock server and
    // points its browser at it (tests/e2e/helpers.ts). Most of a file's time is the browser and
    // the extension working, so two files at once keep two cores busy.
    maxWorkers: 2,
  },
});
