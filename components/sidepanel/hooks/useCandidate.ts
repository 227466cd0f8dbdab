import { useEffect, useState } from 'preact/hooks';
import { sendRequest, subscribeToEvents } from '../../../utils/extension/messaging';
import type { CandidateRecord } from '../../../utils/store/types';

export type CandidateLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; record: CandidateRecord };

/** One candidate's record, kept fresh when the store reports it changed (a merge, an import). */
export function useCandidate(id: string): [CandidateLoad, (record: CandidateRecord) => void] {
  const [load, setLoad] = useState<CandidateLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'candidates-changed' && (event.ids.length === 0 || event.ids.includes(id))) {
          setVersion((v) => v + 1);
        }
      }),
    [id],
  );

  useEffect(() => {
    let live = true;
    void sendRequest({ type: 'get-candidate', id }).then((reply) => {
      if (!live) return;
      if (!reply.ok) setLoad({ state: 'failed', error: reply.error });
      else setLoad(reply.value ? { state: 'ready', record: reply.value } : { state: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [id, version]);

  return [load, (record) => setLoad({ state: 'ready', record })];
}
