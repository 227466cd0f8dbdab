import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/cli/parse-file';
import type { CvDocument } from '../../utils/document/types';
import { buildProfile } from '../../utils/profile/build-profile';
import { parityMode, parityPages } from '../support/parity-pages';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, tabIdOf, type ExtensionSession } from './helpers';

/**
 * The saved pages name fonts, scripts, styles and images on their sites or beside them; with no
 * network each of those can hold DOMContentLoaded for seconds, and the folder holds none of them.
 * The pages are served with a policy that lets Chromium fetch none of them (their inline styles and
 * data: URLs still apply), so only the pages themselves are read, as the CLI reads them. Chromium
 * refuses each request itself: intercepting them in Playwright (page.route) had cost a round trip to
 * this process for each of the ~5,000 references. The pages' own scripts are not run either, as the
 * CLI runs none: some rewrite their text as they load (a grid of links shuffled at random, an e-mail
 * address written by document.write, a menu hidden), which a reviewer's browser shows and the CLI
 * cannot, so comparing with them on would test the page, not the two readers. The extension's own
 * script is injected by the browser, which no page policy holds back.
 */
const ONLY_THE_PAGE = "default-src 'unsafe-inline' data: blob:; script-src 'none'";

/** The e2e files that each check one share of the pages, so they can run side by side. */
export const PARITY_SHARES = 2;

/**
 * The extension reads Chromium's DOM (extract.js, injected as in use); the CLI builds the tree with
 * parse5 and reads it with linkedom. Both must give the same lines and the same profile, so what the
 * CLI and `npm run eval` measure is what a reviewer sees. Pages are served on 127.0.0.1 and the CLI
 * is given the same address (--url), so links resolve alike. In `npm test` the check reads every
 * page made here and a stratified sample of the corpus (tests/support/parity-pages.ts), which is
 * most of the e2e stage's time saved; `npm run test:parity` (CVLENS_PARITY=full, run by CI after
 * `npm test`) reads every page. `share` picks every PARITY_SHARES-th page of those from the share-th
 * on: the files parity-1 and parity-2 together check them all.
 */
export function describeParity(share: number): void {
  const mode = parityMode();
  const { pages: all, total } = parityPages(mode);
  const pages = all.filter((_, i) => i % PARITY_SHARES === share);
  const checked =
    mode === 'full'
      ? `every one of the ${total} HTML pages`
      : `${all.length} of the ${total} HTML pages (every page made here, a stratified tenth of the corpus); the other ${total - all.length} are checked by npm run test:parity`;
  describe(`the CLI reads the HTML pages as the extension does in Chromium (share ${share + 1} of ${PARITY_SHARES})`, () => {
    let session: ExtensionSession;
    let server: StaticServer;
    let dir: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-parity-'));
      for (const page of pages) fs.copyFileSync(page.file, path.join(dir, page.name));
      server = await serveFolder(dir, 0, { 'content-security-policy': ONLY_THE_PAGE });
      session = await launchWithExtension();
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it(
      `gives the same lines and profile on its ${pages.length} of the ${all.length} pages checked (${mode})`,
      { timeout: 600_000 },
      async () => {
        const page = await session.context.newPage();
        const differing: string[] = [];
        let tabId: number | undefined;
        for (const { name } of pages) {
          const url = server.url(name);
          // The tree is complete once parsed; 'load' would also wait on the page's own images and styles.
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          // Every page is shown in the same tab, so its id is looked up once.
          tabId ??= await tabIdOf(session.worker, url);
          const extracted = await session.worker.evaluate(async (id: number) => {
            const [result] = await chrome.scripting.executeScript({
              target: { tabId: id },
              files: ['/extract.js'],
            });
            return result.result;
          }, tabId);
          const inBrowser = (extracted as { document: CvDocument }).document;
          const inCli = await readDocument(path.join(dir, name), url);
          const lines = (doc: CvDocument) =>
            doc.lines.map((l) => ({ text: l.text, kind: l.kind, cells: l.cells }));
          if (!isDeepStrictEqual(lines(inBrowser), lines(inCli))) differing.push(`${name}: lines`);
          // The profile is a function of the document alone, so equal documents give equal profiles:
          // only documents that differ beyond their lines' text, kind and cells are read twice over.
          else if (
            !isDeepStrictEqual(inBrowser, inCli) &&
            !isDeepStrictEqual(buildProfile(inBrowser), buildProfile(inCli))
          )
            differing.push(`${name}: profile`);
        }
        console.info(
          `parity share ${share + 1} of ${PARITY_SHARES}: read ${pages.length} pages; the two shares check ${checked}`,
        );
        expect(pages.length).toBeGreaterThan(40 / PARITY_SHARES);
        expect(differing).toEqual([]);
      },
    );
  });
}
