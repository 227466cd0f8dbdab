import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import { createNotesSaver, readDraft, type DraftStorage, type SaveStatus } from './logic/notes-saver';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  pending: 'Typing…',
  saving: 'Saving…',
  failed: 'Not saved yet: kept in this browser, will retry',
};

function localDrafts(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The reviewer's notes on one candidate (mounted with key = candidate id). Saved as typed, and
 * flushed when the field loses focus, the panel is hidden or closed, or another candidate opens.
 */
export function NotesEditor({ candidateId, stored }: { candidateId: string; stored: string }) {
  const drafts = useMemo(localDrafts, []);
  // A draft newer than the store means the panel closed before the last save landed.
  const [initial] = useState(() => readDraft(drafts, candidateId, stored));
  const [notes, setNotes] = useState(initial ?? stored);
  const [status, setStatus] = useState<SaveStatus>(initial === null ? 'saved' : 'pending');

  const saver = useMemo(
    () =>
      createNotesSaver({
        candidateId,
        stored,
        drafts,
        onStatus: setStatus,
        save: async (text) => {
          const reply = await sendRequest({ type: 'update-review', id: candidateId, patch: { notes: text } });
          if (!reply.ok) throw new Error(reply.error);
        },
      }),
    // The saver is made once per candidate; `stored` later changes only because it saved.
    [candidateId],
  );

  useEffect(() => {
    if (initial !== null) {
      saver.change(initial);
      void saver.flush();
    }
    const onHide = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver, initial]);

  return (
    <div class="notes">
      <label for={`notes-${candidateId}`}>Notes</label>
      <textarea
        id={`notes-${candidateId}`}
        data-testid="notes"
        rows={6}
        value={notes}
        onInput={(e) => {
          setNotes(e.currentTarget.value);
          saver.change(e.currentTarget.value);
        }}
        onBlur={() => void saver.flush()}
        aria-describedby={`notes-status-${candidateId}`}
      />
      <span
        id={`notes-status-${candidateId}`}
        class="muted small"
        data-testid="notes-status"
        aria-live="polite"
      >
        {STATUS_TEXT[status]}
      </span>
    </div>
  );
}
