import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackup } from '../../utils/export/json-backup';
import type { Profile } from '../../utils/model/profile';
import type { CandidateRecord } from '../../utils/store/types';
import { seedProfile } from '../support/profiles';
import { launchWithExtension, screenshot, type ExtensionSession } from './helpers';

const COUNT = 5000;

/** Distinct people: own names, emails, titles and co-authors, so the import merges none of them. */
function person(i: number): CandidateRecord {
  const base = seedProfile(i % 2 ? 'hayou' : 'elesedy', 'html');
  const name = `Candidate${i} Person${i}`;
  const profile: Profile = {
    ...base,
    source: { ...base.source, url: `https://example.org/people/${i}` },
    person: {
      name,
      nameVariants: [],
      emails: [`person${i}@example.org`],
      links: [],
      affiliation: `University ${i % 37}`,
    },
    publications: base.publications.slice(0, 3).map((p, k) => ({
      ...p,
      title: `Study ${i}.${k} of generated things`,
      authors: [name, `Coauthor${i}x${k} Unique`],
      doi: null,
    })),
  };
  const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  return {
    id: `scale-${i}`,
    name,
    profile,
    scholar: null,
    flags: [],
    urls: [{ url: profile.source.url!, firstSeen: at, lastSeen: at }],
    createdAt: at,
    updatedAt: at,
    notes: '',
    tags: i % 5 === 0 ? ['shortlist-pool'] : [],
    rating: i % 3 === 0 ? (((i % 5) + 1) as 1 | 2 | 3 | 4 | 5) : null,
    status: 'new',
  };
}

/** The list with 5,000 stored candidates: the window keeps the DOM small and a search answers fast. */
describe('side panel with 5,000 candidates', () => {
  let session: ExtensionSession;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-scale-'));
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('imports them, renders only the visible rows, and filters and sorts them', async () => {
    const file = path.join(tmp, 'five-thousand.json');
    const records = Array.from({ length: COUNT }, (_, i) => person(i));
    fs.writeFileSync(file, JSON.stringify(buildBackup(records, new Date())));
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Export / import' }).click();
    await panel.getByTestId('import-input').setInputFiles(file);
    await expect
      .poll(() => panel.getByTestId('import-result').textContent(), { timeout: 240_000 })
      .toMatch(/5000 added/);

    await panel.getByRole('button', { name: 'Candidates', exact: true }).click();
    await expect
      .poll(() => panel.getByTestId('list-count').textContent(), { timeout: 30_000 })
      .toBe(`${COUNT} of ${COUNT} candidates`);
    expect(await panel.getByTestId('candidate-row').count()).toBeLessThan(40);

    // Filtering and sorting 5,000 rows: what they show is checked here; how fast is `npm run bench`'s.
    await panel.getByLabel('Search candidates').fill('person4999');
    await expect.poll(() => panel.getByTestId('list-count').textContent()).toMatch(/^1 of/);
    await panel.getByLabel('Search candidates').fill('');
    await expect
      .poll(() => panel.getByTestId('list-count').textContent())
      .toBe(`${COUNT} of ${COUNT} candidates`);
    await panel.locator('.control-row select').first().selectOption('name');
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBeLessThan(40);

    // Scrolling to the end renders the last rows, still only a window of them.
    await panel.locator('.vlist').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect
      .poll(() => panel.locator('[data-testid="candidate-row"]').last().getAttribute('data-id'))
      .toBeTruthy();
    expect(await panel.getByTestId('candidate-row').count()).toBeLessThan(40);
    await screenshot(panel, 'sidepanel-5000');
  }, 300_000);
});
