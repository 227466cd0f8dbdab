import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser } from '../../scripts/browser';
import { mockBaseUrls } from '../../utils/scholar/settings';
import { REPO } from '../support/fixtures';

export const EXT_DIR = path.resolve(process.env.EXT_DIR ?? path.join(REPO, '.output/chrome-mv3-e2e'));
export const SCREENSHOTS = path.join(REPO, 'artifacts/screenshots');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Points the extension's scholarly APIs at the mock on `port`, through the stored settings' base
 * URLs (the field a proxy uses), before anything is looked up. The e2e files run side by side,
 * each with its own mock, so the one address the build carries cannot serve them all.
 */
async function askMockOn(worker: Worker, port: number): Promise<void> {
  // storage.local's key for the scholar settings (utils/extension/settings-storage.ts).
  await worker.evaluate(
    (baseUrls) => chrome.storage.local.set({ scholarSettings: { baseUrls } }),
    mockBaseUrls(`http://127.0.0.1:${port}`),
  );
}

/**
 * This worker's Chromium (vitest runs several e2e files in one worker, tests/e2e's config): launched
 * by the first file that asks and kept for the others, since a launch costs seconds of CPU and the
 * suite had a dozen. Playwright makes and removes the profile folder (the empty userDataDir); the
 * worker's environment (worker-environment.ts) closes the browser when vitest stops the worker.
 */
let browser: Promise<BrowserContext> | null = null;

function launchBrowser(executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Chromium with the e2e build loaded, headless, the extension as a fresh profile has it (see
 * resetExtension: the browser is the worker's, shared by its files); with `scholarPort`, asking the
 * mock scholarly APIs there (otherwise at the build's address, where nothing listens). close()
 * closes the session's tabs and leaves the browser to the worker's next file.
 */
export async function launchWithExtension(options: { scholarPort?: number } = {}): Promise<ExtensionSession> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run `npx tsx scripts/ensure-browser.ts` first.');
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXT_DIR}: run \`npm run build:e2e\` first.`);
  }
  if (!browser) {
    const launched = launchBrowser(executablePath);
    browser = launched;
    globalThis.closeWorkerBrowser = async () => (await launched).close();
  }
  const context = await browser;
  // The worker running now: an earlier file may have stopped the one it had (worker-restart.e2e.ts).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const session: ExtensionSession = {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: () => closeTabs(context),
  };
  await resetExtension(session, options);
  return session;
}

/** Closes every tab but a new blank one, so the browser does not close with its last window. */
async function closeTabs(context: BrowserContext): Promise<void> {
  const blank = await context.newPage();
  for (const page of context.pages()) if (page !== blank) await page.close();
}

/**
 * Leaves the extension in the browser as a fresh profile has it, without a new launch (seconds
 * each, most of a file's time when every state had its own browser): every tab closed, which
 * cancels their look-ups, then storage.local, storage.session and the database (the candidates
 * and the scholar cache) emptied; with `scholarPort`, asking the mock there again. A blank tab is
 * left open, so the browser does not close with its last window.
 */
export async function resetExtension(
  session: ExtensionSession,
  options: { scholarPort?: number } = {},
): Promise<void> {
  await closeTabs(session.context);
  await session.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    // The worker's open connection closes on the deletion's versionchange (utils/store/open-database.ts)
    // and the next request opens a new, empty database.
    const names = (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []));
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error ?? new Error(`${name} not deleted`));
          }),
      ),
    );
  });
  if (options.scholarPort !== undefined) await askMockOn(session.worker, options.scholarPort);
}

/** The id of the tab showing `url` (the e2e build's host permission lets tabs.query see it). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target: string) => {
    const tabs: { id: number; url: string }[] = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup as a page reporting on the given tab. */
export async function openPopupFor(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** How long the popup may take to look a CV up against the mock APIs (two cores, files side by side). */
export const LOOKUP_TIMEOUT = 45_000;

/** The popup's finished profile: the look-up over, every source reported. */
export async function profileFinished(popup: Page): Promise<void> {
  await popup.locator('[data-state="profile"]').waitFor({ timeout: LOOKUP_TIMEOUT });
}

/** Writes artifacts/screenshots/<surface>-<state>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
