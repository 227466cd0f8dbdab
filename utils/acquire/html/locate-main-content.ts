import { Readability } from '@mozilla/readability';
import { DOCUMENT_LIMITS } from '../../document/limits';
import { comparisonKey } from '../../document/normalize-text';
import { wordingKind } from '../../lexicon/section-headings';

/** Below this share of the page's text, Readability is taken to have missed the CV (cards, letterheads). */
const MIN_KEPT_SHARE = 0.5;
/** The content root must hold this share of the words Readability kept. */
const MIN_COVERAGE = 0.9;

/** Elements that only wrap content; the walk never starts inside a heading, list or table. */
const WRAPPERS = new Set(['DIV', 'MAIN', 'ARTICLE', 'SECTION', 'TD', 'CENTER', 'FORM']);

/**
 * Readability scans each element's descendants, so its time grows with the square of nesting and worse
 * (1,000 nested divs took 18 s under linkedom). Past the nesting limit, or when the sum of squared element
 * depths passes this, it is not run and the body is walked instead.
 */
const MAX_NESTING_COST = 50_000_000;

/** Whether Readability would be too slow on this tree; an iterative walk, so depth cannot overflow it. */
function tooDeepForReadability(body: Element): boolean {
  const stack: [Element, number][] = [[body, 0]];
  let cost = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    cost += depth * depth;
    if (depth > DOCUMENT_LIMITS.maxNesting || cost > MAX_NESTING_COST) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Sections Readability drops for not being prose: a faculty page's Education and Appointments lists
 * sit beside the biography it keeps. A sibling headed as one of these keeps the walk above it.
 */
const KEPT_SECTION_KINDS = new Set(['education', 'positions']);
/** A heading names a section in a few words; a longer one is a title or a sentence. */
const MAX_HEADING_WORDS = 6;

/** The kind the lexicon gives a heading of a few words, if any. */
function headingKind(text: string): string | null {
  const key = comparisonKey(text);
  if (!key || key.split(' ').length > MAX_HEADING_WORDS) return null;
  return wordingKind(key);
}

/** The page's headings that name a section Readability tends to drop, found once for the whole walk. */
function keptSectionHeadings(body: Element): Element[] {
  return Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) =>
    KEPT_SECTION_KINDS.has(headingKind(h.textContent ?? '') ?? ''),
  );
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/** The share of `wanted` among the words of `text` (an element's text content). */
function coverage(text: string, wanted: Set<string>): number {
  if (wanted.size === 0) return 0;
  const have = new Set(wordsOf(text));
  let hit = 0;
  for (const w of wanted) if (have.has(w)) hit++;
  return hit / wanted.size;
}

/**
 * Whether Readability's verdict could move the walk below the body. The walk steps into a wrapper
 * child only if that child holds at least MIN_COVERAGE * 0.8 of a kept text that is itself at least
 * MIN_KEPT_SHARE of the page's: a page with no such child (a layout table under the body, as jemdoc
 * writes, or many short blocks) is walked from the body whatever Readability keeps, so Readability,
 * the costliest step of reading a page, is not run for it. The bound is computed as the walk's own
 * length test is, so rounding cannot part them.
 */
function mayLeaveBody(body: Element, bodyLength: number): boolean {
  const shortest = MIN_KEPT_SHARE * bodyLength * MIN_COVERAGE * 0.8;
  return Array.from(body.children).some(
    (child) => WRAPPERS.has(child.tagName.toUpperCase()) && (child.textContent ?? '').length >= shortest,
  );
}

/**
 * The element of the (cleaned) page that holds the main content. Readability decides what the main
 * content is, but it flattens the structure a CV needs (rows, cells, definition lists, its profile
 * card), so its verdict is mapped back to the deepest page element containing what it kept, and that
 * element is walked instead. When Readability keeps too little of the page, the whole body is used.
 */
export function locateMainContent(page: Document): { root: Element; usedReadability: boolean } {
  const body = page.body;
  const bodyText = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  let kept = '';
  if (tooDeepForReadability(body)) return { root: body, usedReadability: false };
  if (!mayLeaveBody(body, bodyText.length)) return { root: body, usedReadability: false };
  try {
    const clone = page.cloneNode(true) as Document;
    // Only the kept text is read: the serializer that would write the kept HTML out does nothing.
    kept = new Readability(clone, { charThreshold: 100, serializer: () => '' }).parse()?.textContent ?? '';
  } catch {
    // Readability throws on some odd documents; the body is then the content.
  }
  const keptText = kept.replace(/\s+/g, ' ').trim();
  if (keptText.length < MIN_KEPT_SHARE * bodyText.length) return { root: body, usedReadability: false };
  const wanted = new Set(wordsOf(keptText));
  // A child shorter than most of the kept text cannot hold it; the length test spares the word count.
  const minLength = keptText.length * MIN_COVERAGE * 0.8;
  const keptHeadings = keptSectionHeadings(body);
  let root: Element = body;
  for (;;) {
    const next = Array.from(root.children).find((child) => {
      if (!WRAPPERS.has(child.tagName.toUpperCase())) return false;
      // Each textContent read walks the element's whole subtree: read once, for the length and the words.
      const text = child.textContent ?? '';
      return text.length >= minLength && coverage(text, wanted) >= MIN_COVERAGE;
    });
    if (!next) break;
    // Such a heading beside the child that holds the kept text keeps the walk above both.
    if (keptHeadings.some((h) => root.contains(h) && !next.contains(h))) break;
    root = next;
  }
  return { root, usedReadability: true };
}
