import { describe, expect, it } from 'vitest';
import {
  createNotesSaver,
  draftKey,
  readDraft,
  type DraftStorage,
  type SaveStatus,
} from '../../../components/sidepanel/logic/notes-saver';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** Manual timers: the test decides when the debounce fires. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (fn: () => void) => {
      pending.set(++next, fn);
      return next;
    },
    clearTimer: (handle: unknown) => void pending.delete(handle as number),
    fire: () => {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((fn) => fn());
    },
    count: () => pending.size,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createNotesSaver', () => {
  it('saves once after typing pauses, with the latest text', async () => {
    const saved: string[] = [];
    const timers = manualTimers();
    const saver = createNotesSaver({
      candidateId: 'c1',
      stored: '',
      drafts: null,
      save: async (t) => void saved.push(t),
      ...timers,
    });
    saver.change('S');
    saver.change('St');
    saver.change('Strong theory');
    expect(timers.count()).toBe(1);
    timers.fire();
    await tick();
    expect(saved).toEqual(['Strong theory']);
  });

  it('keeps a draft until the store has the text, so closing mid-save loses nothing', async () => {
    const drafts = memoryStorage();
    let release: () => void = () => undefined;
    const saver = createNotesSaver({
      candidateId: 'c1',
      stored: 'old',
      drafts,
      save: () => new Promise<void>((resolve) => (release = resolve)),
      ...manualTimers(),
    });
    saver.change('old and new');
    expect(drafts.map.get(draftKey('c1'))).toBe('old and new');
    const flushed = saver.flush();
    // The panel closes here: a new panel finds the draft.
    expect(readDraft(drafts, 'c1', 'old')).toBe('old and new');
    release();
    await flushed;
    expect(drafts.map.has(draftKey('c1'))).toBe(false);
  });

  it('flush saves at once and reports its status; a failed save keeps the draft', async () => {
    const drafts = memoryStorage();
    const statuses: SaveStatus[] = [];
    const saver = createNotesSaver({
      candidateId: 'c2',
      stored: '',
      drafts,
      save: async () => {
        throw new Error('background asleep');
      },
      onStatus: (s) => statuses.push(s),
      ...manualTimers(),
    });
    saver.change('Interview in March');
    await saver.flush();
    expect(statuses).toEqual(['pending', 'saving', 'failed']);
    expect(readDraft(drafts, 'c2', '')).toBe('Interview in March');
  });

  it('does not save text equal to what is stored, and ignores a draft equal to it', async () => {
    const saved: string[] = [];
    const drafts = memoryStorage();
    drafts.setItem(draftKey('c3'), 'same');
    expect(readDraft(drafts, 'c3', 'same')).toBeNull();
    const saver = createNotesSaver({
      candidateId: 'c3',
      stored: 'same',
      drafts,
      save: async (t) => void saved.push(t),
      ...manualTimers(),
    });
    saver.change('same');
    await saver.flush();
    expect(saved).toEqual([]);
  });

  it('saves again text typed while a save was in flight', async () => {
    const saved: string[] = [];
    const saver = createNotesSaver({
      candidateId: 'c4',
      stored: '',
      drafts: null,
      save: async (t) => void saved.push(t),
      ...manualTimers(),
    });
    saver.change('one');
    const first = saver.flush();
    saver.change('one two');
    await first;
    await saver.flush();
    expect(saved).toEqual(['one', 'one two']);
  });
});
