import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Test files that need a fresh worker: they replace a module with vi.mock (a module already loaded
 * by another file in a shared worker would keep the real one), or build strings of tens of MB or a
 * page of 5,000 entries, which a shared worker's heap, grown by earlier files, collects too slowly
 * (they ran past their timeout there on a busy machine).
 */
const OWN_WORKER = [
  'tests/unit/profile/blind-corpus.test.ts',
  'tests/unit/profile/build-profile.test.ts',
  'tests/unit/hardening/error-boundary.test.ts',
  'tests/unit/hardening/enormous.test.ts',
  'tests/unit/messages/message-size.test.ts',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // vitest's default (cores - 1) runs the files one at a time on a two-core machine while its
    // main process mostly waits; two workers let both cores run test files.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // pdf.js's patched worker (utils/acquire/pdf/node.ts) is a 2.3 MB file under the temporary folder,
    // outside node_modules, so vitest would transform and evaluate it as source in every worker
    // that reads a PDF (about 3 s of CPU each); Node imports it natively as the CLI does.
    server: { deps: { external: [/\/cv-lens-pdf\.worker-[0-9a-f]+\.mjs$/] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: OWN_WORKER,
          // Files share their worker's loaded modules: importing the reader (its weights, pdf.js,
          // linkedom) once per worker rather than once per file halves the stage's CPU time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit-isolated', include: OWN_WORKER } },
    ],
  },
});
