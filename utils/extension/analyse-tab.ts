import type { CvDocument } from '../document/types';
import type { PdfTabNotice, Reply } from '../messages/types';
import { isRestrictedUrl, looksLikePdfUrl } from './restricted-url';
import { extractFromTab, getTab } from './tabs';

/** Asks the server what the URL is (activeTab lets the extension reach the tab's origin). */
async function servesPdf(url: string): Promise<boolean> {
  if (!/^https?:/i.test(url)) return false;
  try {
    const response = await fetch(url, { method: 'HEAD', credentials: 'include' });
    return (response.headers.get('content-type') ?? '').toLowerCase().includes('application/pdf');
  } catch {
    return false;
  }
}

export type TabDocument = { kind: 'document'; document: CvDocument; url: string } | PdfTabNotice;

/**
 * The acquire stage for a tab: injects the extractor and returns the page's document, or says
 * the tab shows a PDF, which an extension page must read (pdf.js cannot run in the worker).
 */
export async function readTab(tabId: number): Promise<Reply<TabDocument>> {
  const tab = await getTab(tabId);
  if (isRestrictedUrl(tab.url) || !tab.url) {
    return {
      ok: false,
      failure: 'restricted-page',
      error: 'Browsers do not let extensions read this kind of page.',
    };
  }
  try {
    const extract = await extractFromTab(tabId);
    if (extract.kind === 'pdf') return { ok: true, value: { kind: 'pdf', tabId, url: extract.url } };
    return { ok: true, value: { kind: 'document', document: extract.document, url: tab.url } };
  } catch (error) {
    // Built-in PDF viewers (Firefox's pdf.js, some Chrome versions) refuse injection: the URL, or
    // failing that the server's content type, still says the tab shows a PDF.
    if (looksLikePdfUrl(tab.url) || (await servesPdf(tab.url))) {
      return { ok: true, value: { kind: 'pdf', tabId, url: tab.url } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'internal', error: `CV Lens could not read this page: ${message}` };
  }
}
