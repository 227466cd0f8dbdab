import { builtinEnvironments, type Environment } from 'vitest/runtime';

declare global {
  /** Closes this worker's shared Chromium (tests/e2e/helpers.ts); set when it is launched. */
  var closeWorkerBrowser: (() => Promise<void>) | undefined;
}

/**
 * Vitest's node environment, which also closes the worker's shared Chromium when the worker stops.
 * Vitest sets an environment up when a worker starts and tears it down when it stops the worker,
 * inside the worker, before it sends SIGTERM, so this is the one place that runs once the worker's
 * last file is done. Left to Playwright's SIGTERM handler, the browser was still closing when
 * vitest killed the worker 500 ms later: the browser outlived the worker unwaited for, and its CPU
 * (most of the e2e step's) never reached `times` in npm test. Closed here, the worker waits for it.
 */
const workerEnvironment: Environment = {
  name: 'e2e-worker',
  viteEnvironment: 'ssr',
  async setup(global: typeof globalThis, options: Record<string, unknown>) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(globalAtEnd: typeof globalThis) {
        await globalAtEnd.closeWorkerBrowser?.();
        await node.teardown(globalAtEnd);
      },
    };
  },
};

export default workerEnvironment;
