import { Readability } from '@mozilla/readability';
import { DOCUMENT_LIMITS } from '../../document/limits';

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
  let root: Element = body;
  for (;;) {
    const next = Array.from(root.children).find((child) => {
      if (!WRAPPERS.has(child.tagName.toUpperCase())) return false;
      // Each textContent read walks the element's whole subtree: read once, for the length and the words.
      const text = child.textContent ?? '';
      return text.length >= minLength && coverage(text, wanted) >= MIN_COVERAGE;
    });
    if (!next) break;
    root = next;
  }
  return { root, usedReadability: true };
}
