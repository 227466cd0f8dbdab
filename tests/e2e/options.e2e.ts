import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

describe('options page', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let mock: MockScholarServer | undefined;

  beforeAll(async () => {
    server = await serveFolder(CV_FIXTURES);
    mock = await startMockScholarServer({ mode: 'scenario' });
    session = await launchWithExtension({ scholarPort: mock.port });
    // One look-up, so the request log has rows to show.
    const page = await session.context.newPage();
    const url = server.url('html/hayou.html');
    await page.goto(url);
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await popup.getByTestId('candidate-name').waitFor({ timeout: 45_000 });
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
    await mock?.close();
    await server?.close();
  });

  it('saves sources, keys and cache lifetime, shows the log and storage, and clears the cache', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    const url = `chrome-extension://${session.extensionId}/options.html`;
    await options.goto(url);

    await expect
      .poll(() => options.getByRole('heading', { name: 'What leaves your browser' }).count())
      .toBe(1);
    await options.getByTestId('settings-form').waitFor();
    expect(await options.getByTestId('source-openalex').isChecked()).toBe(true);

    await options.getByTestId('source-dblp').uncheck();
    await options.getByTestId('openalex-key').fill('test-openalex-key');
    await options.getByTestId('s2-key').fill('test-s2-key');
    await options.getByTestId('cache-days').fill('3');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved.');

    await options.reload();
    await options.getByTestId('settings-form').waitFor();
    expect(await options.getByTestId('source-dblp').isChecked()).toBe(false);
    expect(await options.getByTestId('openalex-key').inputValue()).toBe('test-openalex-key');
    expect(await options.getByTestId('s2-key').inputValue()).toBe('test-s2-key');
    expect(await options.getByTestId('cache-days').inputValue()).toBe('3');
    await expect
      .poll(() => options.getByTestId('openalex-spend').textContent())
      .toMatch(/Spent today \(UTC\): \$\d/);
    await expect.poll(() => options.getByTestId('storage-used').textContent()).toMatch(/used by CV Lens/);
    await expect
      .poll(() => options.getByTestId('request-log').locator('tbody tr').count())
      .toBeGreaterThan(0);

    // A bad value is refused with its reason and nothing is saved.
    await options.getByTestId('cache-days').fill('0');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toMatch(/between 0.1 and 365/);
    await options.getByTestId('cache-days').fill('3');

    await options.getByTestId('clear-cache').click();
    await options.getByTestId('clear-cache-confirm').click();
    await expect.poll(() => options.getByTestId('cache-status').textContent()).toBe('Cache cleared.');
    await screenshot(options, 'options');
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(27, 29, 33)',
    );
    await screenshot(options, 'options-dark');
  });
});
