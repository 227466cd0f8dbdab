import { attr } from './dom-tags';
import { resolveHref } from './resolve-href';

/** Links that identify a person wherever they sit on the page (a sidebar profile card, a header). */
const IDENTITY_LINK =
  /^mailto:|scholar\.google\.|orcid\.org|dblp\.|semanticscholar\.org|researchgate\.net|github\.com|gitlab\.com|linkedin\.com|openreview\.net|twitter\.com|\/\/x\.com|bsky\.app|mathgenealogy|arxiv\.org\/a\//i;

/**
 * The identity links among the page's anchors (pageMarks), in order. Read before site chrome is
 * stripped: profile cards often sit outside what Readability keeps.
 */
export function identityLinks(anchors: readonly Element[], base: string | null): string[] {
  const out: string[] = [];
  for (const a of anchors) {
    const href = resolveHref(attr(a, 'href'), base);
    if (href && IDENTITY_LINK.test(href)) out.push(href);
  }
  return out;
}

/** Every link target in the main content, in order, then the page's identity links, deduplicated. */
export function collectLinks(root: Element, identity: readonly string[], base: string | null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (href: string | null): void => {
    if (href && !seen.has(href)) {
      seen.add(href);
      out.push(href);
    }
  };
  for (const a of Array.from(root.querySelectorAll('a'))) add(resolveHref(attr(a, 'href'), base));
  for (const href of identity) add(href);
  return out;
}
