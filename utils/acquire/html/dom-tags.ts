/** Tag classes the HTML walker relies on (upper-case, as Element.tagName gives them in HTML). */

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never CV text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'MAP',
  'META',
  'LINK',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const BOLD_TAGS = new Set(['B', 'STRONG']);
export const ITALIC_TAGS = new Set(['I', 'EM', 'CITE', 'DFN', 'VAR']);

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** A tab's panel ("tab-publications-content", role="tabpanel"): hidden only until its tab is clicked. */
const TAB_PANEL_NAME = /(?:^|[-_\s])(?:tab|tabs|tabpanel|tab-pane)(?:[-_\s]|$)/i;

function isTabPanel(el: Element): boolean {
  if (el.getAttribute('role') === 'tabpanel') return true;
  return (
    TAB_PANEL_NAME.test(el.getAttribute('id') ?? '') || TAB_PANEL_NAME.test(el.getAttribute('class') ?? '')
  );
}

/**
 * The utility classes that mean display:none in Bootstrap, Tailwind and the themes built on them
 * (al-folio keeps each publication's abstract and BibTeX in a "hidden" block). With a class that
 * shows the element again at some screen width ("hidden md:block", "d-none d-lg-flex") it is shown.
 */
const HIDING_CLASSES = new Set(['hidden', 'd-none']);
const SHOWN_AT_WIDTH = /^(?:(?:sm|md|lg|xl|2xl):(?!hidden)|d-(?:sm|md|lg|xl|xxl)-(?!none))/;

function hiddenByClass(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  return classes.some((c) => HIDING_CLASSES.has(c)) && !classes.some((c) => SHOWN_AT_WIDTH.test(c));
}

/**
 * Hidden by attribute, inline style or a hiding utility class; stylesheets are not consulted so that
 * Node and browser agree. A tab panel is read though hidden: a CV page split into tabs shows one at
 * a time, and the reviewer wants them all.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return !isTabPanel(el);
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  const hidden = style.includes('display:none') || style.includes('visibility:hidden') || hiddenByClass(el);
  return hidden && !isTabPanel(el);
}

/** The walker asks this of the same elements again and again; answers are kept per element. */
const blockDescendantMemo = new WeakMap<Element, boolean>();

/**
 * Whether any element below `el` (outside skipped elements) is a block. Iterative, since a hostile
 * page may nest thousands of elements; when nothing is found, every element visited is known to have
 * no block below it either, which keeps repeated questions on one deep inline chain linear.
 */
export function hasBlockDescendant(el: Element): boolean {
  const known = blockDescendantMemo.get(el);
  if (known !== undefined) return known;
  const visited: Element[] = [];
  const stack: Element[] = [el];
  let found = false;
  while (stack.length > 0 && !found) {
    const current = stack.pop()!;
    const memo = current === el ? undefined : blockDescendantMemo.get(current);
    if (memo === false) continue;
    if (memo === true) {
      found = true;
      break;
    }
    visited.push(current);
    for (const child of Array.from(current.children)) {
      if (SKIPPED_TAGS.has(tagOf(child))) continue;
      if (isBlock(child)) found = true;
      else stack.push(child);
    }
  }
  if (!found) for (const v of visited) blockDescendantMemo.set(v, false);
  blockDescendantMemo.set(el, found);
  return found;
}

/** The class and id tokens of an element, lower-case. */
export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean);
}

/**
 * An attribute by name. Browsers lower-case HTML attribute names; linkedom keeps them as written
 * (old pages write HREF), so the upper-case spelling is tried too.
 */
export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name) ?? el.getAttribute(name.toUpperCase());
}
