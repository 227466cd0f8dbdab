import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    // vitest's default (cores - 1) runs the files one at a time on a two-core machine while its
    // main process mostly waits; two workers let both cores run test files.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    setupFiles: ['tests/support/fast-check-seed.ts'],
  },
});
