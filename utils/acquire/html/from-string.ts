import { parseHTML } from 'linkedom';
import type { CvDocument } from '../../document/types';
import { acquireHtml } from './index';

/** Node-only (CLI, tests, eval): parses HTML with linkedom. The content script never imports this. */
export function htmlToCvDocument(html: string, url: string | null): CvDocument {
  // linkedom builds no <body> for a bare fragment, so one is given.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  return acquireHtml(document as unknown as Document, url);
}
