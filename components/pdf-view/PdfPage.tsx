import { useEffect, useRef, useState } from 'preact/hooks';
import { drawPage, type DrawOptions } from './draw-page';

type Props = DrawOptions & { pages: number };

/** Pages this far outside the viewport are drawn ahead, so scrolling rarely meets a blank page. */
const AHEAD = '1200px 0px';

/**
 * One page: a placeholder of the page's size until it nears the viewport, then drawn once. Long
 * CVs stay responsive because only the pages the reviewer reaches are ever rendered.
 */
export function PdfPage(props: Props) {
  const { page, scale, pages } = props;
  const layers = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'waiting' | 'drawing' | 'done' | 'failed'>('waiting');

  useEffect(() => {
    const host = layers.current;
    if (!host) return undefined;
    let job: ReturnType<typeof drawPage> | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (job || !entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setState('drawing');
        job = drawPage(host, props);
        job.done.then(
          () => setState('done'),
          () => setState('failed'),
        );
      },
      { rootMargin: AHEAD },
    );
    observer.observe(host);
    return () => {
      observer.disconnect();
      job?.cancel();
    };
    // Drawn once per mount: the parent remounts the page (new key) when what it shows changes.
  }, []);

  return (
    <section
      class="pdf-page"
      data-page={page.number}
      data-state={state}
      aria-label={`Page ${page.number} of ${pages}`}
      aria-busy={state === 'drawing'}
      style={{
        width: `${page.width * scale}px`,
        height: `${page.height * scale}px`,
        '--total-scale-factor': String(scale),
      }}
    >
      {state === 'failed' && <p class="page-note">This page could not be drawn.</p>}
      <div class="layers" ref={layers} />
    </section>
  );
}
