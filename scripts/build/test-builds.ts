import { build } from 'wxt';

/**
 * `npm test`'s four builds in one process: the shipped Chrome and Firefox builds (the manifest test,
 * `lint:firefox`), then the e2e builds (`npm run build:e2e`'s two), asking the scholarly APIs at the
 * address given as the one argument. The same outputs, byte for byte, as `npm run build`,
 * `build:firefox` and `build:e2e` with WXT_SCHOLAR_BASE set, for less CPU: each of those starts
 * Node and loads WXT and Vite anew (about 11 of their 27 s of CPU).
 */
const scholarBase = process.argv[2];
if (!scholarBase) throw new Error('usage: tsx scripts/build/test-builds.ts SCHOLAR_BASE_URL');

// Vite sets NODE_ENV to 'production' for the shipped builds and leaves it set; the e2e mode's
// builds, run alone, find it unset (Preact's development JSX), so it is put back as it was.
const nodeEnv = process.env.NODE_ENV;
// The shipped builds keep the real APIs whatever this shell was given.
delete process.env.WXT_SCHOLAR_BASE;
await build({ browser: 'chrome' });
await build({ browser: 'firefox' });
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
process.env.WXT_SCHOLAR_BASE = scholarBase;
await build({ browser: 'chrome', mode: 'e2e' });
await build({ browser: 'firefox', mode: 'e2e' });
