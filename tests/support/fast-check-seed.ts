import fc from 'fast-check';

/**
 * Every property of a test file runs from one seed, random unless FC_SEED is set, and a failure
 * says which: `FC_SEED=<seed> npx vitest run <file>` replays the file's run case for case.
 * (vitest loads this once per test file.)
 */
const fromEnv = process.env.FC_SEED;
const seed = fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${fromEnv}"`);

fc.configureGlobal({
  seed,
  reporter: (details) => {
    if (details.failed) {
      throw new Error(`${fc.defaultReportMessage(details)}\nReplay this file's run with FC_SEED=${seed}.`);
    }
  },
});
