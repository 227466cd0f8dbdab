import { DEFAULT_MAX_BYTES } from '../../../utils/acquire/pdf/acquire-pdf';
import { sizeText } from '../../../utils/schema/size-text';

/** The files dropped on the panel, each parsed and stored in turn. */
export type BatchState =
  | { kind: 'waiting' }
  | { kind: 'reading'; page: number; pages: number }
  | { kind: 'storing' }
  | { kind: 'done'; candidateId: string; name: string | null; merged: boolean }
  | { kind: 'failed'; reason: string }
  | { kind: 'cancelled' };

export interface BatchItem {
  key: string;
  name: string;
  size: number;
  state: BatchState;
}

/** What a picked or dropped file offers the batch (a File satisfies it). */
export interface BatchFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface BatchDeps<D> {
  parse: (
    bytes: Uint8Array,
    url: string,
    onProgress: (page: number, pages: number) => void,
    signal: AbortSignal,
  ) => Promise<D>;
  store: (document: D, url: string) => Promise<{ candidateId: string; merged: boolean; name: string | null }>;
  update: (key: string, state: BatchState) => void;
  signal: AbortSignal;
}

/**
 * Why a file is refused before its bytes are read, or null: acquirePdf's own size limit, checked
 * first so that a huge file is never read into memory. Whether the bytes are a PDF is acquirePdf's
 * to say (it looks for the header), with its own wording.
 */
export function refuseReason(size: number, maxBytes = DEFAULT_MAX_BYTES): string | null {
  if (size === 0) return 'The file is empty.';
  if (size > maxBytes) {
    return `This file is ${sizeText(size)}; CV Lens reads PDFs of up to ${sizeText(maxBytes)}.`;
  }
  return null;
}

/** The file:// URL a dropped file is stored under: its name, as the brief of the store expects. */
export function fileUrl(name: string): string {
  return `file:///${encodeURIComponent(name).replace(/%20/g, ' ')}`;
}

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'The file could not be read.';
}

let counter = 0;
export function makeItems(files: readonly BatchFile[]): BatchItem[] {
  return files.map((file) => ({
    key: `f${++counter}`,
    name: file.name,
    size: file.size,
    state: { kind: 'waiting' },
  }));
}

/**
 * Parses and stores each file in turn. One at a time: pdf.js already uses a worker, and parallel
 * parses would only compete for it while making the progress harder to read. A failure is
 * recorded and the batch goes on; a cancel marks what is left.
 */
export async function runBatch<D>(
  items: readonly BatchItem[],
  files: readonly BatchFile[],
  deps: BatchDeps<D>,
): Promise<void> {
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const file = files[i]!;
    if (deps.signal.aborted) {
      deps.update(item.key, { kind: 'cancelled' });
      continue;
    }
    try {
      const refused = refuseReason(file.size);
      if (refused) throw new Error(refused);
      const bytes = new Uint8Array(await file.arrayBuffer());
      deps.update(item.key, { kind: 'reading', page: 0, pages: 0 });
      const url = fileUrl(file.name);
      const document = await deps.parse(
        bytes,
        url,
        (page, pages) => deps.update(item.key, { kind: 'reading', page, pages }),
        deps.signal,
      );
      deps.update(item.key, { kind: 'storing' });
      const stored = await deps.store(document, url);
      deps.update(item.key, { kind: 'done', ...stored });
    } catch (error) {
      deps.update(
        item.key,
        deps.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', reason: describeError(error) },
      );
    }
  }
}

export function batchCounts(items: readonly BatchItem[]): {
  total: number;
  done: number;
  failed: number;
  finished: number;
} {
  const done = items.filter((i) => i.state.kind === 'done').length;
  const failed = items.filter((i) => i.state.kind === 'failed').length;
  const finished = items.filter((i) => ['done', 'failed', 'cancelled'].includes(i.state.kind)).length;
  return { total: items.length, done, failed, finished };
}

/** 0–1 over the whole batch, counting the pages read of the file in progress. */
export function batchProgress(items: readonly BatchItem[]): number {
  if (items.length === 0) return 0;
  let sum = 0;
  for (const { state } of items) {
    if (state.kind === 'done' || state.kind === 'failed' || state.kind === 'cancelled') sum += 1;
    else if (state.kind === 'storing') sum += 0.9;
    else if (state.kind === 'reading' && state.pages > 0) sum += 0.9 * (state.page / state.pages);
  }
  return sum / items.length;
}
