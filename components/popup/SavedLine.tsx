import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';

interface Props {
  candidateId: string;
  /** The person was already stored: this document was added to them, so there is nothing to undo. */
  merged: boolean;
  /** Called once the candidate is removed, so the popup stops offering to export it. */
  onRemoved: () => void;
}

/** Opening the popup saves the candidate: say so, and let the reviewer take it back. */
export function SavedLine({ candidateId, merged, onRemoved }: Props) {
  const [state, setState] = useState<'saved' | 'removing' | 'removed' | 'failed'>('saved');
  const undo = async (): Promise<void> => {
    setState('removing');
    const reply = await sendRequest({ type: 'delete-candidate', id: candidateId });
    if (!reply.ok) {
      setState('failed');
      return;
    }
    setState('removed');
    onRemoved();
  };
  if (merged) {
    return (
      <p class="saved-line muted" data-testid="saved-line" data-saved="merged">
        Already among your candidates: this document was added to them.
      </p>
    );
  }
  return (
    <p class="saved-line muted" role="status" data-testid="saved-line" data-saved={state}>
      {state === 'removed' ? (
        'Removed from your candidates.'
      ) : (
        <>
          Saved to your candidates.{' '}
          <button
            type="button"
            class="link"
            disabled={state === 'removing'}
            onClick={() => void undo()}
            data-testid="undo-save"
          >
            Undo
          </button>
          {state === 'failed' && ' Could not remove it; try again.'}
        </>
      )}
    </p>
  );
}
