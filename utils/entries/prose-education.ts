import type { Entry } from '../model/profile';
import { findDateRanges } from '../dates/parse-date-range';

const DEGREE_WORD =
  "(PhD|Ph\\.\\s?D\\.?|DPhil|D\\.Phil\\.?|doctorate|doctoral (?:degree|studies)|master'?s(?: degree)?|MSc|M\\.Sc\\.?|MBA|bachelor'?s(?: degree)?|BSc|B\\.Sc\\.?|BA|MA)";
/** "PhD at EPFL", "my PhD in physics from the University of X", "a master's degree from Y in 2014". */
const DEGREE_AT = new RegExp(
  `\\b${DEGREE_WORD}(?:\\s+(?:thesis|degree|studies))?(?:\\s+in\\s+[\\p{L} &-]{2,50}?)?\\s+(?:at|from)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’&-]*)(?:\\s+(?:of|de|for|and|&|the|\\p{Lu}[\\p{L}.'’&-]*))*)`,
  'gu',
);
/** Wordings saying the degree was just completed, dated by the letter itself. */
const RECENT =
  /\b(fresh|recent|newly|new)\s+(?:PhD|doctoral|Ph\.D\.)?\s*graduate\b|\brecently\s+(?:completed|obtained|defended|received|earned|finished)\b/i;

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
    DEGREE_AT.lastIndex = 0;
    for (let m = DEGREE_AT.exec(text); m; m = DEGREE_AT.exec(text)) {
      const title = canonicalDegree(m[1]!);
      const organization = m[2]!.replace(/['’]s$/, '').trim();
      if (entries.some((e) => e.title === title && e.organization === organization)) continue;
      const nearby = findDateRanges(text.slice(m.index + m[0].length, m.index + m[0].length + 20))[0];
      const end =
        nearby?.end ?? (recent && /^(PhD|DPhil)$/.test(title) ? (documentDate?.slice(0, 4) ?? null) : null);
      entries.push({
        title,
        organization,
        location: null,
        start: null,
        end: end === 'present' ? null : end,
        raw: m[0],
      });
    }
  }
  return entries;
}
