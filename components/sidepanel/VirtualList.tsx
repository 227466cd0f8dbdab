import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextIndex, revealRow, windowRange } from './logic/windowing';

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  getKey: (item: T) => string;
  /** `tabIndex` is 0 for the one row in the tab order (roving focus), -1 for the others. */
  renderRow: (item: T, index: number, tabIndex: number) => ComponentChildren;
  overscan?: number;
}

/**
 * A list that renders only the rows in view (plus a few), so thousands of candidates scroll
 * and filter without building thousands of nodes. Rows have one fixed height, which keeps the
 * window a division. Arrow keys, Page Up/Down, Home and End move the focus between rows.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  label,
  getKey,
  renderRow,
  overscan = 6,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    setViewport(element.clientHeight || 480);
    // Absent where the list is rendered outside a browser (the bench renders it in linkedom).
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 480));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter can leave the roving index past the end.
  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [items.length, active]);

  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    focusAfterRender.current = null;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-row-focus]`)?.focus();
  });

  const range = windowRange({
    scrollTop,
    viewportHeight: viewport,
    rowHeight,
    count: items.length,
    overscan,
  });
  // The list stays in the tab order even when the focused row has scrolled out of the window.
  const tabbable = active >= range.start && active < range.end ? active : range.start;

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (!target?.hasAttribute('data-row-focus')) return;
    const index = nextIndex(event.key, active, items.length, Math.floor(viewport / rowHeight) - 1);
    if (index === null) return;
    event.preventDefault();
    const element = scroller.current;
    if (element) {
      const top = revealRow(index, element.scrollTop, viewport, rowHeight);
      element.scrollTop = top;
      setScrollTop(top);
    }
    setActive(index);
    focusAfterRender.current = index;
  };

  return (
    <div
      class="vlist"
      ref={scroller}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        if (row) setActive(Number(row.dataset.index));
      }}
    >
      <ul role="list" aria-label={label} class="vlist-body" style={{ height: `${range.totalHeight}px` }}>
        {items.slice(range.start, range.end).map((item, offset) => {
          const index = range.start + offset;
          return (
            <li
              key={getKey(item)}
              data-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              class="vlist-row"
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
            >
              {renderRow(item, index, index === tabbable ? 0 : -1)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
