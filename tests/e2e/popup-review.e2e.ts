import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES, E2E_PAGES } from '../support/fixtures';
import { freePort } from '../support/free-port';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { serveFolder, type StaticServer } from '../support/static-server';
import {
  launchWithExtension,
  LOOKUP_TIMEOUT,
  openPopupFor,
  profileFinished,
  resetExtension,
  screenshot,
  SCREENSHOTS,
  tabIdOf,
  type ExtensionSession,
} from './helpers';

/** The reviewer's view in the popup: the answer first, the papers, their verdicts, the document's kind. */

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
// Each test starts as in a fresh browser profile, so none sees another's store or scholar cache.
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

async function popupOn(file: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const session = await browserSession();
  const url = pages.url(file);
  const page = await session.context.newPage();
  await page.goto(url);
  const opened = await openPopupFor(session, await tabIdOf(session.worker, url));
  await opened.emulateMedia({ colorScheme: scheme });
  return opened;
}

async function shownVerdicts(popup: Page): Promise<string[]> {
  return popup
    .locator('[data-testid="publication"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict') ?? ''));
}

describe('popup: the reviewer’s view', () => {
  it('hayou.html: the header answers first, then every publication with its verdict', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn('html/hayou.html');
    await profileFinished(popup);
    const header = popup.getByTestId('header');
    const text = (await header.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/PhD/);
    expect(text).toMatch(/\d+ publications: \d+ first-author, \d+ last-author/);
    expect(text).toMatch(/[\d,]+ citations, h \d+ \((OpenAlex|Semantic Scholar)\)/);
    expect(await header.getByTestId('verdict-count').count()).toBeGreaterThan(1);
    expect(await popup.getByTestId('document-kind').textContent()).toMatch(/Read as a CV/);
    expect(await popup.getByTestId('saved-line').textContent()).toMatch(/Saved to your candidates/);
    await viewportShot(popup, 'popup-header');

    const rows = popup.getByTestId('publication');
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBe(
      Number(
        /Publications \((\d+)\)/.exec(
          (await popup.locator('#publications-heading').textContent()) ?? '',
        )?.[1],
      ),
    );
    // Each row: a verdict in words beside its shape, and the candidate's place among the authors.
    expect(await rows.locator('.verdict svg.verdict-icon').count()).toBe(count);
    expect(await rows.locator('.position').count()).toBeGreaterThan(0);
    expect(await rows.locator('.pub-title a[href]').count()).toBeGreaterThan(0);
    // The evidence stays folded behind "why" until asked for.
    const why = rows.first().locator('details.why');
    expect(await why.getAttribute('open')).toBeNull();
    await why.locator('summary').click();
    expect(await why.locator('p').isVisible()).toBe(true);
    await popup
      .locator('#publications-heading')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await viewportShot(popup, 'popup-publications');
    await popup.getByTestId('timeline').screenshot({ path: path.join(SCREENSHOTS, 'popup-timeline.png') });
  });

  it('clicking a verdict count shows only those publications, and clicking again shows all', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn('html/hayou.html');
    await profileFinished(popup);
    const all = await shownVerdicts(popup);
    const button = popup.locator('[data-testid="header"] [data-verdict-filter="not-found"]');
    const wanted = Number(/\d+/.exec((await button.textContent()) ?? '')?.[0]);
    expect(wanted).toBeGreaterThan(0);
    expect(wanted).toBeLessThan(all.length);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const shown = await shownVerdicts(popup);
    expect(shown).toHaveLength(wanted);
    expect(new Set(shown)).toEqual(new Set(['not-found']));
    expect(await popup.getByTestId('publication-filter').textContent()).toContain(
      `Showing ${wanted} of ${all.length}`,
    );
    await viewportShot(popup, 'popup-filtered');
    await button.click();
    expect(await shownVerdicts(popup)).toEqual(all);
  });

  it('before the slowest source answers: the person and the CV’s publications are there', async () => {
    // Semantic Scholar's answers are held until the test has looked; OpenAlex and DBLP answer at once.
    // The look must end within the extension's 10 s request time-out, or Semantic Scholar fails.
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario', held: ['s2'] });
    const popup = await popupOn('html/hayou.html');
    await popup.locator('[data-state="looking-up"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    await popup
      .locator('[data-source="openalex"]:not([data-status="pending"])')
      .waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.locator('[data-source="semanticscholar"]').getAttribute('data-status')).toBe(
      'pending',
    );
    expect(await popup.getByTestId('candidate-name').textContent()).toBe('Soufiane Hayou');
    const rows = popup.getByTestId('publication');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(new Set(await shownVerdicts(popup))).toEqual(new Set(['pending']));
    expect(await popup.getByTestId('lookup-progress').textContent()).toMatch(/[1-4] of 5 sources finished/);
    // Each source that has answered shows how many of the CV's publications its records hold.
    const openAlexFound = popup.locator('[data-source="openalex"] [data-testid="source-found"]');
    const found = Number(await openAlexFound.getAttribute('data-found'));
    expect(found).toBeGreaterThan(0);
    expect(await openAlexFound.textContent()).toContain(`${found} of ${await rows.count()} found`);
    expect(await popup.locator('[data-source="semanticscholar"] [data-testid="source-found"]').count()).toBe(
      0,
    );
    await screenshot(popup, 'popup-progressive');
    mock.release();
    await profileFinished(popup);
    const verdicts = await shownVerdicts(popup);
    expect(verdicts).not.toContain('pending');
    const ownRecord = ['verified', 'year-differs', 'venue-differs', 'preprint-found'];
    expect(verdicts.filter((v) => ownRecord.includes(v)).length).toBeGreaterThanOrEqual(found);
  });

  it('a page that is not a CV: ways on, and reading it anyway as text', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const session = await browserSession();
    const url = extras.url('no-cv.html');
    const page = await session.context.newPage();
    await page.goto(url);
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await popup.locator('[data-state="no-cv"]').waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.getByTestId('no-cv-side-panel').isVisible()).toBe(true);
    expect(await popup.getByTestId('no-cv-read-pdf').isVisible()).toBe(true);
    await popup.getByTestId('read-anyway').click();
    await popup
      .locator('[data-document-kind="unknown"][data-state="profile"]')
      .waitFor({ timeout: LOOKUP_TIMEOUT });
    expect(await popup.getByTestId('document-kind').textContent()).toMatch(/does not read as a CV/);
    await screenshot(popup, 'popup-read-anyway');
  });

  it('dark mode: the same view in the dark palette', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const popup = await popupOn('html/hayou.html', 'dark');
    await profileFinished(popup);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(27, 29, 33)');
    await viewportShot(popup, 'popup-dark');
  });
});

/** The viewport only (not the full page): the screenshot shows what the reviewer sees there. */
function viewportShot(popup: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return popup.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
