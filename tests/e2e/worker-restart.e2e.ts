import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { freePort } from '../support/free-port';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

const LOOKUP_TIMEOUT = 45_000;

let pages: StaticServer;
let session: ExtensionSession | null = null;
let mock: MockScholarServer | null = null;
/** This file's own mock APIs' port: the e2e files run side by side. */
let mockPort: number;

beforeAll(async () => {
  mockPort = await freePort();
  pages = await serveFolder(CV_FIXTURES);
});
afterAll(async () => {
  await pages?.close();
});
afterEach(async () => {
  await session?.close();
  await mock?.close();
  session = null;
  mock = null;
});

describe('MV3 state', () => {
  it('a tab’s analysis survives the service worker being stopped: the PDF view draws its badges', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    session = await launchWithExtension({ scholarPort: mockPort });
    const { context, extensionId, worker } = session;
    const page = await context.newPage();
    const url = pages.url('pdf/elesedy.pdf');
    await page.goto(url);
    const tabId = await tabIdOf(worker, url);
    const popup = await openPopupFor(session, tabId);
    // The look-up has finished once the merged figures show.
    await popup.getByTestId('metrics-merged').waitFor({ timeout: LOOKUP_TIMEOUT });
    await screenshot(popup, 'popup-before-worker-restart');

    // The browser stops an idle worker, and everything it held in memory goes with it. The
    // DevTools protocol stops the workers of the extension page's storage partition.
    await worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    const cdp = await context.newCDPSession(popup);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped'))
          resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await popup.close();

    // Asked from another extension page, a new worker answers with the analysis it kept.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const reply: unknown = await options.evaluate(
      (tab) => chrome.runtime.sendMessage({ type: 'get-analysis', tabId: tab }),
      tabId,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { kind: 'analysis', tabId, url, profile: { person: { name: 'Hayder Elesedy' } } },
    });
    const [restarted] = context.serviceWorkers();
    expect(await restarted!.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
    await options.close();

    // The PDF view draws the badges from it, without parsing the PDF again.
    const view = await context.newPage();
    await view.goto(
      `chrome-extension://${extensionId}/pdf-view.html?tab=${tabId}&url=${encodeURIComponent(url)}`,
    );
    await view.locator('cvlens-badge').first().waitFor({ timeout: LOOKUP_TIMEOUT });
    await screenshot(view, 'pdf-view-after-worker-restart');
  });
});
