import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';

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
      if (reply.value.kind === 'pdf') {
        const { readPdfBytes, parsePdfBytes } = await import('../../utils/extension/read-pdf');
        const url = reply.value.url;
        const document = await parsePdfBytes(await readPdfBytes(url), url);
        const stored = await sendRequest({ type: 'analyse-pdf-document', tabId, document, url });
        if (!stored.ok) throw new Error(stored.error);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { read, busy, error };
}
