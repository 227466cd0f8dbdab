import { describe, expect, it } from 'vitest';
import { keptLink, safeHref } from '../../../utils/document/safe-href';

describe('keptLink: the one rule for links taken from a page', () => {
  it.each([
    ['https://example.org/cv', 'https://example.org/cv'],
    ['http://example.org', 'http://example.org'],
    ['mailto:ada@example.org', 'mailto:ada@example.org'],
    ['  https://example.org/a b  ', 'https://example.org/a b'],
    ['www.example.org/me', 'https://www.example.org/me'],
    ['hayder.ai', 'https://hayder.ai'],
  ])('keeps %s', (link, kept) => {
    expect(keptLink(link)).toBe(kept);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1234',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'tel:+441234',
    '#section',
    'papers/relative.pdf',
    '',
    null,
  ])('drops %s', (link) => {
    expect(keptLink(link)).toBeNull();
  });

  it('safeHref keeps web addresses only (a mailto is not a page to open)', () => {
    expect(safeHref('mailto:ada@example.org')).toBeNull();
    expect(safeHref('www.example.org')).toBe('https://www.example.org/');
    expect(safeHref('data:text/html,x')).toBeNull();
  });
});
