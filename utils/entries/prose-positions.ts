import type { Entry } from '../model/profile';
import { findDateRanges } from '../dates/parse-date-range';
import { ROLE_WORD } from '../lexicon/entry-words';

/** A pattern matching the words in any case, leaving the name part case-sensitive (no global "i" flag). */
const anyCase = (pattern: string): string =>
  pattern.replace(/(\\?)([a-z])/g, (m, escape: string, c: string) =>
    escape ? m : `[${c}${c.toUpperCase()}]`,
  );

const RANK =
  '(?:(?:assistant|associate|full|senior|junior|visiting|research|postdoctoral|principal|staff|adjunct|distinguished|tenured)\\s+){0,3}';
/** A capitalised word of a name: a dot inside it ("U.S.") but not one that ends the sentence ("Oxford. She"). */
const NAME_WORD = "\\p{Lu}(?:[\\p{L}'’&-]|\\.(?!\\s|$))*";
/** Capitalised words of a name, with the small words names carry ("University of X", "École des Y"). */
const NAME = `${NAME_WORD}(?:\\s+(?:of|de|des|du|for|and|&|the|${NAME_WORD}))*`;
/**
 * "is Professor of Economics at Northern University", "was an assistant professor at the University of
 * Copenhagen": a role, optionally "of <Field>", then "at"/"with" an organisation.
 */
const ROLE_AT = new RegExp(
  `\\b(is|was|has been|had been|became|served as|serves? as|joined [^.]{0,60}? as|worked as|working as|am)\\s+(?:an?\\s+|the\\s+)?(${anyCase(RANK)}${anyCase(ROLE_WORD)}(?:\\s+(?:of|in)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?)\\s+(?:at|with|in)\\s+(?:the\\s+)?(${NAME})`,
  'gu',
);

/** The verbs of ROLE_AT that state a post held now. */
const PRESENT = /^(?:is|am|serves? as|working as)$/;

/** "assistant professor of economics" → "Assistant Professor of Economics", as a CV heads it. */
const capitalise = (text: string): string =>
  text.replace(/(^|\s)(?!(?:of|in|and)\b)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());

/**
 * Positions stated in prose (a biography on a profile page, a cover letter). The dates are the range
 * written after it in the same sentence ("where he has taught since 2012", "from 2009 to 2012").
 */
export function prosePositions(paragraphs: string[]): Entry[] {
  const entries: Entry[] = [];
  for (const text of paragraphs) {
    ROLE_AT.lastIndex = 0;
    for (let m = ROLE_AT.exec(text); m; m = ROLE_AT.exec(text)) {
      const organization = m[3]!.replace(/\s+(?:and|&|the|of|de|for)$/i, '').trim();
      const after = text.slice(m.index + m[0].length);
      const stop = after.search(/\.(?:\s|$)/);
      const sentence = stop < 0 ? after : after.slice(0, stop);
      const range = findDateRanges(sentence.slice(0, 80)).find((r) => !r.single) ?? null;
      const title = capitalise(m[2]!);
      // Written in the present ("is a lecturer at", "serves as"), the post is held now.
      const current = PRESENT.test(m[1]!);
      if (entries.some((e) => e.title === title && e.organization === organization)) continue;
      entries.push({
        title,
        organization,
        location: null,
        start: range?.start ?? null,
        end: range?.end ?? (current ? 'present' : null),
        raw: m[0] + sentence,
      });
    }
  }
  return entries;
}
