import { findDateRanges, type DateRange } from '../dates/parse-date-range';
import { DEGREE, DEGREE_WORD, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import type { Entry } from '../model/profile';
import type { MentionCandidate } from './mention-entries';
import {
  FIRST_PERSON,
  gapBucket,
  institutionRank,
  nameSpans,
  PROSE_CHARS,
  SENTENCE_END,
  THIRD_PERSON,
  wordsIn,
  type Span,
} from './prose-post-features';

/** A degree word of the lexicon, in any case: "PhD", "M.Sc.", "master's", "doctorate". */
const DEGREE_MENTION = new RegExp(`(?<![\\p{L}])(${DEGREE_WORD})(?![\\p{L}])`, 'giu');
/** How many names after a degree are its candidates when the nearest is no institution's. */
const NAMES_AFTER = 2;
/** A date this close after the organisation is the degree's ("… from Stanford University in 2010"). */
const DATE_REACH = 20;

/** The degree's name as the reader gives it: a doctorate is "PhD" or "DPhil", however written. */
export function canonicalDegree(word: string): string {
  if (/^(ph|d\.?\s?phil|doctor)/i.test(word))
    return /dphil/i.test(word.replace(/[.\s]/g, '')) ? 'DPhil' : 'PhD';
  return word.replace(/ degree$/i, '');
}

/**
 * A degree's kind, to tell whether two writings name the same degree ("Ph.D." and "PhD", "M.Sc" and
 * "M.Sc."): its first degree word, canonical, without dots, spaces and case; null when it has none.
 */
export function degreeKey(text: string): string | null {
  const first = degreeMentions(text)[0];
  return first
    ? canonicalDegree(first.text)
        .toLowerCase()
        .replace(/[.\s'’]/g, '')
    : null;
}

/**
 * The date of a degree: one written between it and its organisation ("M.Sc. | 2013-2016 | Universität
 * Kassel"), else just after the organisation ("… from Stanford University in 2010"), else the
 * sentence's only one.
 */
function degreeDate(sentence: string, degree: Span, org: Span): DateRange | null {
  const inside =
    org.start >= degree.end ? findDateRanges(sentence.slice(degree.end, org.start))[0] : undefined;
  if (inside) return inside;
  const near = findDateRanges(sentence.slice(org.end, org.end + DATE_REACH))[0];
  if (near) return near;
  const all = findDateRanges(sentence);
  return all.length === 1 ? all[0]! : null;
}

function candidateEntry(sentence: string, degree: Span, org: Span): Entry {
  const from = Math.min(degree.start, org.start);
  const to = Math.max(degree.end, org.end);
  const date = degreeDate(sentence, degree, org);
  const end = date?.end === 'present' ? null : (date?.end ?? null);
  return {
    title: canonicalDegree(degree.text),
    organization: org.text.replace(/^the\s+/i, '').replace(/['’]s$/, ''),
    location: null,
    start: date && !date.single ? date.start : null,
    end,
    raw: sentence.slice(from, to),
  };
}

/** The named features of a degree mention paired with a name on one side of it. */
function candidateFeatures(line: string, sentence: string, degree: Span, org: Span, rank: number): string[] {
  const after = org.start >= degree.end;
  const gapText = after ? sentence.slice(degree.end, org.start) : sentence.slice(org.end, degree.start);
  const between = wordsIn(gapText);
  const before = wordsIn(sentence.slice(0, degree.start));
  let previous = before.at(-1) ?? 'start';
  if (/^(?:a|an|the|his|her|my|their)$/.test(previous)) previous = `${before.at(-2) ?? 'start'} ${previous}`;
  const next = wordsIn(sentence.slice(degree.end))[0] ?? 'end';
  const link = (after ? between[0] : between.at(-1)) ?? 'none';
  const named = ORGANIZATION.test(org.text);
  const out = [
    'bias',
    `side:${after ? 'after' : 'before'}`,
    `gap:${gapBucket(between.length)}`,
    `link:${link}`,
    `before:${previous}`,
    `next:${next}`,
    `name:${named ? 'organisation' : 'capitalised only'}`,
    `organisation rank:${institutionRank(org.text)}`,
    `organisation words:${Math.min(3, wordsIn(org.text).length)}`,
    `line:${line.length > PROSE_CHARS ? 'prose' : 'short'}`,
  ];
  // Conjunctions a linear model cannot build itself.
  if (after) out.push(`cue:${link} … ${named ? 'organisation' : 'name'}`);
  if (after && rank > 0) out.push('name:not the nearest');
  // The word just before a name after the degree: "at", "from" introduce where it was taken, however
  // far the field or a supervisor's name stands between ("a PhD with Prof X at Warwick").
  if (after && between.length > 1) {
    const lead = between.at(-1)!;
    out.push(`lead:${lead}`, `lead:${lead} … ${rank > 0 ? 'not the nearest' : 'nearest'}`);
  }
  if (/^(?:PhD|DPhil)$/.test(canonicalDegree(degree.text))) out.push('degree:doctorate');
  if (org.start === 0) out.push('name:starts the sentence');
  const degreesBetween = degreeMentions(gapText).length;
  if (degreesBetween > 0) out.push(`between:degree words:${Math.min(2, degreesBetween)}`);
  if (ROLE.test(gapText)) out.push('between:role word');
  if (degree.start === 0 || /^[\s\d–—-]*$/.test(sentence.slice(0, degree.start)))
    out.push('degree:starts the line');
  if (findDateRanges(sentence.slice(org.end, org.end + DATE_REACH)).length > 0)
    out.push('date:after the name');
  else if (findDateRanges(sentence).length > 0) out.push('date:in the sentence');
  if (FIRST_PERSON.test(sentence)) out.push('sentence:first person');
  if (THIRD_PERSON.test(sentence)) out.push('sentence:third person');
  return out;
}

/**
 * The degree words of a sentence. Matches may overlap ("a B.Sc." holds the lexicon's "a.b." and
 * "b.sc."): the longer one is the degree.
 */
function degreeMentions(sentence: string): Span[] {
  const found: Span[] = [];
  DEGREE_MENTION.lastIndex = 0;
  for (let m = DEGREE_MENTION.exec(sentence); m; m = DEGREE_MENTION.exec(sentence)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[1]! });
    DEGREE_MENTION.lastIndex = m.index + 1;
  }
  const kept: Span[] = [];
  for (const span of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every degree a document's lines might state outside an education section: a biography's sentence
 * ("She received her Ph.D. from Stanford University in 2010", "B.S. and M.S. degrees from X") or a
 * list's line ("PhD, Stanford University, 2010"). Each degree word of the lexicon is paired with the
 * nearest name before it and the nearest names after it in its sentence (past the first only when that
 * one names no organisation), with the named features
 * the prose-degree model scores.
 */
export function proseDegreeCandidates(lines: readonly string[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  let mention = 0;
  for (const line of lines) {
    if (!DEGREE.test(line)) continue;
    for (const sentence of line.split(SENTENCE_END)) {
      const degrees = degreeMentions(sentence);
      if (degrees.length === 0) continue;
      const names = nameSpans(sentence, degrees);
      for (const degree of degrees) {
        const before = names.findLast((n) => n.end <= degree.start);
        // A degree is taken at the nearest institution after it; a field or a supervisor's name may
        // stand between ("a PhD in Clinical Neuroscience at Karolinska", "a PhD with Prof X at Warwick").
        const following = names.filter((n) => n.start >= degree.end);
        const after = following.slice(0, ORGANIZATION.test(following[0]?.text ?? '') ? 1 : NAMES_AFTER);
        const paired: [Span, number][] = [
          ...(before ? [[before, 0] as [Span, number]] : []),
          ...after.map((n, i) => [n, i] as [Span, number]),
        ];
        for (const [org, rank] of paired) {
          out.push({
            mention,
            entry: candidateEntry(sentence, degree, org),
            features: candidateFeatures(line, sentence, degree, org, rank),
          });
        }
        mention++;
      }
    }
  }
  return out;
}
