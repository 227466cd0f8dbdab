import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import { fileSizeProblem } from '../../utils/messages/message-size';
import { ConfirmAction } from './ConfirmAction';
import { ExportButtons } from './ExportButtons';

/** Export every candidate, import a backup, or delete everything. */
export function DataView() {
  const [importResult, setImportResult] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [cleared, setCleared] = useState<string | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImportResult(null);
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      setImportResult({
        error: true,
        text: `${file.name} was not imported, and nothing changed: it is ${tooLarge}.`,
      });
      input.value = '';
      return;
    }
    setBusy(true);
    const reply = await sendRequest({ type: 'import-backup', text: await file.text() });
    setBusy(false);
    input.value = '';
    setImportResult(
      reply.ok
        ? {
            error: false,
            text: `Imported ${file.name}: ${reply.value.added} added, ${reply.value.merged} merged into existing candidates.`,
          }
        : { error: true, text: `${file.name} was not imported, and nothing changed: ${reply.error}` },
    );
  };

  return (
    <section class="data-view" aria-labelledby="data-heading">
      <h1 id="data-heading">Export and import</h1>
      <section>
        <h2>Export every candidate</h2>
        <p class="muted small">
          The JSON backup keeps everything, notes included, and can be imported again; CSV has one row per
          candidate.
        </p>
        <ExportButtons formats={['json', 'csv']} candidateId={null} />
      </section>
      <section>
        <h2>Import a backup</h2>
        <p class="muted small">Candidates already stored are merged, never duplicated; notes are kept.</p>
        <label class="button">
          Choose a backup file…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-input"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {busy && <p class="muted">Importing…</p>}
        {importResult && (
          <p
            role={importResult.error ? 'alert' : 'status'}
            class={importResult.error ? 'error' : ''}
            data-testid="import-result"
          >
            {importResult.text}
          </p>
        )}
      </section>
      <section>
        <h2>Delete everything</h2>
        <p class="muted small">Removes every candidate with its notes, tags and ratings from this browser.</p>
        <ConfirmAction
          label="Delete all candidates…"
          question="Delete every candidate, with all notes, tags and ratings? Export a JSON backup first if you may need them. This cannot be undone."
          confirmLabel="Delete all"
          testId="clear-all"
          onConfirm={async () => {
            const reply = await sendRequest({ type: 'clear-candidates' });
            setCleared(reply.ok ? 'Every candidate was deleted.' : reply.error);
          }}
        />
        {cleared && <p role="status">{cleared}</p>}
      </section>
    </section>
  );
}
