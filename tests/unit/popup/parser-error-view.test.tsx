import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParserErrorView } from '../../../components/popup/StateViews';
import type { Flag } from '../../../utils/profile/types';

afterEach(() => vi.unstubAllGlobals());

describe('the popup on a page the reader failed on', () => {
  it('says so, with the reason and the page’s text', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><main></main></body></html>');
    vi.stubGlobal('document', document);
    const flag: Flag = {
      kind: 'parser-error',
      severity: 'warning',
      message:
        'CV Lens failed to read this document (a bug in CV Lens, not in the CV: boom). Its text is kept unread.',
      evidence: ['Ada Lovelace\nPublications\n<b>not markup</b>'],
    };
    const main = document.querySelector('main')!;
    render(<ParserErrorView flag={flag} />, main);
    expect(main.querySelector('[data-state="parser-error"] h1')?.textContent).toBe(
      'CV Lens could not read this page',
    );
    expect(main.querySelector('p')?.textContent).toContain('boom');
    const text = main.querySelector('pre.unread-text');
    expect(text?.textContent).toBe('Ada Lovelace\nPublications\n<b>not markup</b>');
    expect(text?.querySelector('b')).toBeNull(); // page text stays text
  });
});
