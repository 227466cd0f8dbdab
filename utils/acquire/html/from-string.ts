import { parseHTML } from 'linkedom';
import { parse } from 'parse5';
import type { CvDocument } from '../../document/types';
import { acquireHtml } from './index';
import { treeToDom } from './tree-to-dom';

/**
 * Node-only (CLI, tests, eval): builds the page's tree as a browser does, in a linkedom document.
 * parse5 follows the HTML standard's tree construction (a comment closed by `--!>`, a second
 * <head>, unclosed <p>/<a>/<dd>, misnested tags); linkedom's own parser does not, and on such pages
 * it swallows the content a browser shows. parse5's tree is copied node for node into an empty
 * linkedom document (treeToDom), without writing it out as markup and reading that again. The
 * content script never imports this: it reads the browser's own DOM.
 */
export function browserTrueDocument(html: string): Document {
  const { document } = parseHTML('');
  treeToDom(parse(html), document as unknown as Document);
  return document as unknown as Document;
}

/** An HTML string's CV document, read from its browser-true tree (browserTrueDocument). */
export function htmlToCvDocument(html: string, url: string | null): CvDocument {
  // The document is this call's own: the reader may strip it in place.
  return acquireHtml(browserTrueDocument(html), url, true);
}
