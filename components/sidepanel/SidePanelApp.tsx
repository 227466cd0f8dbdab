import { useEffect, useState } from 'preact/hooks';
import { BatchView } from './BatchView';
import { CandidateList } from './CandidateList';
import { CandidateView } from './CandidateView';
import { CompareView } from './CompareView';
import { DataView } from './DataView';
import { useFollowedTab } from './hooks/useFollowedTab';
import { DEFAULT_QUERY, toggleSelection, type ListQuery } from './logic/list-view';
import { useReadTab } from './useReadTab';
import './sidepanel.css';

type View =
  | { kind: 'list' }
  | { kind: 'candidate'; id: string; fromTab: boolean }
  | { kind: 'compare' }
  | { kind: 'batch' }
  | { kind: 'data' };

const STAGE_TEXT = {
  injecting: 'Reading the page…',
  'reading-pdf': 'Reading the PDF…',
  parsing: 'Finding the CV’s sections…',
  'looking-up': 'Looking up scholarly records…',
  done: 'Done',
} as const;

const READABLE = /^(https?|file):/;

/**
 * Without the "tabs" permission the browser hides the URL of pages CV Lens was not invoked on,
 * so an unknown URL may still be a CV: offer to read it, and let the background say if it cannot.
 */
function mayBeReadable(url: string | null): boolean {
  return url === null || READABLE.test(url);
}

/**
 * The side panel: follows the active tab (its candidate when the page was read, the list
 * elsewhere), and holds the list, review, comparison, PDF batch and export views. Tab switches
 * move the panel only between the list and a candidate: a batch or a comparison in progress
 * is never taken away from the reviewer.
 */
export function SidePanelApp() {
  const followed = useFollowedTab();
  const reader = useReadTab();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<string[]>([]);
  const tabCandidate = followed.analysis?.candidateId ?? null;

  useEffect(() => {
    setView((v) => {
      if (v.kind !== 'list' && v.kind !== 'candidate') return v;
      if (tabCandidate) return { kind: 'candidate', id: tabCandidate, fromTab: true };
      return v.kind === 'candidate' && v.fromTab ? { kind: 'list' } : v;
    });
  }, [tabCandidate, followed.switchCount]);

  const open = (id: string) => setView({ kind: 'candidate', id, fromTab: id === tabCandidate });
  const tab = followed.tab;
  const unread = tab !== null && followed.analysis === null && mayBeReadable(tab.url);

  const nav: { kind: 'list' | 'batch' | 'data'; label: string }[] = [
    { kind: 'list', label: 'Candidates' },
    { kind: 'batch', label: 'Add PDFs' },
    { kind: 'data', label: 'Export / import' },
  ];

  return (
    <div class="panel" data-view={view.kind}>
      <header class="panel-head">
        <nav aria-label="Side panel">
          {nav.map((item) => (
            <button
              key={item.kind}
              type="button"
              class="nav-item"
              aria-current={
                view.kind === item.kind || (item.kind === 'list' && view.kind === 'candidate')
                  ? 'page'
                  : undefined
              }
              onClick={() => setView({ kind: item.kind })}
            >
              {item.label}
            </button>
          ))}
          <a
            class="nav-item settings"
            href="options.html"
            target="_blank"
            rel="noopener"
            aria-label="Options"
          >
            ⚙
          </a>
        </nav>
        {followed.stage !== null && (
          <p class="tab-note" role="status" data-testid="tab-stage">
            This tab: {STAGE_TEXT[followed.stage]}
          </p>
        )}
        {followed.stage === null && unread && (view.kind === 'list' || view.kind === 'candidate') && (
          <div class="tab-note" data-testid="tab-unread">
            <span class="truncate">
              Not read yet: <span class="muted">{tab.title || tab.url || 'this tab'}</span>
            </span>
            <button type="button" disabled={reader.busy} onClick={() => void reader.read(tab.id)}>
              {reader.busy ? 'Reading…' : 'Read this tab'}
            </button>
          </div>
        )}
        {reader.error && (
          <p role="alert" class="error tab-note">
            {reader.error}
          </p>
        )}
      </header>
      <main class="panel-body">
        {view.kind === 'list' && (
          <CandidateList
            query={query}
            onQuery={setQuery}
            selected={selected}
            onToggleSelected={(id) => setSelected((s) => toggleSelection(s, id))}
            onOpen={open}
            onCompare={() => setView({ kind: 'compare' })}
            onClearSelection={() => setSelected([])}
          />
        )}
        {view.kind === 'candidate' && (
          <CandidateView
            key={view.id}
            id={view.id}
            followedTitle={view.fromTab ? (tab?.title ?? '') : null}
            inCompare={selected.includes(view.id)}
            onToggleCompare={() => setSelected((s) => toggleSelection(s, view.id))}
            onBack={() => setView({ kind: 'list' })}
            onDeleted={() => {
              setSelected((s) => s.filter((x) => x !== view.id));
              setView({ kind: 'list' });
            }}
          />
        )}
        {view.kind === 'compare' && (
          <CompareView
            ids={selected}
            onBack={() => setView({ kind: 'list' })}
            onOpen={open}
            onRemove={(id) => setSelected((s) => s.filter((x) => x !== id))}
          />
        )}
        {view.kind === 'batch' && <BatchView onOpen={open} />}
        {view.kind === 'data' && <DataView />}
      </main>
    </div>
  );
}
