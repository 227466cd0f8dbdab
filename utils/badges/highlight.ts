import { nameSpans } from './text-match';

export const MARK_ATTRIBUTE = 'data-cvlens-mark';

/** A page Text node replaced by pieces with <mark>s; putting `original` back restores it exactly. */
export interface Highlight {
  original: Text;
  parts: Node[];
}

/** Wraps the names `pattern` finds in one Text node; null when it holds none. */
export function highlightNames(text: Text, pattern: RegExp | null): Highlight | null {
  const spans = nameSpans(text.data, pattern);
  const parent = text.parentNode;
  if (!spans.length || !parent) return null;
  const doc = text.ownerDocument;
  const parts: Node[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) parts.push(doc.createTextNode(text.data.slice(at, start)));
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, 'variant');
    mark.setAttribute('title', 'CV Lens: another name of this candidate');
    mark.textContent = text.data.slice(start, end);
    parts.push(mark);
    at = end;
  }
  if (at < text.data.length) parts.push(doc.createTextNode(text.data.slice(at)));
  for (const part of parts) parent.insertBefore(part, text);
  parent.removeChild(text);
  return { original: text, parts };
}

/** Puts the original Text node back where its pieces are. */
export function restoreHighlight({ original, parts }: Highlight): void {
  const first = parts.find((part) => part.parentNode);
  if (!first?.parentNode) return;
  first.parentNode.insertBefore(original, first);
  for (const part of parts) part.parentNode?.removeChild(part);
}

/**
 * Fallback when the record of highlights is lost (the script's world restarted): unwrap each
 * mark and join it with neighbouring text, which gives back the same text content.
 */
export function unwrapStrayMarks(root: ParentNode): void {
  for (const mark of [...root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)]) {
    const text = mark.ownerDocument.createTextNode(mark.textContent ?? '');
    mark.replaceWith(text);
    const previous = text.previousSibling;
    if (previous && previous.nodeType === 3) {
      (previous as Text).data += text.data;
      text.remove();
      const next = previous.nextSibling;
      if (next && next.nodeType === 3) {
        (previous as Text).data += (next as Text).data;
        next.remove();
      }
    } else {
      const next = text.nextSibling;
      if (next && next.nodeType === 3) {
        text.data += (next as Text).data;
        next.remove();
      }
    }
  }
}
