import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { AnalysisSummary } from '../../utils/messages/types';

/** The reader failed on the page (a bug): its flag says so, and it is worth showing, not hiding. */
function parserError(summary: AnalysisSummary): string | null {
  return summary.profile.flags.find((flag) => flag.kind === 'parser-error')?.message ?? null;
}

/**
 * Reads the followed tab on request, as the popup does: the background analyses an HTML page;
 * for a PDF tab it answers with a notice and this page reads the bytes with pdf.js itself.
 */
export function useReadTab(): {
  read: (tabId: number) => Promise<void>;
  busy: boolean;
  error: string | null;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (tabId: number) => {
    setBusy(true);
    setError(null);
    try {
      const reply = await sendRequest({ type: 'analyse-tab', tabId });
      if (!reply.ok) throw new Error(reply.error);
      let summary: AnalysisSummary;
      if (reply.value.kind === 'pdf') {
        const { readPdfBytes, parsePdfBytes } = await import('../../utils/extension/read-pdf');
        const url = reply.value.url;
        const document = await parsePdfBytes(await readPdfBytes(url), url);
        const stored = await sendRequest({ type: 'analyse-pdf-document', tabId, document, url });
        if (!stored.ok) throw new Error(stored.error);
        summary = stored.value;
      } else summary = reply.value;
      const failure = parserError(summary);
      if (failure) throw new Error(failure);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { read, busy, error };
}
