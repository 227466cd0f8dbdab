import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyBadges, removeBadges } from '../../../utils/badges/apply';
import { badgeSummary, HOST_TAG } from '../../../utils/badges/badge-element';
import { parseBadgesConfig, type BadgeItem } from '../../../utils/badges/types';
import { readFixture } from '../../support/fixtures';

function item(raw: string, extra: Partial<BadgeItem> = {}): BadgeItem {
  return {
    raw,
    verdict: 'verified',
    citations: 12,
    venue: 'EMNLP',
    year: 2024,
    doi: '10.18653/v1/2024.emnlp-main.1',
    url: null,
    variantNames: ['Bryn Elesedy'],
    ...extra,
  };
}

function elesedy(): Document {
  return parseHTML(readFixture('seeds/html/elesedy.html')).document as unknown as Document;
}

/** The entries as a parser would read them: the text without the trailing "link". */
function entries(doc: Document): { li: Element; raw: string }[] {
  return [...doc.querySelectorAll('li')]
    .filter((li) => li.textContent?.includes('Elesedy'))
    .map((li) => ({ li, raw: (li.textContent ?? '').replace(/\s*link\s*$/, '') }));
}

describe('applyBadges on elesedy.html', () => {
  it('puts one badge inside each listed publication and highlights the other name', () => {
    const doc = elesedy();
    const list = entries(doc);
    expect(list.length).toBeGreaterThan(3);
    // Whitespace mangled the way line joins do: the match must not care.
    const items = list.map(({ raw }) => item(raw.replace(/ /g, '\n  ')));
    const shown = applyBadges(doc, { visible: true, items });
    expect(shown).toBe(list.length);
    for (const { li } of list) expect(li.querySelectorAll(HOST_TAG).length).toBe(1);
    const uclip = list.find(({ raw }) => raw.includes('U-Clip'))!.li;
    const mark = uclip.querySelector('mark[data-cvlens-mark]');
    expect(mark?.textContent).toBe('Bryn Elesedy');
    // The current name is not highlighted: only the other names are.
    expect([...doc.querySelectorAll('mark')].every((m) => m.textContent === 'Bryn Elesedy')).toBe(true);
  });

  it('builds the badge from text, with a safe DOI link', () => {
    const doc = elesedy();
    const [first] = entries(doc);
    applyBadges(doc, { visible: true, items: [item(first!.raw, { venue: '<img src=x onerror=alert(1)>' })] });
    const host = doc.querySelector(HOST_TAG)!;
    const root = host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.r')?.textContent).toBe('<img src=x onerror=alert(1)> 2024');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://doi.org/10.18653/v1/2024.emnlp-main.1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says whose paper it is when authorship differs, and never calls an unchecked paper missing', () => {
    const borrowed = item('x', {
      verdict: 'authorship-differs',
      citations: null,
      venue: 'NeurIPS',
      year: 2017,
      recordAuthors: ['Ashish Vaswani', 'Noam Shazeer'],
    });
    expect(badgeSummary(borrowed)).toBe(
      'Authorship differs · record by Ashish Vaswani, Noam Shazeer · record: NeurIPS 2017',
    );
    const doc = elesedy();
    const [first] = entries(doc);
    applyBadges(doc, { visible: true, items: [{ ...borrowed, raw: first!.raw }] });
    const root = doc.querySelector(HOST_TAG)!.shadowRoot!;
    expect(root.querySelector('.v')?.textContent).toBe('✗ Authorship differs');
    expect([...root.querySelectorAll('.r')].map((r) => r.textContent)).toContain('by Ashish Vaswani et al.');
    expect(badgeSummary(item('x', { verdict: 'unchecked', citations: null, venue: null, year: null }))).toBe(
      'Not checked',
    );
    expect(badgeSummary(item('x', { verdict: null, citations: null, venue: null, year: null }))).toBe(
      'Not checked',
    );
  });

  it('removes everything in one call and restores the page exactly', () => {
    const doc = elesedy();
    const before = doc.body.innerHTML;
    const items = entries(doc).map(({ raw }) => item(raw));
    applyBadges(doc, { visible: true, items });
    expect(doc.body.innerHTML).not.toBe(before);
    removeBadges(doc);
    expect(doc.body.innerHTML).toBe(before);
    // Showing twice does not stack badges.
    applyBadges(doc, { visible: true, items });
    const count = doc.querySelectorAll(HOST_TAG).length;
    applyBadges(doc, { visible: true, items });
    expect(doc.querySelectorAll(HOST_TAG).length).toBe(count);
    expect(applyBadges(doc, { visible: false, items })).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('places badges beside each entry when entries share one block', () => {
    const { document } = parseHTML(
      '<html><body><p>A. Author, Bryn Elesedy. First paper title here. NeurIPS 2020.<br>A. Author. Second paper title here, ICML 2021.</p></body></html>',
    );
    const doc = document as unknown as Document;
    applyBadges(doc, {
      visible: true,
      items: [
        item('A. Author, Bryn Elesedy. First paper title here. NeurIPS 2020.'),
        item('A. Author. Second paper title here, ICML 2021.'),
      ],
    });
    const p = doc.querySelector('p')!;
    const kinds = [...p.childNodes].map((n) =>
      n.nodeType === 1 ? (n as Element).tagName.toLowerCase() : 'text',
    );
    expect(kinds).toEqual(['text', 'mark', 'text', HOST_TAG, 'br', 'text', HOST_TAG]);
  });
});

describe('parseBadgesConfig', () => {
  it('accepts the documented shape and refuses anything else', () => {
    expect(parseBadgesConfig({ visible: true, items: [item('x')] })?.items).toHaveLength(1);
    expect(parseBadgesConfig({ visible: true, items: [{ raw: 1 }] })).toBeNull();
    expect(
      parseBadgesConfig({ visible: true, items: [item('x', { verdict: 'preprint-found' })] }),
    ).not.toBeNull();
    expect(
      parseBadgesConfig({ visible: true, items: [{ ...item('x'), verdict: 'probably-fine' }] }),
    ).toBeNull();
    expect(parseBadgesConfig({ visible: true, items: [{ ...item('x'), recordAuthors: [1] }] })).toBeNull();
    expect(parseBadgesConfig({ visible: 'yes', items: [] })).toBeNull();
    expect(parseBadgesConfig(undefined)).toBeNull();
  });
});
