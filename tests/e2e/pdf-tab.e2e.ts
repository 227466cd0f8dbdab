import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../support/close-server';
import { CV_FIXTURES } from '../support/fixtures';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

/**
 * Many PDF links have no ".pdf" in them (repository downloads, CMS links, arXiv's /pdf/ids): the
 * server's content type is what says the tab shows a PDF.
 */
describe('a PDF served from a URL without .pdf', () => {
  let session: ExtensionSession;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const bytes = fs.readFileSync(path.join(CV_FIXTURES, 'pdf/hayou.pdf'));
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/download?id=cv-hayou`;
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    if (server) await closeServer(server);
  });

  it('is read as a PDF and gives the same person', async () => {
    const page = await session.context.newPage();
    await page.goto(url).catch(() => undefined); // the viewer may report the navigation as aborted
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await popup.getByTestId('candidate-name').waitFor({ timeout: 60_000 });
    expect(await popup.getByTestId('candidate-name').textContent()).toBe('Soufiane Hayou');
    await screenshot(popup, 'popup-pdf-no-extension');
  });
});
