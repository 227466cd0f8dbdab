import { foldName } from './fold';
import { isParticle } from './particles';

/** One part of a given name: a full word ("soufiane") or an initial ("s"). Folded. */
export interface GivenPart {
  text: string;
  initial: boolean;
}

export interface ParsedName {
  /** Given names as written, in order ("Pedro M."), empty when only a family name is known. */
  given: string[];
  /** Family name words as written, particles included ("van der Waals", "El-Mhamdi"). */
  family: string[];
}

/** Titles, suffixes and marks that are not part of anybody's name. */
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|sir|dame|jr|sr|ii|iii|iv|phd)\.?,?$/i;
const INITIALS_ONLY = /^(?:\p{Lu}\.?-?){1,3}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\p{Ll}?\.-?)+$/u;

/** Removes equal-contribution marks, footnote digits, bracketed asides and titles. */
export function cleanName(text: string): string {
  return text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[*†‡§¶#∗⋆✝\d]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;.\s]+|[,;\s]+$/g, '');
}

function isInitialToken(token: string): boolean {
  return DOTTED_INITIALS.test(token) || /^\p{Lu}$/u.test(token);
}

/** Is the token all capitals, the way some styles write the family name ("MITTICA G.")? */
function isShouting(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Parses a written person name into given and family parts, in any common order. */
export function parseName(text: string): ParsedName {
  const cleaned = cleanName(text);
  const comma = cleaned.indexOf(',');
  if (comma > 0) {
    // "Last, First" (or "Last, F. M."): what precedes the comma is the family name.
    const family = cleaned.slice(0, comma).split(' ').filter(Boolean);
    const given = cleaned
      .slice(comma + 1)
      .split(' ')
      .filter((t) => t && !HONORIFIC.test(t));
    return { given, family };
  }
  const tokens = cleaned.split(' ').filter((t) => t && !HONORIFIC.test(t));
  if (tokens.length <= 1) return { given: [], family: tokens };
  const last = tokens[tokens.length - 1]!;
  const first = tokens[0]!;
  // "Peters OA", "Heidegger M.": initials after the family name (Vancouver style).
  if ((INITIALS_ONLY.test(last) || DOTTED_INITIALS.test(last)) && !isInitialToken(first)) {
    let split = tokens.length - 1;
    while (split > 1 && isInitialToken(tokens[split - 1]!)) split--;
    return { given: tokens.slice(split), family: tokens.slice(0, split) };
  }
  // "HAYOU Soufiane": capitals mark the family name wherever it stands.
  if (isShouting(first) && !isShouting(last) && !isInitialToken(first)) {
    return { given: tokens.slice(1), family: [first] };
  }
  let split = tokens.length - 1;
  // Particles before the last word belong to the family name ("El Mhamdi", "van der Waals").
  while (split > 1 && isParticle(tokens[split - 1]!)) split--;
  return { given: tokens.slice(0, split), family: tokens.slice(split) };
}

/** Given names as folded parts: hyphenated and run-together initials become one part each. */
export function givenParts(parsed: ParsedName): GivenPart[] {
  const parts: GivenPart[] = [];
  for (const token of parsed.given) {
    if (/^\p{Lu}{2,3}$/u.test(token)) {
      // Vancouver initials without dots: "JJ" is two initials.
      for (const ch of token) parts.push({ text: foldName(ch), initial: true });
      continue;
    }
    for (const piece of token.split(/[-‐–]/)) {
      const bits = piece.split('.').filter(Boolean);
      const dotted = piece.includes('.');
      for (const bit of bits) {
        const folded = foldName(bit).replace(/[^a-z]/g, '');
        if (!folded) continue;
        parts.push({ text: folded, initial: folded.length === 1 || (dotted && bit.length <= 2) });
      }
    }
  }
  return parts;
}

/** The family name folded with spaces, hyphens and dots removed ("elmhamdi"). */
export function familyKey(parsed: ParsedName): string {
  return foldName(parsed.family.join(' ')).replace(/[^a-z]/g, '');
}

/** The family name without its particles ("mhamdi" for "El-Mhamdi"). */
export function familyCore(parsed: ParsedName): string {
  const words = parsed.family.flatMap((w) => w.split(/[-‐]/)).filter(Boolean);
  const core = words.filter((w, i) => i === words.length - 1 || !isParticle(w));
  return foldName(core.join('')).replace(/[^a-z]/g, '');
}
