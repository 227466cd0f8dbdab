import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { freePort } from '../support/free-port';
import { serveFolder, type StaticServer } from '../support/static-server';
import {
  launchWithExtension,
  openPopupFor,
  resetExtension,
  screenshot,
  tabIdOf,
  type ExtensionSession,
} from './helpers';

const LOOKUP_TIMEOUT = 45_000;
/** The PDF view with badges is an extension page that does not exist yet. */

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
  await session?.close();
  await pages?.close();
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

interface PageBadge {
  verdict: string | null;
  text: string;
  entry: string;
  href: string | null;
}

/** Each badge's words and the text of the list entry it sits in (read through the open shadow root). */
function readBadges(page: Page): Promise<PageBadge[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('cvlens-badge')].map((host) => ({
      verdict: host.getAttribute('data-verdict'),
      text: host.shadowRoot?.querySelector('.b')?.textContent ?? '',
      entry: (host.closest('li, p, td, dd, div') ?? host.parentElement)?.textContent ?? '',
      href: host.shadowRoot?.querySelector('a')?.getAttribute('href') ?? null,
    })),
  );
}

async function showBadges(url: string, name: string): Promise<{ page: Page; popup: Page; before: string }> {
  mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
  const session = await browserSession();
  const page = await session.context.newPage();
  await page.goto(url);
  const before = await page.evaluate(() => document.body.innerHTML);
  const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
  await popup.getByTestId('candidate-name').waitFor({ timeout: LOOKUP_TIMEOUT });
  expect(await popup.getByTestId('candidate-name').textContent()).toBe(name);
  await popup.getByTestId('toggle-badges').click();
  await expect
    .poll(async () => {
      const pressed = await popup.getByTestId('toggle-badges').getAttribute('aria-pressed');
      // The status line carries the background's error, which names what went wrong.
      return pressed === 'true' ? 'true' : await popup.locator('.action-status').textContent();
    })
    .toBe('true');
  return { page, popup, before };
}

async function hideAndCompare(page: Page, popup: Page, before: string): Promise<void> {
  // The reviewer clicks in the popup: its page in front again (a page behind another draws about a
  // frame a second, and Playwright waits for two before a click).
  await popup.bringToFront();
  await popup.getByTestId('toggle-badges').click();
  await expect.poll(() => popup.getByTestId('toggle-badges').getAttribute('aria-pressed')).toBe('false');
  expect(await page.locator('cvlens-badge').count()).toBe(0);
  expect(await page.locator('mark[data-cvlens-mark]').count()).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
}

describe('in-page badges', () => {
  it('hayou.html: a badge beside each publication, with verdicts from the scenario', async () => {
    const { page, popup, before } = await showBadges(pages.url('html/hayou.html'), 'Soufiane Hayou');
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThan(10);
    const lora = badges.find((b) => b.entry.includes('LoRA+: Efficient Low Rank Adaptation'));
    expect(lora?.verdict).toBe('verified');
    expect(badges.some((b) => b.verdict === 'not-found')).toBe(true);
    for (const badge of badges) if (badge.href) expect(badge.href).toMatch(/^https:\/\//);
    await page.bringToFront();
    await screenshot(page, 'badges-hayou');
    await hideAndCompare(page, popup, before);
  });

  it('elesedy.html: badges, and the other name highlighted in the author lists', async () => {
    const { page, popup, before } = await showBadges(pages.url('html/elesedy.html'), 'Hayder Elesedy');
    expect((await readBadges(page)).length).toBeGreaterThan(3);
    const marks = await page.locator('mark[data-cvlens-mark]').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /Bryn\s+Elesedy/.test(m))).toBe(true);
    await page.bringToFront();
    await screenshot(page, 'badges-elesedy');
    await hideAndCompare(page, popup, before);
  });

  it('elesedy.pdf: badges in the extension PDF view', async () => {
    mock = await startMockScholarServer({ port: mockPort, mode: 'scenario' });
    const session = await browserSession();
    const page = await session.context.newPage();
    const url = pages.url('pdf/elesedy.pdf');
    await page.goto(url);
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await popup.getByTestId('candidate-name').waitFor({ timeout: LOOKUP_TIMEOUT });
    const [view] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByTestId('open-pdf-view').click(),
    ]);
    await view.locator('cvlens-badge').first().waitFor({ timeout: LOOKUP_TIMEOUT });
    await screenshot(view, 'badges-pdf-elesedy');
    // Dark mode: the viewer and its toolbar follow the theme; the pages stay paper-white.
    await view.emulateMedia({ colorScheme: 'dark' });
    expect(await view.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(27, 29, 33)',
    );
    await screenshot(view, 'pdf-view-dark');
  });
});
