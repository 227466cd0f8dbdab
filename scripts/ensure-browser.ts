import { ensureBrowser, ensureFirefox } from './browser';

/** Both browsers the e2e suites drive: Chromium (Playwright) and Firefox (puppeteer over WebDriver BiDi). */
try {
  process.stdout.write(`browser: ${ensureBrowser()}\n`);
  process.stdout.write(`firefox: ${ensureFirefox()}\n`);
} catch (error) {
  process.stderr.write(`cv-lens: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
