import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendRequest, subscribeToEvents } from '../../../utils/extension/messaging';
import type { CandidateSummary } from '../../../utils/messages/types';
import { indexRows, searchWords, type IndexedRow } from '../logic/list-view';

export interface CandidateListState {
  rows: CandidateSummary[];
  indexed: IndexedRow[];
  loading: boolean;
  error: string | null;
  /** Ids the background matched by publication title for the current search, once it answered. */
  titleMatches: ReadonlySet<string> | null;
}

/**
 * Every candidate's summary, fetched once and again when the store changes; the view filters
 * and sorts them locally so typing in the search box never waits for a message round trip.
 */
export function useCandidateList(search: string): CandidateListState {
  const [rows, setRows] = useState<CandidateSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [titleMatches, setTitleMatches] = useState<ReadonlySet<string> | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribeToEvents((event) => {
      if (event.type !== 'candidates-changed') return;
      // A batch of PDFs sends one event per file: refetch once per burst.
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 150);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    let live = true;
    void sendRequest({ type: 'list-candidates', options: {} }).then((reply) => {
      if (!live) return;
      setLoading(false);
      if (reply.ok) {
        setRows(reply.value);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const query = searchWords(search).join(' ');
  useEffect(() => {
    setTitleMatches(null);
    if (query === '') return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void sendRequest({ type: 'list-candidates', options: { search: query } }).then((reply) => {
        if (live && reply.ok) setTitleMatches(new Set(reply.value.map((r) => r.id)));
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, version]);

  const indexed = useMemo(() => indexRows(rows), [rows]);
  return { rows, indexed, loading, error, titleMatches };
}
