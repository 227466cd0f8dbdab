import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowser } from './browser';
import { CV_FIXTURES, REPO } from '../tests/support/fixtures';
import { startMockScholarServer } from '../tests/support/mock-scholar-server';
import { serveFolder } from '../tests/support/static-server';

/**
 * `npm start`: builds the local build (which may read pages on 127.0.0.1), serves the sample CV
 * pages, and opens Chromium with CV Lens loaded on one of them. Without a display it runs the same
 * headless and writes screenshots of the finished popup and of the page, with its badges, scrolled to
 * the publications, to artifacts/start/.
 */
const EXT_DIR = path.join(REPO, '.output/chrome-mv3-e2e');
const OUT = path.join(REPO, 'artifacts/start');
const SAMPLE = process.env.CVLENS_SAMPLE ?? 'html/hayou.html';

function hasDisplay(): boolean {
  if (process.env.CVLENS_HEADLESS === '1') return false;
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed (see above)');
  const executablePath = ensureBrowser();
  const server = await serveFolder(CV_FIXTURES);
  // The local build asks the scholarly APIs on 127.0.0.1:4599 (.env.e2e): answer them from the
  // scenario fixtures, unless something already listens there.
  const mock = await startMockScholarServer({ port: 4599, mode: 'scenario' }).catch(() => null);
  process.stdout.write(
    mock
      ? 'Scholarly APIs: answered by the local mock server from tests/fixtures/scholar (sample data).\n'
      : 'Scholarly APIs: port 4599 is busy: look-ups go to whatever listens there, or show as offline.\n',
  );
  const pageUrl = server.url(SAMPLE);
  const headless = !hasDisplay();
  const userDataDir = fs.mkdtempSync(path.join(REPO, '.output/start-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-first-run'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pageUrl);
  process.stdout.write(`CV Lens is loaded in ${executablePath}; sample CV at ${pageUrl}\n`);

  if (!headless) {
    process.stdout.write(
      'Click the CV Lens button in the toolbar (puzzle-piece menu → pin it). Close the browser to stop.\n',
    );
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  } else {
    fs.mkdirSync(OUT, { recursive: true });
    const tabId = await worker.evaluate(async (target: string) => {
      const tabs: { id: number; url: string }[] = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? null;
    }, pageUrl);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
    // The finished popup: the CV shows while the sources are asked ('looking-up'), and the
    // screenshot must show what a reviewer sees once they have answered.
    await popup
      .locator('main > [data-state]:not([data-state="working"]):not([data-state="looking-up"])')
      .waitFor({ timeout: 45_000 });
    await popup.screenshot({ path: path.join(OUT, 'popup.png') });
    // The page with its badges, scrolled to the publications they sit beside.
    const badges = popup.getByTestId('toggle-badges');
    if (await badges.count()) {
      await badges.click();
      await page.locator('cvlens-badge').first().waitFor({ timeout: 15_000 });
      await page.bringToFront();
      await page
        .locator('cvlens-badge')
        .first()
        // The first badge near the top, with the publication list's heading above it.
        .evaluate((badge) => {
          badge.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -140);
        });
    }
    await page.screenshot({ path: path.join(OUT, 'page.png') });
    process.stdout.write(
      `No display: ran headless. Screenshots: ${path.join(OUT, 'page.png')} and ${path.join(OUT, 'popup.png')}\n`,
    );
    await context.close();
  }
  await server.close();
  await mock?.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`cv-lens start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
