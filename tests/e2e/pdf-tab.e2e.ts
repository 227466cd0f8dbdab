import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../support/close-server';
import { CV_FIXTURES } from '../support/fixtures';
import {
  EXT_DIR,
  launchWithExtension,
  openPopupFor,
  screenshot,
  tabIdOf,
  type ExtensionSession,
} from './helpers';

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

  it("names each text style's font in the extension's pdf.js worker, which spares the reader operator lists", async () => {
    // The chunks read-pdf.ts loads: pdf.js, and the URL of its worker as wxt.config.ts patched it.
    const chunks = path.join(EXT_DIR, 'chunks');
    const chunk = (test: (file: string) => boolean) => {
      const found = fs.readdirSync(chunks).find(test);
      if (!found) throw new Error(`no such chunk in ${chunks}`);
      return `/chunks/${found}`;
    };
    const lib = chunk((file) =>
      fs.readFileSync(path.join(chunks, file), 'utf8').includes(' as GlobalWorkerOptions'),
    );
    const worker = chunk((file) => file.startsWith('pdf.worker'));
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // As source text: vitest would rewrite a function's import() to a helper the page does not have.
    const names = (await page.evaluate(`(async () => {
      const pdfjs = await import(${JSON.stringify(lib)});
      pdfjs.GlobalWorkerOptions.workerSrc = (await import(${JSON.stringify(worker)})).default;
      const doc = await pdfjs.getDocument({ url: ${JSON.stringify(url)} }).promise;
      const { styles } = await (await doc.getPage(1)).getTextContent();
      await doc.destroy();
      return Object.values(styles).map((style) => style.fontName);
    })()`)) as unknown[];
    await page.close();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/DejaVuSans/);
  });
});
