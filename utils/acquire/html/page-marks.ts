import { tagOf } from './dom-tags';

/** The elements the page's metadata and identity links are read from (readMetadata, identityLinks). */
export interface PageMarks {
  jsonLd: Element[];
  microdata: Element[];
  title: Element | null;
  metas: Element[];
  anchors: Element[];
}

const MARKED = 'script[type="application/ld+json"], [itemtype*="schema.org/Person"], title, meta, a';

/**
 * The page's marked elements, in document order, found in one walk of the whole page: each of the
 * five looked for alone walked it again (and linkedom compiles a selector anew at every call).
 * Each test below is its selector's: `type`'s value is matched ignoring case in HTML, as
 * selectors match it; `itemtype`'s is not.
 */
export function pageMarks(doc: Document): PageMarks {
  const marks: PageMarks = { jsonLd: [], microdata: [], title: null, metas: [], anchors: [] };
  for (const el of Array.from(doc.querySelectorAll(MARKED))) {
    const tag = tagOf(el);
    if (tag === 'SCRIPT' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json')
      marks.jsonLd.push(el);
    if (el.getAttribute('itemtype')?.includes('schema.org/Person')) marks.microdata.push(el);
    if (tag === 'TITLE') marks.title ??= el;
    if (tag === 'META') marks.metas.push(el);
    if (tag === 'A') marks.anchors.push(el);
  }
  return marks;
}
