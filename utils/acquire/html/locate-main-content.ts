import { Readability } from '@mozilla/readability';

/** Below this share of the page's text, Readability is taken to have missed the CV (cards, letterheads). */
const MIN_KEPT_SHARE = 0.5;
/** The content root must hold this share of the words Readability kept. */
const MIN_COVERAGE = 0.9;

/** Elements that only wrap content; the walk never starts inside a heading, list or table. */
const WRAPPERS = new Set(['DIV', 'MAIN', 'ARTICLE', 'SECTION', 'TD', 'CENTER', 'FORM']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

function coverage(el: Element, wanted: Set<string>): number {
  if (wanted.size === 0) return 0;
  const have = new Set(wordsOf(el.textContent ?? ''));
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
  try {
    const clone = page.cloneNode(true) as Document;
    kept = new Readability(clone, { charThreshold: 100 }).parse()?.textContent ?? '';
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
    const next = Array.from(root.children).find(
      (child) =>
        WRAPPERS.has(child.tagName.toUpperCase()) &&
        (child.textContent ?? '').length >= minLength &&
        coverage(child, wanted) >= MIN_COVERAGE,
    );
    if (!next) break;
    root = next;
  }
  return { root, usedReadability: true };
}
