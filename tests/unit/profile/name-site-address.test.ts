import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/**
 * The document schema bounds a source address's length, not its form: a message may carry a
 * relative or malformed address, and the name ranker read it with `new URL`, which threw: the
 * reader's error boundary then kept the whole document unread.
 */
describe('a document whose source address is no absolute URL', () => {
  const html = `<html><head><title>Jane Q. Doe — CV</title></head><body>
    <h1>Jane Q. Doe</h1><h2>Education</h2><ul><li>PhD in History, University of Leeds, 2019</li></ul>
    </body></html>`;

  for (const address of ['cv/index.html', 'http://[broken']) {
    it(`still names its person (${address})`, () => {
      const doc = htmlToCvDocument(html, null);
      const profile = buildProfile({ ...doc, source: { ...doc.source, url: address } });
      expect(profile.flags.map((f) => f.kind)).not.toContain('parser-error');
      expect(profile.person.name).toBe('Jane Q. Doe');
    });
  }
});
