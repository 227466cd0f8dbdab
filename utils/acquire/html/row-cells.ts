import { hasBlockDescendant, isBlock, nameTokens } from './dom-tags';
import { ONGOING_WORD } from '../../lexicon/ongoing';
import { MODERN_YEAR } from '../../lexicon/year';

/** A year, a word of a range still running ("– present", "– heute") or a "03/2019" date. */
const DATE_LIKE = new RegExp(
  `\\b${MODERN_YEAR}\\b|(?<![\\p{L}])${ONGOING_WORD}(?![\\p{L}])|\\b\\d{1,2}/\\d{2,4}\\b`,
  'iu',
);
const COLUMN_CLASS = /(date|year|time|period|when|duration|location|place|right|meta)/;

/** A row is short: a block with more text than this is read as a container. */
const MAX_ROW_TEXT = 500;

/**
 * Whether an element's text (its textContent) is longer than `limit`, its text nodes read in order
 * only until it is.
 */
function textLongerThan(el: Element, limit: number): boolean {
  let length = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      length += (node.textContent ?? '').length;
      if (length > limit) return true;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return false;
}

/**
 * Whether a block whose children are separate blocks is laid out as one row (a flex or grid entry:
 * the title at the left, the dates at the right). Stylesheets are not available in Node, so the row is
 * recognised by its shape: a few inline-only children, short in total, one of the later ones holding a
 * date (the only dated one) or carrying a date/location class.
 */
export function isCellRow(el: Element): boolean {
  // Every test must hold, so the cheap ones go first: the walk asks this of every container on its
  // way down, and reading each child's whole text there read a deep page's text once per level.
  const children = Array.from(el.children);
  if (children.length < 2 || textLongerThan(el, MAX_ROW_TEXT)) return false;
  const kids = children.filter((k) => (k.textContent ?? '').trim().length > 0);
  if (kids.length < 2 || kids.length > 4) return false;
  if (!kids.every((k) => isBlock(k) && !hasBlockDescendant(k))) return false;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return false;
  }
  const dated = kids.filter((k) => {
    const text = (k.textContent ?? '').trim();
    return text.length <= 80 && DATE_LIKE.test(text);
  });
  // A row has one date column: children each holding a date are entries stacked one under another.
  if (dated.length > 1) return false;
  return kids.slice(1).some((k) => dated.includes(k) || nameTokens(k).some((t) => COLUMN_CLASS.test(t)));
}
