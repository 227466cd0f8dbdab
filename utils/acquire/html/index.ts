import { limitDocument } from '../../document/limits';
import type { CvDocument } from '../../document/types';
import { collectLinks, identityLinks } from './collect-links';
import { locateMainContent } from './locate-main-content';
import { pageMarks } from './page-marks';
import { readMetadata } from './read-metadata';
import { stripPageChrome } from './strip-page-chrome';
import { walkBlocks } from './walk-blocks';

/**
 * The CV document of an HTML page. Uses only standard DOM APIs, so it runs on the live page in the
 * content script and on a linkedom document in Node. A live page is never modified: chrome is
 * stripped from a copy. `owned`: the caller built this document for the reading alone (the CLI's,
 * parsed from a string), so it is stripped in place; a copy of a whole document costs as much as
 * parsing it.
 */
export function acquireHtml(document: Document, url: string | null, owned = false): CvDocument {
  const marks = pageMarks(document);
  const meta = readMetadata(marks);
  const identity = identityLinks(marks.anchors, url);
  const page = owned ? document : (document.cloneNode(true) as Document);
  stripPageChrome(page);
  const { root } = locateMainContent(page);
  const { lines, notes } = walkBlocks(root, url);
  return limitDocument({
    source: { kind: 'html', url, title: meta.title, pages: null },
    lines,
    links: collectLinks(root, identity, url),
    meta,
    ...(notes.length > 0 ? { truncated: notes } : {}),
  });
}
