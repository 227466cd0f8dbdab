import { useCallback, useEffect, useReducer } from 'preact/hooks';
import type { AnalysisSummary, PdfTabNotice, Reply } from '../../utils/messages/types';
import { sendRequest, subscribeToEvents } from '../../utils/extension/messaging';
import { getActiveTab } from '../../utils/extension/tabs';
import { INITIAL_STATE, reducePopup, type PopupAction, type PopupState } from './popup-state';

export type { PopupState } from './popup-state';

/**
 * The tab the popup reports on: the active tab, or the one named by `?tab=` when the popup is
 * opened detached in a tab or window of its own (where it would otherwise read itself).
 */
async function tabToRead(): Promise<{ id: number } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return { id: named };
  return getActiveTab();
}

/**
 * A PDF tab: pdf.js cannot run in the service worker, so the popup reads and parses the bytes and
 * sends the document back. pdf.js is imported here, on demand, so HTML pages never load it.
 */
async function analysePdf(notice: PdfTabNotice, dispatch: (action: PopupAction) => void): Promise<void> {
  dispatch({ type: 'stage', stage: 'reading-pdf' });
  const { readPdfBytes, parsePdfBytes, PdfAccessError } = await import('../../utils/extension/read-pdf');
  try {
    const bytes = await readPdfBytes(notice.url);
    const document = await parsePdfBytes(bytes, notice.url);
    dispatch({ type: 'stage', stage: 'parsing' });
    const reply = await sendRequest({
      type: 'analyse-pdf-document',
      tabId: notice.tabId,
      document,
      url: notice.url,
    });
    dispatch({ type: 'reply', reply });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PdfAccessError) {
      dispatch({
        type: 'failed',
        failure: error.reason === 'file-access' ? 'pdf-file-access' : 'pdf-unreadable',
        message,
      });
    } else {
      dispatch({ type: 'failed', failure: 'pdf-error', message });
    }
  }
}

/** Asks for the tab's analysis and shows it, or reads the PDF the tab shows and sends it back. */
async function analyseTab(
  tabId: number,
  readAnyway: boolean,
  dispatch: (action: PopupAction) => void,
): Promise<void> {
  const reply = await sendRequest({ type: 'analyse-tab', tabId, ...(readAnyway ? { readAnyway } : {}) });
  if (reply.ok && reply.value.kind === 'pdf') {
    await analysePdf(reply.value, dispatch);
    return;
  }
  dispatch({ type: 'reply', reply: reply as Reply<AnalysisSummary> });
}

export interface PopupAnalysis {
  state: PopupState;
  /** Reads the tab again, keeping what it finds although the page does not read as a CV. */
  readAnyway: (tabId: number) => void;
}

/** Asks the background to analyse the tab and follows its progress and per-source look-ups. */
export function usePopupAnalysis(): PopupAnalysis {
  const [state, dispatch] = useReducer(reducePopup, INITIAL_STATE);

  useEffect(() => {
    let tabId: number | null = null;
    const unsubscribe = subscribeToEvents((event) => {
      dispatch({ type: 'event', event });
      // The CV is read and stored before the look-up starts: show it while the sources answer.
      if (event.type === 'analysis-progress' && event.stage === 'looking-up' && event.tabId === tabId) {
        void sendRequest({ type: 'get-analysis', tabId: event.tabId }).then((read) => {
          if (read.ok && read.value) dispatch({ type: 'read', summary: read.value });
        });
      }
    });
    void (async () => {
      const tab = await tabToRead();
      if (!tab) {
        dispatch({
          type: 'failed',
          failure: 'restricted-page',
          message: 'There is no page to read in this window.',
        });
        return;
      }
      tabId = tab.id;
      dispatch({ type: 'tab', tabId: tab.id });
      // Show what the background already holds for this tab at once, then refresh it.
      const cached = await sendRequest({ type: 'get-analysis', tabId: tab.id });
      if (cached.ok && cached.value) {
        const { value } = cached;
        dispatch(
          value.lookupPending
            ? { type: 'read', summary: value }
            : { type: 'reply', reply: { ok: true, value } },
        );
      }
      await analyseTab(tab.id, false, dispatch);
    })();
    return unsubscribe;
  }, []);

  const readAnyway = useCallback((tabId: number) => {
    dispatch({ type: 'restart', tabId });
    void analyseTab(tabId, true, dispatch);
  }, []);

  return { state, readAnyway };
}
