import { useRef, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { CvDocument } from '../../utils/document/types';
import {
  batchCounts,
  batchProgress,
  makeItems,
  runBatch,
  type BatchItem,
  type BatchState,
} from './logic/batch';

/** pdf.js and the PDF reader load on the first batch only, so the panel opens fast. */
async function parsePdf(
  bytes: Uint8Array,
  url: string,
  onProgress: (page: number, pages: number) => void,
  signal: AbortSignal,
): Promise<CvDocument> {
  const { parsePdfBytes } = await import('../../utils/extension/read-pdf');
  return parsePdfBytes(bytes, url, { onProgress, signal });
}

async function storeDocument(document: CvDocument, url: string) {
  const reply = await sendRequest({ type: 'store-document', document, url });
  if (!reply.ok) throw new Error(reply.error);
  return {
    candidateId: reply.value.candidateId,
    merged: reply.value.merged,
    name: reply.value.profile.person.name,
  };
}

function stateText(state: BatchState): string {
  switch (state.kind) {
    case 'waiting':
      return 'Waiting';
    case 'reading':
      return state.pages > 0 ? `Reading page ${state.page} of ${state.pages}` : 'Reading…';
    case 'storing':
      return 'Finding the CV and storing it…';
    case 'done':
      return `${state.merged ? 'Merged into' : 'Added'} ${state.name ?? 'an unnamed candidate'}`;
    case 'failed':
      return state.reason;
    case 'cancelled':
      return 'Cancelled';
  }
}

/** Drop or pick many PDFs: each is parsed here with pdf.js and stored like a page. */
export function BatchView({ onOpen }: { onOpen: (id: string) => void }) {
  const [items, setItems] = useState<BatchItem[]>([]);
  const [running, setRunning] = useState(false);
  const [over, setOver] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = async (fileList: FileList | null) => {
    const files = fileList ? [...fileList] : [];
    if (files.length === 0 || running) return;
    const batch = makeItems(files);
    setItems(batch);
    setRunning(true);
    controller.current = new AbortController();
    await runBatch(batch, files, {
      parse: parsePdf,
      store: storeDocument,
      signal: controller.current.signal,
      update: (key, state) =>
        setItems((all) => all.map((item) => (item.key === key ? { ...item, state } : item))),
    });
    setRunning(false);
    if (input.current) input.current.value = '';
  };

  const counts = batchCounts(items);
  const failures = items.filter((i) => i.state.kind === 'failed');

  return (
    <section class="batch-view" aria-labelledby="batch-heading">
      <h1 id="batch-heading">Add PDFs</h1>
      <div
        class={`dropzone${over ? ' over' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void start(e.dataTransfer?.files ?? null);
        }}
      >
        <p>Drop CV PDFs here, or</p>
        <label class="button">
          Choose PDF files…
          <input
            ref={input}
            type="file"
            accept="application/pdf,.pdf"
            multiple
            class="visually-hidden"
            data-testid="pdf-input"
            disabled={running}
            onChange={(e) => void start(e.currentTarget.files)}
          />
        </label>
        <p class="muted small">Each file is read in this panel; nothing is uploaded.</p>
      </div>
      {items.length > 0 && (
        <div class="batch-progress">
          <progress max={1} value={batchProgress(items)} aria-label="Batch progress" />
          <p role="status" data-testid="batch-summary">
            {running ? `Reading ${counts.finished + 1} of ${counts.total}…` : 'Finished.'} {counts.done}{' '}
            stored
            {counts.failed > 0 ? `, ${counts.failed} failed` : ''}.
          </p>
          {running && (
            <button type="button" onClick={() => controller.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul class="batch-list" data-testid="batch-list">
          {items.map((item) => (
            <li key={item.key} class={`batch-item state-${item.state.kind}`} data-state={item.state.kind}>
              <span class="file-name">{item.name}</span>
              <span class="batch-state">
                {item.state.kind === 'done' ? (
                  <button
                    type="button"
                    class="link"
                    onClick={() => onOpen((item.state as { candidateId: string }).candidateId)}
                  >
                    {stateText(item.state)}
                  </button>
                ) : (
                  stateText(item.state)
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!running && failures.length > 0 && (
        <div role="alert" class="error" data-testid="batch-failures">
          <h2>Not added</h2>
          <ul>
            {failures.map((f) => (
              <li key={f.key}>
                <strong>{f.name}</strong>: {stateText(f.state)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
