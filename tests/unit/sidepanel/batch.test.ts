import { describe, expect, it } from 'vitest';
import {
  batchCounts,
  batchProgress,
  fileUrl,
  makeItems,
  refuseReason,
  runBatch,
  type BatchFile,
  type BatchState,
} from '../../../components/sidepanel/logic/batch';
import { readFixtureBytes } from '../../support/fixtures';

function file(name: string, bytes: Uint8Array): BatchFile {
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
}

/** A parser standing in for pdf.js: refuses what has no PDF header, as acquirePdf does. */
async function fakeParse(bytes: Uint8Array, url: string, onProgress: (p: number, n: number) => void) {
  if (!String.fromCharCode(...bytes.subarray(0, 8)).startsWith('%PDF-'))
    throw new Error('This file is not a PDF.');
  onProgress(1, 2);
  onProgress(2, 2);
  return { url };
}

describe('runBatch', () => {
  it('parses and stores each file, records failures with their reason, and goes on', async () => {
    const files = [
      file('hayou.pdf', readFixtureBytes('seeds/pdf/hayou.pdf')),
      file('notes.txt', new TextEncoder().encode('not a pdf')),
      file('empty.pdf', new Uint8Array()),
      file('elesedy cv.pdf', readFixtureBytes('seeds/pdf/elesedy.pdf')),
    ];
    const items = makeItems(files);
    const history: [string, BatchState][] = [];
    const stored: string[] = [];
    await runBatch(items, files, {
      parse: fakeParse,
      store: async (document) => {
        stored.push(document.url);
        return { candidateId: `c${stored.length}`, merged: false, name: 'Someone' };
      },
      update: (key, state) => history.push([key, state]),
      signal: new AbortController().signal,
    });
    const last = new Map(history);
    expect(stored).toEqual(['file:///hayou.pdf', 'file:///elesedy cv.pdf']);
    expect(last.get(items[0]!.key)).toEqual({
      kind: 'done',
      candidateId: 'c1',
      merged: false,
      name: 'Someone',
    });
    expect(last.get(items[1]!.key)).toEqual({ kind: 'failed', reason: 'This file is not a PDF.' });
    expect(last.get(items[2]!.key)).toEqual({ kind: 'failed', reason: 'The file is empty.' });
    expect(history).toContainEqual([items[0]!.key, { kind: 'reading', page: 2, pages: 2 }]);

    const final = items.map((item) => ({ ...item, state: last.get(item.key)! }));
    expect(batchCounts(final)).toEqual({ total: 4, done: 2, failed: 2, finished: 4 });
    expect(batchProgress(final)).toBe(1);
  });

  it('marks what is left as cancelled once aborted', async () => {
    const files = [
      file('a.pdf', new TextEncoder().encode('%PDF-1.4')),
      file('b.pdf', new TextEncoder().encode('%PDF-1.4')),
    ];
    const items = makeItems(files);
    const controller = new AbortController();
    const last = new Map<string, BatchState>();
    await runBatch(items, files, {
      parse: async () => {
        controller.abort();
        throw new Error('Reading the PDF was cancelled.');
      },
      store: async () => ({ candidateId: 'x', merged: false, name: null }),
      update: (key, state) => last.set(key, state),
      signal: controller.signal,
    });
    expect([...last.values()].map((s) => s.kind)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('refuseReason and fileUrl', () => {
  it('refuses empty and oversized files before reading them', () => {
    expect(refuseReason(0)).toBe('The file is empty.');
    expect(refuseReason(30 * 1024 * 1024)).toMatch(
      /31,457,280 bytes \(30 MiB\).*20,971,520 bytes \(20 MiB\)/,
    );
    // Just over the limit never reads as the limit itself.
    expect(refuseReason(21_000_880)).toContain('21,000,880 bytes (20.03 MiB)');
    expect(refuseReason(200_000)).toBeNull();
  });

  it('stores a dropped file under file:///<name>', () => {
    expect(fileUrl('Jane Doe CV.pdf')).toBe('file:///Jane Doe CV.pdf');
    expect(fileUrl('a/b.pdf')).toBe('file:///a%2Fb.pdf');
  });

  it('counts progress within the file being read', () => {
    const items = makeItems([file('a.pdf', new Uint8Array(1)), file('b.pdf', new Uint8Array(1))]);
    items[0]!.state = { kind: 'done', candidateId: 'x', merged: true, name: null };
    items[1]!.state = { kind: 'reading', page: 1, pages: 2 };
    expect(batchProgress(items)).toBeCloseTo((1 + 0.45) / 2);
  });
});
