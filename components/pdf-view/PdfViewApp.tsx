import { useEffect, useMemo, useState } from 'preact/hooks';
import { namePattern } from '../../utils/badges/text-match';
import type { PageBadge } from './draw-page';
import { errorMessage, loadView, type LoadedView, type LoadStage } from './load-view';
import { fileNameOf, parseViewParams } from './logic/view-params';
import { PdfPage } from './PdfPage';
import { Toolbar } from './Toolbar';

type ViewState =
  | { view: 'loading'; stage: LoadStage }
  | { view: 'failed'; message: string }
  | { view: 'ready'; data: LoadedView };

const STAGE_TEXT: Record<LoadStage, string> = {
  reading: 'Reading the PDF…',
  analysing: 'Fetching the analysis…',
  'laying-out': 'Finding the publications on the pages…',
};

/** Room to the right of each page for badges beside full-width lines. */
const GUTTER = 320;

/** Pages as wide as the window allows (minus the gutter), within readable bounds. */
function fitScale(pageWidth: number): number {
  const room = Math.min(window.innerWidth, 1600) - 48 - GUTTER;
  return Math.min(1.5, Math.max(0.75, room / pageWidth));
}

function Pages({ data }: { data: LoadedView }) {
  const { pages, placements, items } = data;
  const scale = fitScale(Math.max(...pages.map((p) => p.width)));
  const perPage = useMemo(() => {
    const names = namePattern(items[0]?.variantNames ?? []);
    return pages.map((page) => {
      const badges: PageBadge[] = [];
      const marked = new Set<number>();
      for (const placement of placements) {
        const item = items[placement.item];
        if (item && placement.page === page.number) badges.push({ placement, item });
        for (const run of placement.runs) if (run.page === page.number) marked.add(run.index);
      }
      return { page, badges, marked, names };
    });
  }, [data]);
  return (
    <div class="pages" style={{ '--gutter': `${GUTTER}px` }}>
      {perPage.map(({ page, badges, marked, names }) => (
        <PdfPage
          key={page.number}
          pdf={data.pdf}
          page={page}
          pages={pages.length}
          scale={scale}
          badges={badges}
          marked={marked}
          names={names}
        />
      ))}
    </div>
  );
}

export function PdfViewApp() {
  const params = useMemo(() => parseViewParams(location.search), []);
  const [state, setState] = useState<ViewState>(
    params
      ? { view: 'loading', stage: 'reading' }
      : {
          view: 'failed',
          message: 'This page was opened without a PDF to show. Open it from the CV Lens popup.',
        },
  );
  const [visible, setVisible] = useState(true);

  useEffect(() => {
    if (!params) return;
    loadView(params.tabId, params.url, (stage) => setState({ view: 'loading', stage })).then(
      (data) => setState({ view: 'ready', data }),
      (error: unknown) => setState({ view: 'failed', message: errorMessage(error) }),
    );
  }, [params]);

  const fileName = params ? fileNameOf(params.url) : 'CV Lens';
  useEffect(() => {
    document.title = `${fileName} — CV Lens`;
  }, [fileName]);

  return (
    <main class={`pdf-view${visible ? '' : ' badges-hidden'}`} data-state={state.view}>
      {state.view === 'ready' && (
        <Toolbar
          fileName={fileName}
          items={state.data.items}
          placed={state.data.placements.length}
          visible={visible}
          onToggle={() => setVisible(!visible)}
        />
      )}
      {state.view === 'loading' && (
        <p class="notice" role="status" aria-live="polite">
          {STAGE_TEXT[state.stage]}
        </p>
      )}
      {state.view === 'failed' && (
        <div class="notice error" role="alert" data-testid="pdf-view-error">
          <h1>{fileName}</h1>
          <p>{state.message}</p>
        </div>
      )}
      {state.view === 'ready' && <Pages data={state.data} />}
    </main>
  );
}
