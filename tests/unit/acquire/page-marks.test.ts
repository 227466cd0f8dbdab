import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMarks } from '../../../utils/acquire/html/page-marks';
import { browserTrueDocument } from '../../../utils/acquire/html/from-string';

const PAGE = `<html><head><TITLE>First</TITLE><script type="Application/LD+JSON">{}</script>
  <script type="text/javascript">1</script><meta name="author" content="A"></head>
  <body><svg><a href="https://orcid.org/1"><title>Inside the drawing</title></a></svg>
  <A HREF="mailto:a@b.c">mail</A><div itemscope itemtype="https://schema.org/Person"></div>
  <a itemtype="http://schema.org/Person" href="https://github.com/x"></a>
  <span itemtype="https://schema.org/person"></span></body></html>`;

/**
 * One walk in place of five selectors: each list must hold what its selector selects, in
 * document order, on linkedom's own tree and on the browser-true one.
 */
describe('pageMarks', () => {
  const trees: [string, Document][] = [
    ['linkedom', parseHTML(PAGE).document as unknown as Document],
    ['browser-true', browserTrueDocument(PAGE)],
  ];
  for (const [name, doc] of trees) {
    it(`finds what each selector finds (${name} tree)`, () => {
      const marks = pageMarks(doc);
      expect(marks.jsonLd).toEqual(Array.from(doc.querySelectorAll('script[type="application/ld+json"]')));
      expect(marks.microdata).toEqual(Array.from(doc.querySelectorAll('[itemtype*="schema.org/Person"]')));
      expect(marks.title).toBe(doc.querySelector('title'));
      expect(marks.metas).toEqual(Array.from(doc.getElementsByTagName('meta')));
      expect(marks.anchors).toEqual(Array.from(doc.querySelectorAll('a')));
      // The case the selectors ignore (the script's type) and the one they keep (the span's itemtype).
      expect(marks.jsonLd).toHaveLength(1);
      expect(marks.microdata).toHaveLength(2);
      expect(marks.anchors).toHaveLength(3);
    });
  }
});
