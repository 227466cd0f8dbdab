import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CV_FIXTURES } from '../support/fixtures';
import { startMockScholarServer, type MockScholarServer } from '../support/mock-scholar-server';
import { serveFolder, type StaticServer } from '../support/static-server';
import { launchWithExtension, openPopupFor, screenshot, tabIdOf, type ExtensionSession } from './helpers';

const SLOW = { timeout: 45_000 };

/**
 * The side panel opened as a page (automation cannot open the real side panel), following the
 * tabs the reviewer visits, with its review, compare, export, import and batch views. The tests
 * share one browser and run in order: each builds on the candidates the previous ones stored.
 */
describe('side panel', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let mock: MockScholarServer | undefined;
  let panel: Page;
  let tmp: string;
  const seedPages: Record<string, Page> = {};

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-panel-'));
    server = await serveFolder(CV_FIXTURES);
    mock = await startMockScholarServer({ mode: 'scenario' });
    session = await launchWithExtension({ scholarPort: mock.port });
    panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  });
  afterAll(async () => {
    await session?.close();
    await mock?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens a seed page, makes it the active tab, and reads it through the popup. */
  async function visitAndRead(seed: string, name: string): Promise<void> {
    const page = await session.context.newPage();
    seedPages[seed] = page;
    const url = server.url(`html/${seed}.html`);
    await page.goto(url);
    await page.bringToFront();
    const popup = await openPopupFor(session, await tabIdOf(session.worker, url));
    await popup.getByTestId('candidate-name').waitFor(SLOW);
    expect(await popup.getByTestId('candidate-name').textContent()).toBe(name);
    // The popup shows the CV before the sources answer: wait for the finished look-up.
    await popup.locator('[data-state="profile"], [data-state="offline"]').waitFor(SLOW);
    await popup.close();
    await page.bringToFront();
  }

  const panelName = () => panel.getByTestId('candidate-name').textContent();

  /**
   * Brings the panel's page to the front, as when the reviewer works in it. The real side panel is
   * always drawn; a page behind another tab draws about one frame a second, and Playwright waits for
   * two frames before every click and screenshot. The panel does not follow the extension's own
   * pages, so it keeps showing the candidate it followed last.
   */
  async function workInPanel(): Promise<void> {
    await panel.bringToFront();
  }

  it('starts on the candidate list', async () => {
    await expect.poll(() => panel.getByTestId('list-count').textContent()).toMatch(/0 of 0|No candidates/);
  });

  it('follows the active tab from one CV page to the next', async () => {
    await visitAndRead('hayou', 'Soufiane Hayou');
    await expect.poll(panelName, SLOW).toBe('Soufiane Hayou');
    // The candidate view carries the same publication list and timeline as the popup.
    await expect.poll(() => panel.getByTestId('publication').count(), SLOW).toBeGreaterThan(5);
    expect(await panel.getByTestId('publication').count()).toBe(
      await panel
        .locator('[data-testid="publications"] [data-testid="verdict-count"]')
        .evaluateAll((buttons) =>
          buttons.reduce((sum, b) => sum + Number(/\d+/.exec(b.textContent ?? '')?.[0] ?? 0), 0),
        ),
    );
    expect(await panel.locator('[data-testid="timeline"] [data-mark="bar"]').count()).toBeGreaterThan(0);
    await workInPanel();
    await screenshot(panel, 'sidepanel-candidate');

    await visitAndRead('elesedy', 'Hayder Elesedy');
    await expect.poll(panelName, SLOW).toBe('Hayder Elesedy');
    await workInPanel();
    await screenshot(panel, 'sidepanel-follow');

    // Back to the first tab: the panel follows without a new analysis.
    await seedPages.hayou!.bringToFront();
    await expect.poll(panelName).toBe('Soufiane Hayou');
    await seedPages.elesedy!.bringToFront();
    await expect.poll(panelName).toBe('Hayder Elesedy');
  });

  it('keeps a note typed just before the panel reloads, with tags, rating and status', async () => {
    await workInPanel();
    await panel.getByLabel('Status').selectOption('shortlisted');
    await panel.getByTestId('rating').locator('input[value="4"]').check();
    await panel.getByPlaceholder('Add tags, comma-separated').fill('theory, invited');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => panel.getByTestId('tags').textContent()).toContain('invited');
    const note = 'Strong theory; ask about equivariance and the 2023 workshop paper.';
    // The reloaded panel follows the active tab: the CV page goes in front before the note is typed
    // (typing waits for no frame), so nothing comes between the typing and the reload.
    await seedPages.elesedy!.bringToFront();
    await panel.getByTestId('notes').fill(note);
    // No wait for the debounced save: closing the page must not lose what was typed.
    await panel.reload();
    await expect.poll(panelName, SLOW).toBe('Hayder Elesedy');
    await workInPanel();
    await expect.poll(() => panel.getByTestId('notes').inputValue()).toBe(note);
    expect(await panel.getByTestId('status').inputValue()).toBe('shortlisted');
    expect(await panel.getByTestId('rating').locator('input[value="4"]').isChecked()).toBe(true);
    await expect.poll(() => panel.getByTestId('notes-status').textContent()).toBe('Saved');
    await screenshot(panel, 'sidepanel-notes');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'sidepanel-notes-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('lists, searches and filters the stored candidates', async () => {
    await panel.getByRole('button', { name: '← All candidates' }).click();
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(2);
    await panel.getByLabel('Search candidates').fill('hayou');
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(1);
    await panel.getByLabel('Search candidates').fill('');
    await panel.getByLabel('Status').selectOption('shortlisted');
    await expect
      .poll(() => panel.getByTestId('candidate-row').allTextContents())
      .toEqual([expect.stringContaining('Hayder Elesedy')]);
    await panel.getByLabel('Status').selectOption('');
    await panel.getByLabel('Sort').selectOption('name');
    const names = await panel.locator('[data-testid="candidate-row"] .row-name').allTextContents();
    expect(names).toEqual(['Hayder Elesedy', 'Soufiane Hayou']);

    // The list is one tab stop; arrow keys move between rows, Enter opens one.
    await panel.locator('[data-testid="candidate-row"] .row-main').first().focus();
    await panel.keyboard.press('ArrowDown');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Soufiane Hayou');
    await panel.keyboard.press('Enter');
    await expect.poll(panelName).toBe('Soufiane Hayou');
    await panel.getByRole('button', { name: '← All candidates' }).click();
  });

  it('compares two candidates side by side', async () => {
    await panel.getByLabel('Compare Hayder Elesedy').check();
    await panel.getByLabel('Compare Soufiane Hayou').check();
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    const table = panel.getByTestId('compare-table');
    await table.waitFor();
    const header = await table.locator('thead th').allTextContents();
    expect(header.join(' ')).toContain('Hayder Elesedy');
    expect(header.join(' ')).toContain('Soufiane Hayou');
    const rows = await table.locator('tbody th').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        'Years since PhD',
        'First author',
        'Last author',
        'Verified',
        'To check and notes',
      ]),
    );
    await screenshot(panel, 'sidepanel-compare');
  });

  it('exports every candidate as CSV', async () => {
    await panel.getByRole('button', { name: 'Export / import' }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBe(3);
    expect(lines.slice(1).join('\n')).toContain('Hayder Elesedy');
    expect(lines.slice(1).join('\n')).toContain('Soufiane Hayou');
  });

  it('imports a backup after everything was deleted, and refuses a bad file', async () => {
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-json').click(),
    ]);
    const backup = path.join(tmp, 'backup.json');
    await download.saveAs(backup);

    await panel.getByTestId('clear-all').click();
    await panel.getByTestId('clear-all-confirm').click();
    await panel.getByText('Every candidate was deleted.').waitFor();

    const bad = path.join(tmp, 'not-a-backup.json');
    fs.writeFileSync(bad, '{"hello": "world"}');
    await panel.getByTestId('import-input').setInputFiles(bad);
    await expect.poll(() => panel.getByTestId('import-result').textContent()).toMatch(/not imported/);

    await panel.getByTestId('import-input').setInputFiles(backup);
    await expect.poll(() => panel.getByTestId('import-result').textContent()).toMatch(/2 added/);

    await panel.getByRole('button', { name: 'Candidates', exact: true }).click();
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(2);
    await panel.getByRole('button', { name: /Hayder Elesedy/ }).click();
    await expect.poll(() => panel.getByTestId('notes').inputValue()).toContain('equivariance');
    await panel.getByRole('button', { name: '← All candidates' }).click();
    await screenshot(panel, 'sidepanel-list');
  });

  it('reads dropped PDFs in the panel, with progress and the reason for each failure', async () => {
    const fake = path.join(tmp, 'scan.pdf');
    fs.writeFileSync(fake, 'This is a text file saved under a .pdf name.');
    await panel.getByRole('button', { name: 'Add PDFs' }).click();
    const pdfs = ['hayou', 'elesedy', 'elmhamdi'].map((id) => path.join(CV_FIXTURES, `pdf/${id}.pdf`));
    await panel.getByTestId('pdf-input').setInputFiles([...pdfs, fake]);
    await expect
      .poll(() => panel.getByTestId('batch-summary').textContent(), { timeout: 90_000 })
      .toMatch(/Finished/);
    const states = await panel
      .locator('[data-testid="batch-list"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
    expect(states).toEqual(['done', 'done', 'done', 'failed']);
    expect(await panel.getByTestId('batch-failures').textContent()).toContain('scan.pdf');
    await screenshot(panel, 'sidepanel-batch');

    // The two PDFs of people already read merge into their records; the third is new.
    await panel.getByRole('button', { name: 'Candidates', exact: true }).click();
    await expect.poll(() => panel.getByTestId('candidate-row').count(), SLOW).toBe(3);
  });
});
