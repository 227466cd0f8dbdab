/** The part of localStorage the saver needs, so tests can pass a Map-backed fake. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export interface NotesSaverOptions {
  candidateId: string;
  /** The notes as stored, the baseline "nothing to save" compares against. */
  stored: string;
  save: (notes: string) => Promise<void>;
  drafts: DraftStorage | null;
  delayMs?: number;
  onStatus?: (status: SaveStatus) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface NotesSaver {
  change(notes: string): void;
  /** Saves now whatever is pending (blur, pagehide, hidden, switching candidate). */
  flush(): Promise<void>;
  dispose(): void;
}

const DRAFT_PREFIX = 'cvlens:notes-draft:';

export function draftKey(candidateId: string): string {
  return DRAFT_PREFIX + candidateId;
}

/** A draft left by a panel that closed before its save reached the store, or null. */
export function readDraft(drafts: DraftStorage | null, candidateId: string, stored: string): string | null {
  const draft = drafts?.getItem(draftKey(candidateId)) ?? null;
  if (draft === null || draft === stored) return null;
  return draft;
}

/**
 * Notes are saved as typed: each change is written at once to a local draft (synchronous, so it
 * survives the panel closing mid-keystroke) and, after a pause, to the store through the
 * background. The draft is dropped once the store holds that exact text.
 */
export function createNotesSaver(options: NotesSaverOptions): NotesSaver {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const delay = options.delayMs ?? 600;
  const key = draftKey(options.candidateId);
  let lastSaved = options.stored;
  let latest = options.stored;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const status = (s: SaveStatus) => {
    if (!disposed) options.onStatus?.(s);
  };

  const writeDraft = (notes: string) => {
    try {
      if (notes === lastSaved) options.drafts?.removeItem(key);
      else options.drafts?.setItem(key, notes);
    } catch {
      // Storage full or disabled: the debounced save still runs.
    }
  };

  const saveLatest = async (): Promise<void> => {
    if (inFlight) await inFlight;
    if (latest === lastSaved) {
      status('saved');
      return;
    }
    const text = latest;
    status('saving');
    inFlight = options
      .save(text)
      .then(() => {
        lastSaved = text;
        if (latest === text) {
          writeDraft(text);
          status('saved');
        }
      })
      .catch(() => status('failed'))
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  };

  return {
    change(notes) {
      latest = notes;
      writeDraft(notes);
      if (timer !== null) clearTimer(timer);
      status(notes === lastSaved ? 'saved' : 'pending');
      timer = setTimer(() => {
        timer = null;
        void saveLatest();
      }, delay);
    },
    flush() {
      if (timer !== null) {
        clearTimer(timer);
        timer = null;
      }
      return saveLatest();
    },
    dispose() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      disposed = true;
    },
  };
}
