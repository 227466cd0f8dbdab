import type { NameVariant } from '../model/profile';
import { namesCanMatch, sameFamilyName } from './match-names';
import { parseName } from './parse-name';

/** Phrases by which a CV says its author wrote under another name. */
const CUES: RegExp[] = [
  /\b(?:previously|formerly|earlier|before|once)\b[^.;]{0,40}?\b(?:used|went by|was known as|published (?:as|under)|wrote as|named)\b[^.;]{0,40}?\bname\b[,:]?\s*(?:was\s+|of\s+)?["“']?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})/u,
  /\b(?:previously|formerly)\s+(?:known as|published (?:as|under)|named|called)\s+["“']?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})/u,
  /\b(?:also|previously|formerly)?\s*(?:published|publishing|appears?|writes?|wrote)\s+(?:as|under)\s+(?:the name\s+)?["“']?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})/u,
  /\bnée\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/u,
  /\b(?:maiden|birth|former|previous|welsh|legal|other)\s+name\b[^.;]{0,15}?[,:]?\s*(?:is\s+|was\s+)?["“']?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})/u,
  /\bformerly\s+["“']?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})/u,
];

/**
 * A word every cue above requires (each cue, like these words, is case-sensitive): a sentence
 * without any of them cannot match. Trying all six cues on every sentence was 4% of a long CV's
 * whole reading (html-jekyll-jones, CPU profile).
 */
const CUE_WORD = /name|previously|formerly|publish|appear|write|wrote|née/u;

/** Does the cue itself say it is about a name (so a lone given name is trusted)? */
const NAMED = /\bname\b|\bnée\b|\bpublish|\bknown as\b/i;

export interface AuthorListEvidence {
  authors: string[];
  /** Index of the author the CV marks (bold), or null. */
  marked: number | null;
  raw: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A name stated in prose, completed with the candidate's family name when only a given name is given. */
function completeName(found: string, candidate: string, isFamily: boolean): string | null {
  const words = found
    .trim()
    .replace(/[.,;:]+$/, '')
    .split(/\s+/);
  const parsed = parseName(candidate);
  // "née Jones" gives a family name; "my Welsh name, Bryn" a given name.
  if (isFamily && words.length === 1)
    return parsed.given.length ? `${parsed.given.join(' ')} ${words[0]}` : null;
  const family = parsed.family.join(' ');
  if (words.length === 1) return family ? `${words[0]} ${family}` : null;
  return words.join(' ');
}

/**
 * The candidate's other names, each with the CV's own words as evidence: sentences such as
 * "previously I used my Welsh name, Bryn" or "née Smith", and author lists in which a name with
 * the candidate's family name but another given name stands where the candidate is marked.
 */
export function findNameVariants(
  candidate: string,
  text: string,
  lists: AuthorListEvidence[],
): NameVariant[] {
  const variants: NameVariant[] = [];
  const seen = (name: string) =>
    namesCanMatch(name, candidate) || variants.some((v) => namesCanMatch(v.name, name));
  const inLists = (name: string) => lists.some((l) => l.authors.some((a) => namesCanMatch(a, name)));
  for (const sentence of sentences(text)) {
    if (!CUE_WORD.test(sentence)) continue;
    for (const cue of CUES) {
      const m = cue.exec(sentence);
      if (!m) continue;
      const name = completeName(m[1]!, candidate, /\bnée\b|maiden|birth/i.test(m[0]));
      if (!name || seen(name)) continue;
      // "formerly Google [x]" names a company: trust a cue only if it speaks of a name or the
      // name shows up in an author list.
      if (!NAMED.test(m[0]) && !inLists(name)) continue;
      if (!sameFamilyName(name, candidate) && !NAMED.test(m[0])) continue;
      const written = lists.flatMap((l) => l.authors).find((a) => namesCanMatch(a, name));
      variants.push({ name: written ?? name, evidence: sentence });
    }
  }
  for (const list of lists) {
    if (list.authors.some((a) => namesCanMatch(a, candidate))) continue;
    const marked = list.marked !== null ? list.authors[list.marked] : undefined;
    const namesake = marked ?? list.authors.find((a) => sameFamilyName(a, candidate));
    if (!namesake || !sameFamilyName(namesake, candidate) || seen(namesake)) continue;
    // Unmarked namesakes may be relatives or strangers: only a marked one stands for the candidate.
    if (marked === undefined) continue;
    variants.push({ name: namesake, evidence: list.raw });
  }
  return variants;
}
