import type { CvDocument } from '../document/types';
import type { AnalysisStage, AnalysisSummary, Reply } from '../messages/types';
import { buildProfile } from '../profile/build-profile';
import { isRestrictedUrl } from './restricted-url';
import { extractFromTab, getTab } from './tabs';

export interface AnalyseDeps {
  onStage: (stage: AnalysisStage) => void;
  /** Reads a PDF tab's bytes and parses them outside the service worker. */
  readPdf: (url: string) => Promise<CvDocument>;
}

/** Section headings as the page writes them, for the popup's summary. */
function headingsOf(document: CvDocument): string[] {
  return document.lines.filter((line) => line.kind === 'heading').map((line) => line.text);
}

/** Acquire → document → profile for one tab. */
export async function analyseTab(tabId: number, deps: AnalyseDeps): Promise<Reply<AnalysisSummary>> {
  const tab = await getTab(tabId);
  if (isRestrictedUrl(tab.url)) {
    return { ok: false, failure: 'restricted-page', error: 'CV Lens cannot read this kind of page.' };
  }
  deps.onStage('injecting');
  let document: CvDocument;
  try {
    const extract = await extractFromTab(tabId);
    if (extract.kind === 'pdf') {
      deps.onStage('reading-pdf');
      document = await deps.readPdf(extract.url);
    } else {
      document = extract.document;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'internal', error: `CV Lens could not read this page: ${message}` };
  }
  deps.onStage('parsing');
  const profile = buildProfile(document);
  deps.onStage('done');
  return {
    ok: true,
    value: { tabId, url: tab.url, profile, headings: headingsOf(document), candidateId: null, fromCache: false },
  };
}
