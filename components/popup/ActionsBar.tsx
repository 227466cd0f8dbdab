import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../utils/messages/types';
import { sendRequest } from '../../utils/extension/messaging';
import { openExtensionTab } from '../../utils/extension/open-tab';
import { openSidePanel } from '../../utils/extension/side-panel';
import { viewPath } from '../pdf-view/logic/view-params';
import { downloadFile } from './download';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'bibtex', label: 'BibTeX' },
  { value: 'jsonresume', label: 'JSON Resume' },
  { value: 'csv', label: 'CSV' },
];

interface Props {
  tabId: number;
  candidateId: string | null;
  /** Badges only make sense on an HTML page the extension can script. */
  canBadge: boolean;
  /** The analysed PDF's address: its badges are shown in CV Lens's own PDF view. */
  pdfUrl?: string | null;
  /** The look-up still runs: badges would say "not checked" for everything, so they wait. */
  lookingUp?: boolean;
}

export function ActionsBar({ tabId, candidateId, canBadge, pdfUrl = null, lookingUp = false }: Props) {
  const [badges, setBadges] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const openPanel = (): void => {
    // Called straight from the click: the side panel opens only inside the user gesture.
    openSidePanel(tabId).then(
      (opened) => setStatus(opened ? '' : 'This browser has no side panel for CV Lens.'),
      (error: unknown) => setStatus(`Could not open the side panel: ${String(error)}`),
    );
  };

  const openPdfView = (url: string): void => {
    openExtensionTab(viewPath(tabId, url)).then(
      () => setStatus(''),
      (error: unknown) => setStatus(`Could not open the PDF view: ${String(error)}`),
    );
  };

  const toggleBadges = async (): Promise<void> => {
    setBusy(true);
    const reply = await sendRequest({ type: 'set-badges', tabId, visible: !badges });
    setBusy(false);
    if (!reply.ok) {
      setStatus(`Badges: ${reply.error}`);
      return;
    }
    setBadges(!badges);
    setStatus(badges ? 'Badges removed from the page.' : `${reply.value.shown} badges shown on the page.`);
  };

  const exportCandidate = async (): Promise<void> => {
    setBusy(true);
    const reply = await sendRequest({ type: 'export', format, candidateId });
    setBusy(false);
    if (!reply.ok) {
      setStatus(`Export failed: ${reply.error}`);
      return;
    }
    downloadFile(reply.value);
    setStatus(`Saved ${reply.value.filename}.`);
  };

  return (
    <section class="actions" aria-label="Actions" data-testid="actions">
      <div class="row">
        <button type="button" onClick={openPanel}>
          Open side panel
        </button>
        {canBadge && (
          <button
            type="button"
            aria-pressed={badges}
            disabled={busy || lookingUp}
            title={lookingUp ? 'Once the sources have answered' : undefined}
            onClick={() => void toggleBadges()}
            data-testid="toggle-badges"
          >
            {badges ? 'Hide page badges' : 'Show page badges'}
          </button>
        )}
        {pdfUrl && (
          <button
            type="button"
            disabled={lookingUp}
            title={lookingUp ? 'Once the sources have answered' : undefined}
            onClick={() => openPdfView(pdfUrl)}
            data-testid="open-pdf-view"
          >
            Show PDF with badges
          </button>
        )}
      </div>
      <div class="row">
        <label>
          <span class="visually-hidden">Export format</span>
          <select
            value={format}
            onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy || candidateId === null}
          title={candidateId === null ? 'This candidate is not saved yet' : undefined}
          onClick={() => void exportCandidate()}
          data-testid="export"
        >
          Export candidate
        </button>
      </div>
      <p class="action-status muted" role="status">
        {status}
      </p>
    </section>
  );
}
