export type StoreErrorKind = 'quota' | 'transaction';

/**
 * The one error the store throws when a write or read fails. Every write runs in a single
 * transaction that is aborted on failure, so when this is thrown the stored data is as it was.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Chrome and Safari say QuotaExceededError; older Firefox said NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return false;
  }
  const { name } = error as Error;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Maps whatever IndexedDB (or a bug) threw into a StoreError with a message a reviewer can act on. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError(
      'quota',
      'Browser storage is full, so nothing was saved. Export a backup, then delete candidates you no longer need.',
      { cause: error },
    );
  }
  return new StoreError(
    'transaction',
    `The change could not be saved (${describe(error)}); nothing was changed.`,
    {
      cause: error,
    },
  );
}
