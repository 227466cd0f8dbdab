import type { CvDocument } from '../document/types';
import type { Section } from '../sections/types';
import { comparisonKey } from '../document/normalize-text';
import { boldShare } from '../document/line-style';
import { cleanNameCandidate, isNameLike, titleCaseName } from './name-likeness';

interface Candidate {
  name: string;
  score: number;
  sources: string[];
}

const TITLE_SEPARATORS = /\s+[|·—–:-]\s+|\s*[|·—–]\s*/;
const CLOSING =
  /^(sincerely|yours (?:sincerely|faithfully|truly)|best(?: regards| wishes)?|kind regards|regards|respectfully|cordialement|mit freundlichen gr[üu][ßs]en)[,.]?$/i;

/**
 * The person's name, from the places a page puts it, each adding weight: the first lines and the h1,
 * meta author and JSON-LD, the <title> and og:title (split at their separators, so the site's brand
 * falls away), a letter's signature. Agreement between places decides; co-authors never appear in
 * these places, and the site's brand is not name-like.
 */
export function findPersonName(doc: CvDocument, sections: Section[]): string | null {
  const candidates = new Map<string, Candidate>();
  const add = (raw: string | null, score: number, source: string): void => {
    if (!raw) return;
    const name = titleCaseName(cleanNameCandidate(raw));
    if (!isNameLike(name)) return;
    const key = comparisonKey(name);
    const found = candidates.get(key);
    if (found) {
      found.score += score;
      found.sources.push(source);
    } else {
      candidates.set(key, { name, score, sources: [source] });
    }
  };
  const header = sections[0]?.kinds[0] === 'header' ? sections[0].lines : [];
  header.slice(0, 6).forEach(({ line }, i) => {
    const base = line.kind === 'heading' ? (line.headingLevel === 1 ? 3 : 2) : 1.5;
    const styled = boldShare(line) > 0.9 ? 1 : 0;
    add(line.cells[0]?.text ?? line.text, base + styled - i * 0.1, 'first lines');
  });
  const h1 = doc.lines.find((l) => l.kind === 'heading' && l.headingLevel === 1);
  if (h1) add(h1.text, 1.5, 'h1');
  add(doc.meta.author, 3, 'meta author');
  for (const person of doc.meta.persons) add(person.name, 3, 'JSON-LD');
  for (const part of (doc.meta.title ?? '').split(TITLE_SEPARATORS)) add(part, 2, 'title');
  for (const part of (doc.meta.ogTitle ?? '').split(TITLE_SEPARATORS)) add(part, 1, 'og:title');
  doc.lines.forEach((line, i) => {
    if (CLOSING.test(line.text)) add(doc.lines[i + 1]?.text ?? null, 2, 'signature');
  });
  let best: Candidate | null = null;
  for (const c of candidates.values()) if (!best || c.score > best.score) best = c;
  return best && best.score >= 1.5 ? best.name : null;
}
