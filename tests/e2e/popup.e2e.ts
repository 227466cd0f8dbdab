import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

describe('popup on a CV page', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFolder(CV_FIXTURES);
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('reads hayou.html and shows the candidate and the section headings', async () => {
    const page = await session.context.newPage();
    const url = server.url('html/hayou.html');
    await page.goto(url);
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await expect.poll(() => popup.getByTestId('candidate-name').textContent()).toBe('Soufiane Hayou');
    const headings = await popup.getByTestId('section-headings').locator('li').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Education', 'Academic Experience', 'Selected Talks']));
    // No scholar server here: the profile read from the page, every source unreachable. Its own name,
    // so it does not overwrite popup-states' popup-hayou (the scenario answered).
    await screenshot(popup, 'popup-hayou-no-sources');
  });
});
