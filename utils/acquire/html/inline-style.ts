import { attr, BOLD_TAGS, ITALIC_TAGS, nameTokens, tagOf } from './dom-tags';
import { resolveHref } from './resolve-href';

/** The style an inline element passes on to the text inside it. */
export interface InlineStyle {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

export const PLAIN_STYLE: InlineStyle = { bold: false, italic: false, href: null };

export function styleInside(el: Element, outer: InlineStyle, base: string | null): InlineStyle {
  const tag = tagOf(el);
  const css = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  const bold = outer.bold || BOLD_TAGS.has(tag) || /font-weight:(bold|[6-9]00)/.test(css);
  const italic = outer.italic || ITALIC_TAGS.has(tag) || css.includes('font-style:italic');
  const href = tag === 'A' ? (resolveHref(attr(el, 'href'), base) ?? outer.href) : outer.href;
  return { bold, italic, href };
}

/** Class words that mark an inline element as its own column: a date or place pushed to the right. */
const COLUMN_TOKEN =
  /^(date|dates|year|years|period|time|when|duration|location|place|right|pull-right|float-right)$/;

/** Whether an inline element sits apart from the text beside it (its own cell of the line). */
export function isInlineColumn(el: Element): boolean {
  const css = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (css.includes('float:right')) return true;
  return nameTokens(el).some((t) => COLUMN_TOKEN.test(t));
}
