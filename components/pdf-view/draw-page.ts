import { badgeSummary, createBadge } from '../../utils/badges/badge-element';
import { highlightNames } from '../../utils/badges/highlight';
import type { BadgeItem } from '../../utils/badges/types';
import { compactItem } from './logic/badge-text';
import type { BadgePlacement } from './logic/placement';
import type { ViewPage } from './load-view';
import { loadPdfJs } from '../../utils/extension/read-pdf';
import type { PDFDocumentProxy } from './pdfjs';

export interface PageBadge {
  placement: BadgePlacement;
  item: BadgeItem;
}

export interface DrawOptions {
  pdf: PDFDocumentProxy;
  page: ViewPage;
  scale: number;
  badges: PageBadge[];
  /** Text-layer indexes of this page's runs that belong to a publication entry. */
  marked: Set<number>;
  names: RegExp | null;
}

export interface DrawJob {
  done: Promise<void>;
  cancel: () => void;
}

const percent = (value: number, of: number): string => `${((100 * value) / of).toFixed(3)}%`;

/** A badge whose visible venue is shortened to fit the margin, while its name keeps the full record. */
function labelledBadge(item: BadgeItem): HTMLElement {
  const host = createBadge(document, compactItem(item));
  const badge = host.shadowRoot?.querySelector('.b');
  const label = `CV Lens: ${badgeSummary(item)}`;
  badge?.setAttribute('aria-label', label);
  badge?.setAttribute('title', label);
  return host;
}

/**
 * Draws one page into `host`: canvas, pdf.js text layer (selectable, read by screen readers),
 * then the badges. Plain DOM, because pdf.js builds its layer imperatively; badge positions are
 * percentages of the page, so they stay put whatever the scale.
 */
export function drawPage(host: HTMLElement, options: DrawOptions): DrawJob {
  const { pdf, page, scale, badges, marked, names } = options;
  let cancelled = false;
  let cancelTask: () => void = () => undefined;
  const done = (async (): Promise<void> => {
    const pdfjs = await loadPdfJs();
    const proxy = await pdf.getPage(page.number);
    if (cancelled) return;
    const viewport = proxy.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const textLayer = document.createElement('div');
    textLayer.className = 'textLayer';
    const badgeLayer = document.createElement('div');
    badgeLayer.className = 'badge-layer';
    host.append(canvas, textLayer, badgeLayer);

    const render = proxy.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    });
    const text = new pdfjs.TextLayer({ textContentSource: page.text, container: textLayer, viewport });
    cancelTask = () => {
      render.cancel();
      text.cancel();
    };
    await text.render();
    for (const index of marked) {
      const node = text.textDivs[index]?.firstChild;
      if (node && node.nodeType === Node.TEXT_NODE) highlightNames(node as Text, names);
    }
    for (const { placement, item } of badges) {
      const slot = document.createElement('div');
      slot.className = 'pdf-badge';
      slot.style.left = percent(placement.left, page.width);
      slot.style.top = percent(placement.middle, page.height);
      slot.append(labelledBadge(item));
      badgeLayer.append(slot);
    }
    await render.promise;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelTask();
    },
  };
}
