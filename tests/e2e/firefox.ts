import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/browser';
import { mockBaseUrls } from '../../utils/scholar/settings';
import { REPO } from '../support/fixtures';
import { SCREENSHOTS } from './helpers';

/** `wxt build -b firefox --mode e2e`: the tabs and 127.0.0.1 permissions are granted at install. */
export const FIREFOX_EXT_DIR = path.resolve(
  process.env.FIREFOX_EXT_DIR ?? path.join(REPO, '.output/firefox-mv2-e2e'),
);

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/, fixed through a pref so pages can be opened by address. */
  base: string;
  close: () => Promise<void>;
}

/**
 * Debian's firefox-esr driven over WebDriver BiDi, with the e2e build installed as a temporary
 * add-on. Playwright cannot drive this Firefox (it sends a BiDi command ESR lacks); puppeteer can.
 * With `scholarPort`, the add-on asks the mock scholarly APIs there (as the Chromium sessions do,
 * through the stored settings' base URLs), so it can run beside the Chromium files.
 */
export async function launchFirefoxWithExtension(
  options: { scholarPort?: number } = {},
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: run `npx tsx scripts/ensure-browser.ts` first.');
  const manifestFile = path.join(FIREFOX_EXT_DIR, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`No Firefox e2e build at ${FIREFOX_EXT_DIR}: run \`npm run build:e2e\` first.`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it Firefox refuses to navigate the automation to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
    },
  });
  await browser.installExtension(FIREFOX_EXT_DIR);
  const session: FirefoxSession = { browser, base: `moz-extension://${uuid}/`, close: () => browser.close() };
  if (options.scholarPort !== undefined) {
    const page = await openExtensionPage(session, 'options.html');
    // storage.local's key for the scholar settings (utils/extension/settings-storage.ts).
    await page.evaluate(
      (baseUrls) =>
        (globalThis as unknown as { browser: PageBrowser }).browser.storage.local.set({
          scholarSettings: { baseUrls },
        }),
      mockBaseUrls(`http://127.0.0.1:${options.scholarPort}`),
    );
    await page.close();
  }
  return session;
}

/** Polls `check` in the page until it is true; evaluation errors mean "not yet" (the page may be loading). */
export async function waitInPage(
  page: Page,
  check: (arg: string) => boolean | Promise<boolean>,
  arg = '',
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    const ok = await page.evaluate(check, arg).then(
      (value) => ((last = null), value),
      (error: unknown) => ((last = error), false),
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // What the page showed when the wait gave up: its first data-state and the start of its text.
  const shown = await page
    .evaluate(() => {
      const state = document.querySelector('[data-state]')?.getAttribute('data-state') ?? 'none';
      return `${location.href}, data-state ${state}: ${(document.body?.innerText ?? '').slice(0, 200)}`;
    })
    .catch((error: unknown) => `not readable (${String(error)})`);
  throw new Error(
    `timed out after ${timeoutMs} ms; the page: ${shown}${last ? ` (last error: ${String(last)})` : ''}`,
  );
}

/**
 * Opens an extension page in a new tab. Over BiDi a moz-extension:// navigation never reports its
 * load (and page.url() stays about:blank), so the navigation is started, not awaited, and the
 * page is polled until it shows the address and has loaded.
 */
export async function openExtensionPage(
  session: FirefoxSession,
  pagePath: string,
  viewport = { width: 420, height: 600 },
): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport(viewport);
  const url = new URL(pagePath, session.base).href;
  // The navigation's own promise never settles for these pages; waitInPage below is what waits.
  page.goto(url).catch(() => undefined);
  await waitInPage(page, (u) => location.href === u && document.readyState === 'complete', url);
  return page;
}

/** What code evaluated in an extension page uses of its `browser` global. */
interface PageBrowser {
  tabs: { query: (query: object) => Promise<{ id?: number; url?: string; status?: string }[]> };
  storage: { local: { set: (items: object) => Promise<void> } };
}

/**
 * The id of the tab showing `url`, asked from an extension page once that tab has loaded it, as
 * a reviewer sees it before clicking the button (tabs.query by URL matches nothing here, so every
 * tab is listed and filtered).
 */
export async function firefoxTabIdOf(extensionPage: Page, url: string): Promise<number> {
  // Passed to the page as source: it must not use anything from this module.
  const tabIdIn = async (target: string): Promise<number> => {
    const tabs = await (globalThis as unknown as { browser: PageBrowser }).browser.tabs.query({});
    return tabs.find((tab) => tab.url === target && tab.status === 'complete')?.id ?? -1;
  };
  let id = -1;
  const until = Date.now() + 30_000;
  while (id < 0 && Date.now() < until) {
    id = await extensionPage.evaluate(tabIdIn, url);
    if (id < 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (id < 0) throw new Error(`no tab has finished loading ${url}`);
  return id;
}

/** Writes artifacts/screenshots/firefox-<state>.png. */
export async function firefoxScreenshot(page: Page, state: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `firefox-${state}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
