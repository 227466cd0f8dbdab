import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

/**
 * A CV page written to attack the extension: its text holds markup that would run if any surface
 * rendered it as HTML, and its own script impersonates the extension's messages. No mock scholar
 * server is started: look-ups fail fast, and nothing here depends on them.
 */
const MARKUP_TITLE = `&lt;img src=x onerror="document.title='PWNED'"&gt; On Kernels &lt;script&gt;document.title='PWNED'&lt;/script&gt;`;
/** A link far longer than a document may carry, in a scheme no surface may keep. */
const HUGE_DATA_LINK = `data:text/html,${'&lt;b&gt;x&lt;/b&gt;'.repeat(10_000)}`;
const HOSTILE_PAGE = `<!DOCTYPE html><html><head><title>Ada Lovelace</title></head><body><main>
<h1>Ada Lovelace</h1><p><a href="mailto:ada@example.org">ada@example.org</a></p>
<h2>Education</h2><ul><li>2010 – 2014: PhD in Informatics, University of Oxford</li></ul>
<h2>Positions</h2><ul><li>2014 – present: Professor, Example Institute</li></ul>
<h2>Publications</h2><ol>
<li>Ada Lovelace, Alan Turing. ${MARKUP_TITLE}. <i>NeurIPS</i>, 2020.</li>
<li>Ada Lovelace, Alan Turing. ${MARKUP_TITLE}. <i>ICML Workshop</i>, 2019.</li>
<li>Ada Lovelace. <a href="${HUGE_DATA_LINK}">Deep Graphs</a>. <i>ICML</i>, 2018.</li>
</ol></main>
<script>
  // Pretend to be the extension: a fake chrome.runtime, and requests posted to the window.
  window.__spoofed = 0;
  const fake = { id: 'cv-lens', sendMessage: (m) => { window.__spoofed++; window.postMessage(m, '*'); } };
  try { Object.defineProperty(window, 'chrome', { value: { runtime: fake }, configurable: true }); } catch {}
  setInterval(() => {
    for (const type of ['clear-candidates', 'delete-candidate', 'import-backup'])
      window.postMessage({ type, id: 'c0001', text: '{}', source: 'cv-lens' }, '*');
    fake.sendMessage({ type: 'clear-candidates' });
  }, 50);
</script></body></html>`;

describe('a hostile CV page', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-hostile-'));
    fs.writeFileSync(path.join(dir, 'hostile.html'), HOSTILE_PAGE);
    server = await serveFolder(dir);
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows markup from the CV as text, runs none of it, drops its data: link and ignores the forged messages', async () => {
    const page = await session.context.newPage();
    const url = server.url('hostile.html');
    await page.goto(url);
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await expect
      .poll(() => popup.getByTestId('candidate-name').textContent(), { timeout: 45_000 })
      .toBe('Ada Lovelace');

    // The duplicate-publication flag quotes the title: as literal text, with no element made of it.
    const flags = popup.getByTestId('flags');
    await expect.poll(() => flags.textContent(), { timeout: 45_000 }).toContain('<img src=x onerror=');
    expect(await flags.textContent()).toContain("<script>document.title='PWNED'</script>");
    expect(await popup.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(await popup.title()).not.toContain('PWNED');
    expect(await page.title()).toBe('Ada Lovelace');

    // The page kept forging requests all along; the candidate is still stored.
    expect(await page.evaluate(() => (window as unknown as { __spoofed: number }).__spoofed)).toBeGreaterThan(
      0,
    );
    const listed = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'list-candidates', options: {} }),
    );
    expect(listed).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'Ada Lovelace' })] });
    // The huge data: link was dropped when the page was read: nothing stored keeps it.
    const id = (listed as { value: { id: string }[] }).value[0]!.id;
    const stored = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-candidate', id }),
      id,
    );
    expect(stored).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(JSON.stringify(stored)).not.toContain('data:');
    await screenshot(popup, 'popup-hostile');
  });
});
