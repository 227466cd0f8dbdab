import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { ExportFormat } from '../../utils/messages/types';
import { downloadFile } from './download';

const LABELS: Record<ExportFormat, string> = {
  json: 'JSON backup',
  csv: 'CSV',
  bibtex: 'BibTeX',
  jsonresume: 'JSON Resume',
};

/** One button per format; `candidateId` null exports every candidate. */
export function ExportButtons({
  formats,
  candidateId,
}: {
  formats: ExportFormat[];
  candidateId: string | null;
}) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const run = async (format: ExportFormat) => {
    setMessage(null);
    const reply = await sendRequest({ type: 'export', format, candidateId });
    if (!reply.ok) {
      setMessage({ error: true, text: reply.error });
      return;
    }
    downloadFile(reply.value);
    setMessage({ error: false, text: `Saved ${reply.value.filename}` });
  };
  return (
    <div class="export-buttons">
      {formats.map((format) => (
        <button key={format} type="button" data-testid={`export-${format}`} onClick={() => void run(format)}>
          {LABELS[format]}
        </button>
      ))}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted small'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
