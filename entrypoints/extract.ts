import { acquireHtml } from '../utils/acquire/html';
import type { PageExtract } from '../utils/extension/tabs';

/**
 * Injected on demand (activeTab + scripting) into the tab the reviewer acted on; never declared
 * as a content script, so it runs on no other page. Its return value goes back to the background.
 */
export default defineUnlistedScript((): PageExtract => {
  if (document.contentType === 'application/pdf') return { kind: 'pdf', url: location.href };
  return { kind: 'document', document: acquireHtml(document, location.href) };
});
