import type { CvDocument } from '../../document/types';
import { collectLinks } from './collect-links';
import { locateMainContent } from './locate-main-content';
import { readMetadata } from './read-metadata';
import { stripPageChrome } from './strip-page-chrome';
import { walkBlocks } from './walk-blocks';

/**
 * The CV document of an HTML page. Uses only standard DOM APIs, so it runs on the live page in the
 * content script and on a linkedom document in Node. The page itself is never modified.
 */
export function acquireHtml(document: Document, url: string | null): CvDocument {
  const meta = readMetadata(document);
  const page = document.cloneNode(true) as Document;
  stripPageChrome(page);
  const { root } = locateMainContent(page);
  const { lines, notes } = walkBlocks(root, url);
  return {
    source: { kind: 'html', url, title: meta.title, pages: null },
    lines,
    links: collectLinks(root, document, url),
    meta,
    ...(notes.length > 0 ? { truncated: notes } : {}),
  };
}
