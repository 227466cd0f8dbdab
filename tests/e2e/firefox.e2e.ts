import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { serveFolder, type StaticServer } from '../support/static-server';
import {
  firefoxScreenshot,
  firefoxTabIdOf,
  launchFirefoxWithExtension,
  openExtensionPage,
  waitInPage,
  type FirefoxSession,
} from './firefox';

const LOOKUP_TIMEOUT = 45_000;

/** True once the popup or panel shows a finished profile (not its reading or looking-up views). */
function showsProfileOf(name: string): boolean {
  const state = document.querySelector('[data-state]')?.getAttribute('data-state');
  const shown = document.querySelector('[data-testid="candidate-name"]')?.textContent;
  return shown === name && state !== 'working' && state !== 'looking-up';
}

/** The stored candidates as the extension's IndexedDB holds them, read from one of its pages. */
function storedCandidates(): Promise<
  { name: string; urls: string[]; publications: number; scholar: boolean }[]
> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('cv-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('candidates').objectStore('candidates').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () =>
        resolve(
          (
            all.result as {
              name: string;
              urls: { url: string }[];
              profile: { publications: unknown[] };
              scholar: unknown;
            }[]
          ).map((c) => ({
            name: c.name,
            urls: c.urls.map((u) => u.url),
            publications: c.profile.publications.length,
            scholar: c.scholar !== null,
          })),
        );
    };
  });
}

/**
 * CV Lens installed in Debian's firefox-esr as a temporary add-on (the e2e build), driven over
 * WebDriver BiDi. The toolbar popup and the sidebar cannot be screenshotted under automation, so
 * popup.html and sidepanel.html are opened as tabs, as the Chromium suite does. The tests share
 * one browser and run in order: the sidebar and the store see what the popup read.
 */
describe('Firefox', () => {
  let session: FirefoxSession;
  let server: StaticServer;
  let mock: MockScholarServer | undefined;
  let cvPage: Page;

  beforeAll(async () => {
    // The badges and the stored scholar results need the mock APIs.
    mock = await startMockScholarServer({ mode: 'scenario' });
    server = await serveFolder(CV_FIXTURES);
    session = await launchFirefoxWithExtension({ scholarPort: mock.port });
  });
  afterAll(async () => {
    await session?.close();
    await mock?.close();
    await server?.close();
  });

  it('the popup reads a CV page and shows the candidate', async () => {
    cvPage = await session.browser.newPage();
    const url = server.url('html/hayou.html');
    await cvPage.goto(url);
    const helper = await openExtensionPage(session, 'options.html');
    const tabId = await firefoxTabIdOf(helper, url);
    await helper.close();
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await waitInPage(popup, showsProfileOf, 'Soufiane Hayou', LOOKUP_TIMEOUT);
    const headings = await popup.$$eval('[data-testid="section-headings"] li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(headings).toEqual(expect.arrayContaining(['Education', 'Academic Experience', 'Selected Talks']));
    await firefoxScreenshot(popup, 'popup');
    await popup.close();
  });

  // Three waits of up to 45 s each (tab, popup, PDF view): room for each to report its own cause.
  it(
    'the popup reads a PDF open in Firefox’s viewer, and the PDF view draws it with badges',
    { timeout: 180_000 },
    async () => {
      const pdfTab = await session.browser.newPage();
      const url = server.url('pdf/elesedy.pdf');
      // Firefox shows the PDF in its own viewer; the navigation may not report a load event.
      pdfTab.goto(url).catch(() => undefined);
      const helper = await openExtensionPage(session, 'options.html');
      const tabId = await firefoxTabIdOf(helper, url);
      await helper.close();
      const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
      await waitInPage(popup, showsProfileOf, 'Hayder Elesedy', LOOKUP_TIMEOUT);
      await firefoxScreenshot(popup, 'popup-pdf');
      await popup.close();

      const view = await openExtensionPage(
        session,
        `pdf-view.html?tab=${tabId}&url=${encodeURIComponent(url)}`,
        { width: 1100, height: 900 },
      );
      // Every page drawn (canvas, text layer, badges), and badges beside the publications.
      await waitInPage(
        view,
        () =>
          document.querySelectorAll('cvlens-badge').length > 0 &&
          [...document.querySelectorAll('[data-page]')].every((p) => p.getAttribute('data-state') === 'done'),
        '',
        LOOKUP_TIMEOUT,
      );
      expect(await view.$$eval('[data-page]', (pages) => pages.length)).toBe(2);
      await firefoxScreenshot(view, 'pdf');
      await view.close();
      await pdfTab.close();
    },
  );

  it('the sidebar page lists both candidates and follows the active tab to the CV page', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html', { width: 400, height: 800 });
    await waitInPage(panel, () =>
      /\b2\b/.test(document.querySelector('[data-testid="list-count"]')?.textContent ?? ''),
    );
    await firefoxScreenshot(panel, 'sidebar-list');
    await cvPage.bringToFront();
    await waitInPage(panel, showsProfileOf, 'Soufiane Hayou', LOOKUP_TIMEOUT);
    await firefoxScreenshot(panel, 'sidebar');
    await panel.close();
  });

  it('stores each candidate with the address it was read from and its scholar results', async () => {
    const page = await openExtensionPage(session, 'options.html');
    const stored = await page.evaluate(storedCandidates);
    await page.close();
    expect(stored.map((c) => c.name).sort()).toEqual(['Hayder Elesedy', 'Soufiane Hayou']);
    const hayou = stored.find((c) => c.name === 'Soufiane Hayou');
    expect(hayou?.urls).toContain(server.url('html/hayou.html'));
    expect(hayou?.publications).toBe(24);
    expect(stored.find((c) => c.name === 'Hayder Elesedy')?.urls).toContain(server.url('pdf/elesedy.pdf'));
    expect(hayou?.scholar).toBe(true);
  });
});
