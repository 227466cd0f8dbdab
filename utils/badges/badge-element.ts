import { safeHref } from '../document/safe-href';
import { verdictLabel } from '../scholar/labels';
import type { BadgeItem } from './types';

export const HOST_TAG = 'cvlens-badge';

/** Styles live in the shadow root, so the page's CSS neither reaches in nor is reached. */
const STYLE = `
.b { font: 11px/1.5 system-ui, sans-serif; display: inline-flex; gap: 6px; align-items: baseline;
  padding: 0 6px; border-radius: 9px; border: 1px solid #c9ced6; background: #f4f6f9; color: #1d1f23;
  white-space: nowrap; vertical-align: baseline; }
.v { font-weight: 600; }
.ok .v { color: #1b7f3b; } .info .v { color: #00796b; } .warn .v { color: #8a5100; } .bad .v { color: #b3261e; } .muted .v { color: #5b616b; }
a { color: #1f5fbf; }
a:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .b { background: #2a2e35; border-color: #4a505a; color: #e8eaed; }
  .ok .v { color: #7fd39a; } .info .v { color: #4db6ac; } .warn .v { color: #f2c26b; } .bad .v { color: #f28b82; } .muted .v { color: #a3a9b3; }
  a { color: #8ab4f8; }
}`;

/** The host resets every inherited or page-set property; !important beats page rules on the tag. */
const HOST_STYLE =
  'all: initial !important; display: inline-block !important; margin: 0 0 0 0.4em !important; ' +
  'vertical-align: baseline !important; text-indent: 0 !important;';

export function doiHref(doi: string | null): string | null {
  if (!doi) return null;
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? safeHref(`https://doi.org/${bare}`) : null;
}

/** The badge's words, also its accessible name: "Verified · 120 citations · NeurIPS 2020". */
export function badgeSummary(item: BadgeItem): string {
  const verdict = verdictLabel(item.verdict);
  const parts = [verdict.text];
  const byline = item.recordAuthors ?? [];
  if (item.verdict === 'authorship-differs' && byline.length > 0)
    parts.push(`record by ${byline.join(', ')}`);
  if (item.citations !== null) parts.push(`${item.citations} citation${item.citations === 1 ? '' : 's'}`);
  const record = [item.venue, item.year].filter((p) => p !== null && p !== '').join(' ');
  if (record && item.verdict !== 'not-found' && item.verdict !== 'unchecked') parts.push(`record: ${record}`);
  return parts.join(' · ');
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** A badge host with an open shadow root, built from text nodes only (API data is never HTML). */
export function createBadge(doc: Document, item: BadgeItem): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-cvlens', 'badge');
  host.setAttribute('data-verdict', item.verdict ?? 'unchecked');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const verdict = verdictLabel(item.verdict);
  const badge = doc.createElement('span');
  badge.className = `b ${verdict.tone}`;
  badge.setAttribute('role', 'note');
  badge.setAttribute('aria-label', `CV Lens: ${badgeSummary(item)}`);
  badge.title = `CV Lens: ${badgeSummary(item)}`;
  badge.append(span(doc, 'v', `${verdict.icon} ${verdict.text}`));
  const byline = item.recordAuthors ?? [];
  if (item.verdict === 'authorship-differs' && byline.length > 0)
    badge.append(span(doc, 'r', `by ${byline[0]}${byline.length > 1 ? ' et al.' : ''}`));
  if (item.citations !== null) badge.append(span(doc, 'c', `${item.citations} cit.`));
  const record = [item.venue, item.year].filter((p) => p !== null && p !== '').join(' ');
  if (record && item.verdict !== 'not-found' && item.verdict !== 'unchecked')
    badge.append(span(doc, 'r', record));
  const href = doiHref(item.doi) ?? safeHref(item.url);
  if (href) {
    const link = doc.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = doiHref(item.doi) ? 'DOI' : 'Record';
    badge.append(link);
  }
  root.append(style, badge);
  return host;
}
