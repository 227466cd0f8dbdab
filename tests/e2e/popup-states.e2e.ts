import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES, E2E_PAGES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { freePort } from '../support/free-port';
import { serveFolder, type StaticServer } from '../support/static-server';
import {
  launchWithExtension,
  LOOKUP_TIMEOUT,
  openPopupFor,
  profileFinished,
  resetExtension,
  screenshot,
  tabIdOf,
  type ExtensionSession,
} from './helpers';

let pages: StaticServer;
let extras: StaticServer;
let session: ExtensionSession | null = null;
let mock: MockScholarServer | null = null;
/** This file's own mock APIs' port: the e2e files run side by side. */
let mockPort: number;

beforeAll(async () => {
  mockPort = await freePort();
  pages = await serveFolder(CV_FIXTURES);
  extras = await serveFolder(E2E_PAGES);
});
afterAll(async () => {
  await session?.close();
  await pages?.close();
  await extras?.close();
});
// Each state starts as in a fresh browser profile, so no test sees another's store or scholar cache.
afterEach(async () => {
  if (session) await resetExtension(session, { scholarPort: mockPort });
  await mock?.close();
  mock = null;
});

/** The file's one browser, launched by the first test that needs it. */
async function browserSession(): Promise<ExtensionSession> {
  session ??= await launchWithExtension({ scholarPort: mockPort });
  return session;
}

async function popupOn(url: string): Promise<Page> {
  const session = await browserSession();
  const page = await session.context.newPage();
  await page.goto(url);
  return openPopupFor(session, await tabIdOf(session.worker, url));
}

async function waitForProfile(popup: Page, name: string | RegExp): Promise<void> {
  await popup
    .getByTestId('candidate-name')
    .waitFor({ timeout: LOOKUP_TIMEOUT })
    .catch(async (error: unknown) => {
      // Say which view the popup was stuck in: that names the failing stage.
      const view = await popup
        .locator('main')
        .innerText()
        .catch(() => '(no popup)');
      throw new Error(`${String(error)}\npopup showed: ${view}`);
    });
  const text = (await popup.getByTestId('candidate-name').textContent()) ?? '';
  if (typeof name === 'string') expect(text).toBe(name);
  else expect(text).toMatch(name);
}

/** The full profile view: timeline marks, metrics with a merged row, and the flags. */
async function expectFullProfile(popup: Page): Promise<void> {
  expect(await popup.locator('[data-testid="timeline"] [data-mark="bar"]').count()).toBeGreaterThan(0);
  expect(await popup.locator('[data-testid="timeline"] [data-mark="publication"]').count()).toBeGreaterThan(
    0,
  );
  // One tab stop for the chart, and every mark named.
  expect(await popup.locator('[data-testid="timeline"] [data-mark][tabindex="0"]').count()).toBe(1);
  expect(await popup.locator('[data-testid="timeline"] [data-mark] > title').count()).toBe(
    await popup.locator('[data-testid="timeline"] [data-mark]').count(),
  );
  await popup.getByTestId('metrics-merged').waitFor();
  await popup.getByTestId('flags').waitFor();
}

describe('popup states', () => {
  it('hayou.html: person, timeline, metrics and flags from the scenario', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn(pages.url('html/hayou.html'));
    await waitForProfile(popup, 'Soufiane Hayou');
    await expectFullProfile(popup);
    expect(await popup.locator('[data-verdict="verified"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-verdict$="-differs"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[data-verdict="not-found"]').count()).toBeGreaterThan(0);
    const headings = await popup.getByTestId('section-headings').locator('li').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Education', 'Academic Experience', 'Selected Talks']));
    // Keyboard: arrows move focus along the marks and the details line follows.
    await popup.locator('[data-testid="timeline"] [data-mark][tabindex="0"]').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBeTruthy();
    await screenshot(popup, 'popup-hayou');
  });

  // Also the reviewer's view of the other name (popup-review.e2e.ts): one read of the page for both.
  it('elesedy.html: both names, with the evidence for the other one, which is not a concern', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn(pages.url('html/elesedy.html'));
    await waitForProfile(popup, 'Hayder Elesedy');
    await expectFullProfile(popup);
    expect(await popup.getByTestId('name-variants').textContent()).toContain('Bryn Elesedy');
    await screenshot(popup, 'popup-elesedy');
    await profileFinished(popup);
    expect(await popup.getByTestId('flags').textContent()).not.toContain('Bryn Elesedy');
  });

  // Also the reviewer's view of a letter (popup-review.e2e.ts): one read of the page for both.
  it('elmhamdi.html: a cover letter still gives the person and the record, and is said to be a letter', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn(pages.url('html/elmhamdi.html'));
    await waitForProfile(popup, /Mhamdi/);
    await popup.getByTestId('metrics').waitFor();
    await popup.getByTestId('flags').waitFor();
    await screenshot(popup, 'popup-elmhamdi');
    await profileFinished(popup);
    expect(await popup.locator('[data-document-kind]').getAttribute('data-document-kind')).toBe('letter');
    expect(await popup.getByTestId('document-kind').textContent()).toMatch(/cover letter, not a CV/);
    expect(await popup.getByTestId('flags').textContent()).not.toMatch(/CV’s data/);
    await screenshot(popup, 'popup-letter');
  });

  it('a news article: the no-CV view', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn(extras.url('no-cv.html'));
    await popup.locator('[data-state="no-cv"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.getByTestId('candidate-name').count()).toBe(0);
    await screenshot(popup, 'popup-no-cv');
  });

  it('a source failing: a notice, and the other sources still shown', async () => {
    mock = await startMockScholarServer({
      port: mockPort,
      mode: 'scenario',
      faults: { dblp: '503', s2: '429' },
      // "Come back in an hour": the client gives both sources up at their first answer instead of
      // 7–14 s of backoff (timed in tests/unit/scholar/units.test.ts); the notice is what is tested.
      faultRetryAfterSeconds: 3600,
    });
    const popup = await popupOn(pages.url('html/hayou.html'));
    await waitForProfile(popup, 'Soufiane Hayou');
    const notice = popup.locator('[data-state="source-failing"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/DBLP/);
    expect(await notice.getByTestId('retry-source').count()).toBe(1);
    await expectFullProfile(popup);
    await screenshot(popup, 'popup-source-failing');
  });

  it('offline: the cached look-up, marked as cached', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const first = await popupOn(pages.url('html/hayou.html'));
    await waitForProfile(first, 'Soufiane Hayou');
    await first.getByTestId('metrics-merged').waitFor();
    await first.close();
    // Nothing listens on the APIs' port any more: every request fails to connect.
    await mock.close();
    mock = null;
    const popup = await openPopupFor(session!, await tabIdOf(session!.worker, pages.url('html/hayou.html')));
    await popup.locator('[data-state="offline"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    await waitForProfile(popup, 'Soufiane Hayou');
    await popup.getByTestId('offline-notice').waitFor();
    await expectFullProfile(popup);
    await screenshot(popup, 'popup-offline');
  });

  // Also the popup's first look at a CV page, the headings read from it: one read for both.
  it('offline with nothing cached: not checked, a banner and Retry, nothing called missing', async () => {
    // Nothing listens on the APIs' port: every request fails to connect.
    const popup = await popupOn(pages.url('html/hayou.html'));
    await waitForProfile(popup, 'Soufiane Hayou');
    const headings = await popup.getByTestId('section-headings').locator('li').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Education', 'Academic Experience', 'Selected Talks']));
    const banner = popup.getByTestId('unchecked-notice');
    await banner.waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await banner.textContent()).toMatch(/Not checked/);
    expect(await popup.locator('[data-verdict="not-found"]').count()).toBe(0);
    expect(
      await popup.locator('[data-testid="timeline"] [data-verdict="unchecked"]').count(),
    ).toBeGreaterThan(0);
    expect(await popup.getByTestId('timeline').textContent()).not.toMatch(/not found \([1-9]/);
    // Nothing was cached: no notice may claim the data shown came from the cache.
    expect(await popup.getByTestId('offline-notice').count()).toBe(0);
    await screenshot(popup, 'popup-unchecked');
    // The profile read from the page, every source unreachable, under its own name, so it does not
    // overwrite popup-hayou (the scenario answered).
    await screenshot(popup, 'popup-hayou-no-sources');
    // The APIs come back: Retry looks the CV up again.
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    await popup.getByTestId('retry-lookup').click();
    await popup
      .locator('[data-testid="timeline"] [data-verdict="verified"]')
      .first()
      .waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.getByTestId('unchecked-notice').count()).toBe(0);
  });

  it('working, then looking up with a status per source', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'hang' });
    const popup = await popupOn(pages.url('html/hayou.html'));
    await popup.locator('[data-state="working"], [data-state="looking-up"]').first().waitFor();
    await popup.locator('[data-state="looking-up"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.locator('[data-state="looking-up"] [data-source]').count()).toBe(5);
    await screenshot(popup, 'popup-looking-up');
  });

  it('elesedy.pdf: the same profile from the PDF', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn(pages.url('pdf/elesedy.pdf'));
    await waitForProfile(popup, 'Hayder Elesedy');
    await expectFullProfile(popup);
    await screenshot(popup, 'popup-pdf-elesedy');
  });

  it('a file:// PDF without file access: how to allow it', async () => {
    const session = await browserSession();
    const page = await session.context.newPage();
    await page.goto(`file://${path.join(CV_FIXTURES, 'pdf/elesedy.pdf')}`);
    await page.bringToFront();
    // Without host access to file:// the tab's URL is hidden from tabs.query: take the active tab.
    const tabId = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id as number;
    });
    const popup = await openPopupFor(session, tabId);
    await popup.locator('[data-state="pdf-file-access"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.locator('[data-state="pdf-file-access"]').textContent()).toContain(
      'Allow access to file URLs',
    );
    await screenshot(popup, 'popup-pdf-file-access');
  });
});
