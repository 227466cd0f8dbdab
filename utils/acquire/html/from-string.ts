import { parseHTML } from 'linkedom';
import { parse } from 'parse5';
import type { CvDocument } from '../../document/types';
import { acquireHtml } from './index';
import { serializeTree } from './serialize-tree';

/**
 * Node-only (CLI, tests, eval): builds the page's tree as a browser does, then reads it with
 * linkedom. parse5 follows the HTML standard's tree construction (a comment closed by `--!>`, a
 * second <head>, unclosed <p>/<a>/<dd>, misnested tags); linkedom does not, and on such pages it
 * swallows the content a browser shows. Serialising parse5's tree gives markup linkedom reads
 * exactly (serializeTree). The content script never imports this: it reads the browser's own DOM.
 */
export function htmlToCvDocument(html: string, url: string | null): CvDocument {
  const { document } = parseHTML(serializeTree(parse(html)));
  // The document is this call's own: the reader may strip it in place.
  return acquireHtml(document as unknown as Document, url, true);
}
