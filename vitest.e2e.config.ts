import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The parity files (tests/e2e/parity.ts) read some eighty HTML pages each (two hundred with
 * CVLENS_PARITY=full), among the longest files of the suite, yet each is four lines long. With no
 * earlier run's times cached (a fresh clone), vitest starts the largest files first, so the two
 * parity files started last and the stage waited on them alone at its end; started first, the other
 * files fill in around them.
 */
class ParityFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const parity = (file: TestSpecification) => /[\\/]parity-\d+\.e2e\.ts$/.test(file.moduleId);
    return [...sorted.filter(parity), ...sorted.filter((file) => !parity(file))];
  }
}

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Node's, closing the worker's shared Chromium when vitest stops the worker (see the file).
    environment: './tests/e2e/worker-environment.ts',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Files run side by side: each that needs the scholarly APIs starts its own mock server and
    // points its browser at it (tests/e2e/helpers.ts). Most of a file's time is the browser and
    // the extension working, so two files at once keep two cores busy.
    maxWorkers: 2,
    // A worker's files share the modules they import (Playwright, puppeteer, the reader): the files
    // keep their state in their own module scope, and importing those anew for each file cost more
    // than a second a file.
    isolate: false,
    sequence: { sequencer: ParityFirst },
  },
});
