import { keptLink } from '../document/safe-href';
import type { CvDocument, Line } from '../document/types';

/** Profile pages: only a link to a person's own page counts (Scholar with a user, ORCID with an id). */
const PROFILE_LINK: RegExp[] = [
  /scholar\.google\.[^/]+\/citations\?.*user=/i,
  /orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i,
  /dblp\.[^/]+\/(pid|pers)\//i,
  /semanticscholar\.org\/author\//i,
  /researchgate\.net\/profile\//i,
  /github\.com\/[\w-]+\/?$/i,
  /gitlab\.com\/[\w-]+\/?$/i,
  /linkedin\.com\/in\//i,
  /openreview\.net\/profile/i,
  /(twitter|x)\.com\/\w+\/?$/i,
  /bsky\.app\/profile\//i,
];

const PAPER_LINK =
  /doi\.org|arxiv\.org\/(abs|pdf)|\.pdf(\?|$)|proceedings|openreview\.net\/(forum|pdf)|dl\.acm|ieeexplore/i;

/**
 * Homepage and profile links: links in the page's header (before the first section), profile links
 * anywhere, JSON-LD url and sameAs; http(s) only (keptLink). Paper links and e-mail are not profile links.
 */
export function findPersonLinks(doc: CvDocument, headerLines: Line[]): string[] {
  const found: string[] = [];
  for (const line of headerLines) {
    for (const run of line.cells.flatMap((c) => c.runs)) if (run.href) found.push(run.href);
  }
  for (const person of doc.meta.persons) {
    if (person.url) found.push(person.url);
    found.push(...person.sameAs);
  }
  for (const link of doc.links) if (PROFILE_LINK.some((re) => re.test(link))) found.push(link);
  if (doc.source.kind === 'text') {
    const headerText = headerLines.map((l) => l.text).join(' ');
    for (const link of doc.links)
      if (!/^mailto:/i.test(link) && headerText.includes(link.replace(/^https?:\/\//, ''))) found.push(link);
  }
  const seen = new Set<string>();
  return found.flatMap((link) => {
    const kept = keptLink(link);
    if (!kept || /^mailto:/i.test(kept) || PAPER_LINK.test(kept)) return [];
    const key = kept.replace(/\/$/, '').toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [kept];
  });
}
