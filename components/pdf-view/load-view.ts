import { PdfError, pdfErrors } from '../../utils/acquire/pdf/errors';
import { badgeItemsOf } from '../../utils/badges/items';
import type { BadgeItem } from '../../utils/badges/types';
import { sendRequest, subscribeToEvents } from '../../utils/extension/messaging';
import { PdfAccessError, readPdfBytes } from '../../utils/extension/read-pdf';
import type { AnalysisSummary } from '../../utils/messages/types';
import { placeBadges, type BadgePlacement } from './logic/placement';
import { runsOfPage, type RawTextItem, type TextRun } from './logic/runs';
import { loadPdfJs } from '../../utils/extension/read-pdf';
import { openPdf, type PageTextContent, type PDFDocumentProxy } from './pdfjs';

export interface ViewPage {
  number: number;
  /** Unscaled size in PDF points. */
  width: number;
  height: number;
  /** Kept so the text layer does not ask the worker for it a second time. */
  text: PageTextContent;
}

export interface LoadedView {
  summary: AnalysisSummary;
  pdf: PDFDocumentProxy;
  pages: ViewPage[];
  items: BadgeItem[];
  placements: BadgePlacement[];
}

export type LoadStage = 'reading' | 'analysing' | 'laying-out';

type TextItem = Extract<PageTextContent['items'][number], RawTextItem>;

/** Marked-content entries carry no text; the text layer skips them too, so indexes line up. */
const isTextItem = (item: PageTextContent['items'][number]): item is TextItem => 'str' in item;

/** Longer than a look-up takes: its retry budget (25 s) and its last requests' timeouts. */
const LOOKUP_WAIT_MS = 60_000;

/** What the background keeps for this tab (in storage.session: it outlives the service worker). */
async function keptAnalysis(tabId: number): Promise<AnalysisSummary> {
  const reply = await sendRequest({ type: 'get-analysis', tabId });
  if (!reply.ok) throw new Error(reply.error);
  if (!reply.value) {
    throw new Error('this PDF has no analysis any more: open its tab and click CV Lens to analyse it again.');
  }
  return reply.value;
}

/**
 * The analysis the popup made for this tab. It is gone only when the browser session ended or the
 * candidate was deleted (then the reviewer analyses the tab again); while the popup's look-up still
 * runs, the kept profile has no verdicts yet, so the view waits for the look-up to finish.
 */
async function analysisOf(tabId: number): Promise<AnalysisSummary> {
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const stop = subscribeToEvents((event) => {
    if (event.type === 'analysis-progress' && event.tabId === tabId && event.stage === 'done') finished();
  });
  try {
    const first = await keptAnalysis(tabId);
    if (!first.lookupPending) return first;
    // Past this the look-up is not coming back (its worker was stopped): the view shows the
    // profile as read, its publications unchecked.
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, LOOKUP_WAIT_MS))]);
    return await keptAnalysis(tabId);
  } finally {
    stop();
  }
}

export async function loadView(
  tabId: number,
  url: string,
  onStage: (stage: LoadStage) => void,
): Promise<LoadedView> {
  onStage('reading');
  const bytes = await readPdfBytes(url);
  onStage('analysing');
  const [summary, pdf] = await Promise.all([analysisOf(tabId), loadPdfJs().then((p) => openPdf(p, bytes))]);
  onStage('laying-out');
  const pages: ViewPage[] = [];
  const runs: TextRun[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = page.view;
    const text = await page.getTextContent();
    const dims = { pageX: x1, pageY: y1, pageWidth: x2 - x1, pageHeight: y2 - y1 };
    pages.push({ number, width: dims.pageWidth, height: dims.pageHeight, text });
    runs.push(...runsOfPage(number, text.items.filter(isTextItem), dims));
  }
  if (!runs.some((run) => run.str.trim())) throw pdfErrors.scanned();
  const items = badgeItemsOf(summary.profile);
  return { summary, pdf, pages, items, placements: placeBadges(runs, items) };
}

/** The message shown when the view cannot be built: the reader's own words when there are some. */
export function errorMessage(error: unknown): string {
  if (error instanceof PdfError || error instanceof PdfAccessError) return error.message;
  return `CV Lens could not show this PDF: ${error instanceof Error ? error.message : String(error)}`;
}
