import type { Entry } from '../model/profile';
import { findDateRanges } from '../dates/parse-date-range';
import { DEGREE_WORD } from '../lexicon/entry-words';

/** A degree word of the lexicon, in any case: "PhD", "M.Sc.", "master's", "doctorate". */
const DEGREE_IN_PROSE = new RegExp(`\\b(${DEGREE_WORD})`, 'giu');
/**
 * What follows a degree in "PhD at EPFL", "my PhD in physics from the University of X", "a master's
 * degree from Y": matched where the degree ends and case-sensitively, as the institution's name is
 * told by its capitals.
 */
const AT_INSTITUTION = new RegExp(
  `(?:\\s+(?:thesis|degree|studies))?(?:\\s+in\\s+[\\p{L} &-]{2,50}?)?\\s+(?:at|from)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’&-]*)(?:\\s+(?:of|de|for|and|&|the|\\p{Lu}[\\p{L}.'’&-]*))*)`,
  'uy',
);
/** Wordings saying the degree was just completed, dated by the letter itself. */
const RECENT = new RegExp(
  `\\b(fresh|recent|newly|new)\\s+(?:${DEGREE_WORD})?\\s*graduate\\b|\\brecently\\s+(?:completed|obtained|defended|received|earned|finished)\\b`,
  'iu',
);

function canonicalDegree(word: string): string {
  if (/^(ph|d\.?phil|doctor)/i.test(word)) return /dphil/i.test(word.replace(/\./g, '')) ? 'DPhil' : 'PhD';
  return word.replace(/ degree$/i, '');
}

/**
 * Education stated in prose (a cover letter, a biography): "During my PhD at EPFL" gives a PhD entry
 * at EPFL. The year is the one written next to it, or the document's date when the text says the
 * degree is recent ("a fresh PhD graduate").
 */
export function proseEducation(paragraphs: string[], documentDate: string | null): Entry[] {
  const entries: Entry[] = [];
  const whole = paragraphs.join(' ');
  const recent = RECENT.test(whole);
  for (const text of paragraphs) {
    DEGREE_IN_PROSE.lastIndex = 0;
    for (let degree = DEGREE_IN_PROSE.exec(text); degree; degree = DEGREE_IN_PROSE.exec(text)) {
      AT_INSTITUTION.lastIndex = degree.index + degree[0].length;
      const at = AT_INSTITUTION.exec(text);
      if (!at) {
        // "a B.Sc. in …" first reads "a B." (the lexicon's "a.b."): look again from the next character.
        DEGREE_IN_PROSE.lastIndex = degree.index + 1;
        continue;
      }
      const end = AT_INSTITUTION.lastIndex;
      DEGREE_IN_PROSE.lastIndex = end;
      const title = canonicalDegree(degree[1]!);
      const organization = at[1]!.replace(/['’]s$/, '').trim();
      if (entries.some((e) => e.title === title && e.organization === organization)) continue;
      const nearby = findDateRanges(text.slice(end, end + 20))[0];
      const year =
        nearby?.end ?? (recent && /^(PhD|DPhil)$/.test(title) ? (documentDate?.slice(0, 4) ?? null) : null);
      entries.push({
        title,
        organization,
        location: null,
        start: null,
        end: year === 'present' ? null : year,
        raw: text.slice(degree.index, end),
      });
    }
  }
  return entries;
}
