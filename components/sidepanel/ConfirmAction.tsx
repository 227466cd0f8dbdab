import { useEffect, useRef, useState } from 'preact/hooks';

interface ConfirmActionProps {
  label: string;
  /** The question, saying what will be lost. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  testId?: string;
}

/**
 * A destructive button that asks first, inline: window.confirm is not available in every side
 * panel, and an inline question keeps the focus where the reviewer is.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, testId }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="danger" ref={opener} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <p>{question}</p>
      <button
        type="button"
        class="danger"
        data-testid={testId ? `${testId}-confirm` : undefined}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
