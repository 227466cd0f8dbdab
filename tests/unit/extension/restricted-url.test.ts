import { describe, expect, it } from 'vitest';
import { isRestrictedUrl, looksLikePdfUrl } from '../../../utils/extension/restricted-url';

describe('isRestrictedUrl', () => {
  it('refuses browser pages, other extensions and the web stores', () => {
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'chrome-extension://abc/popup.html',
      'moz-extension://abc/popup.html',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-US/firefox/',
      null,
    ]) {
      expect(isRestrictedUrl(url), String(url)).toBe(true);
    }
  });

  it('allows ordinary pages and local files', () => {
    expect(isRestrictedUrl('https://www.soufianehayou.com/')).toBe(false);
    expect(isRestrictedUrl('file:///home/r/cv.pdf')).toBe(false);
  });
});

describe('looksLikePdfUrl', () => {
  it('goes by the path, not the query', () => {
    expect(looksLikePdfUrl('https://x.org/files/CV.PDF?dl=1')).toBe(true);
    expect(looksLikePdfUrl('https://x.org/cv?format=pdf')).toBe(false);
    expect(looksLikePdfUrl('not a url')).toBe(false);
  });
});
