import { findDateRanges } from '../dates/parse-date-range';
import { DEGREE, INSTITUTION_RANK, ORGANIZATION, ROLE_RANK, ROLE_WORD } from '../lexicon/entry-words';
import { TENSE_VERB } from '../lexicon/tense-verbs';
import type { Entry } from '../model/profile';
import type { MentionCandidate } from './mention-entries';

/** A pattern matching the words in any case, leaving the name part case-sensitive (no global "i" flag). */
const anyCase = (pattern: string): string =>
  pattern.replace(/(\\?)([a-z])/g, (m, escape: string, c: string) =>
    escape ? m : `[${c}${c.toUpperCase()}]`,
  );

const RANK = `(?:${ROLE_RANK}\\s+){0,3}`;
/** A capitalised word of a name: a dot inside it ("U.S.") but not one that ends the sentence ("Oxford. She"). */
const NAME_WORD = "\\p{Lu}(?:[\\p{L}'’&-]|\\.(?!\\s|$))*";
/** Capitalised words of a name, with the small words names carry ("University of X", "École des Y"). */
const NAME = new RegExp(`${NAME_WORD}(?:\\s+(?:of|de|des|du|for|and|&|the|${NAME_WORD}))*`, 'gu');
/**
 * A post named in a sentence: ranks, a role word of the lexicon, and the field it is "of" or "in"
 * when that is capitalised ("assistant professor", "Professor of Biological Psychology").
 */
const ROLE_MENTION = new RegExp(
  `(?<![\\p{L}])(${anyCase(RANK)})(${anyCase(ROLE_WORD)})(?![\\p{L}])((?:\\s+(?:of|in)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,4})?)`,
  'gu',
);
/**
 * Whether a sentence may hold a role mention: its role word in any case, without the boundaries and
 * ranks ROLE_MENTION tries at every position, so it matches wherever ROLE_MENTION does and is much
 * cheaper on the many sentences that name no post (a publication list's lines are as long as prose).
 */
const MAY_NAME_A_ROLE = new RegExp(ROLE_WORD, 'iu');
/** A line longer than this is prose: a biography's paragraph, a letter's; a shorter one is a list's line. */
export const PROSE_CHARS = 80;
/** A sentence ends at a stop after a lower-case word or a number, before a capital. */
export const SENTENCE_END = /(?<=[\p{Ll}\p{N})”"]{2}[.!?])\s+(?=[\p{Lu}“"(])/u;
export const FIRST_PERSON = /\b(?:I|my|me)\b/;
export const THIRD_PERSON = /\b(?:he|she|his|her|they|their)\b/i;
/** Small words an organisation's name does not end with, cut off its end. */
const TRAILING_SMALL_WORDS = /(?:\s+(?:of|de|des|du|for|and|&|the))+$/;
/** Words closer to the role than this are next to it; further than FAR, far from it. */
const NEAR = 2;
const FAR = 6;

export interface Span {
  start: number;
  end: number;
  text: string;
}

interface RoleMention {
  span: Span;
  /** The lexicon's role word in it. */
  head: string;
  /** A rank stands before the role word ("assistant", "senior"). */
  ranked: boolean;
  /** The field it is "of" or "in" follows it. */
  field: boolean;
}

/**
 * The capitalised names a sentence holds, with the small words names carry. The masked spans' words
 * are no part of a name ("Director of the McCaig Institute", "Ph.D. from Princeton").
 */
export function nameSpans(sentence: string, masks: readonly Span[]): Span[] {
  let masked = sentence;
  for (const r of masks)
    masked = masked.slice(0, r.start) + 'x'.repeat(r.end - r.start) + masked.slice(r.end);
  const out: Span[] = [];
  for (const m of masked.matchAll(NAME)) {
    const text = m[0].replace(TRAILING_SMALL_WORDS, '');
    out.push({ start: m.index, end: m.index + text.length, text });
  }
  return out;
}

/** The organisations a sentence names: capitalised names holding an organisation word. */
function organisationSpans(sentence: string, roles: readonly Span[]): Span[] {
  return nameSpans(sentence, roles).filter((span) => ORGANIZATION.test(span.text));
}

export const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+|[,;:()]/gu) ?? [];
export const gapBucket = (n: number): string => (n <= NEAR ? 'near' : n <= FAR ? 'mid' : 'far');

export function institutionRank(name: string): number {
  let best = 0;
  for (const [re, rank] of INSTITUTION_RANK) if (re.test(name)) best = Math.max(best, rank);
  return best;
}

/** The named features of a role mention paired with an organisation on one side of it. */
function candidateFeatures(sentence: string, role: RoleMention, org: Span): string[] {
  const { span, head } = role;
  const after = org.start >= span.end;
  const gapText = after ? sentence.slice(span.end, org.start) : sentence.slice(org.end, span.start);
  const between = wordsIn(gapText);
  const before = wordsIn(sentence.slice(0, span.start));
  let previous = before.at(-1) ?? 'start';
  const article = /^(?:a|an|the)$/.test(previous);
  if (article) previous = before.at(-2) ?? 'start';
  const out = [
    'bias',
    `role:${head.toLowerCase()}`,
    `before:${previous}`,
    `side:${after ? 'after' : 'before'}`,
    `gap:${gapBucket(between.length)}`,
    `link:${(after ? between[0] : between.at(-1)) ?? 'none'}`,
    `organisation rank:${institutionRank(org.text)}`,
  ];
  // Conjunctions a linear model cannot build itself: the verb and the link around the post ("is … at").
  if (after) out.push(`cue:${previous} … ${between[0] ?? 'none'}`);
  out.push(`organisation words:${Math.min(3, wordsIn(org.text).length)}`);
  if (article) out.push('role:after an article');
  if (role.ranked) out.push('role:ranked');
  if (role.field) out.push('role:with a field');
  if (/^\p{Lu}/u.test(span.text)) out.push('role:capitalised');
  if (DEGREE.test(sentence)) out.push('sentence:degree word');
  if (DEGREE.test(gapText)) out.push('between:degree word');
  if (findDateRanges(sentence).length > 0) out.push('sentence:date');
  if (FIRST_PERSON.test(sentence)) out.push('sentence:first person');
  if (THIRD_PERSON.test(sentence)) out.push('sentence:third person');
  return out;
}

/**
 * Whether the last verb of the lexicon's before a post in its sentence is in the present ("she is an
 * Assistant Professor in …, a Fellow of …, and the Director of …"): the post is held now.
 */
function statedAsCurrent(before: string): boolean {
  let present = false;
  for (const m of before.matchAll(TENSE_VERB)) present = m.groups!.present !== undefined;
  return present;
}

function candidateEntry(sentence: string, role: Span, org: Span): Entry {
  const from = Math.min(role.start, org.start);
  const to = Math.max(role.end, org.end);
  const rest = sentence.slice(to);
  const after = findDateRanges(sentence.slice(from, to) + rest.slice(0, 80)).find((r) => !r.single);
  // With no range after it, the one date of its sentence says when the post began ("Since 2023, she
  // has been …", "In November 2018 I joined …").
  const dates = after ? [] : findDateRanges(sentence);
  const only = dates.length === 1 ? dates[0]! : null;
  const range = after ?? (only && !only.single ? only : null);
  const began = only?.single ? (only.end ?? only.start) : null;
  const current = statedAsCurrent(sentence.slice(0, role.start));
  return {
    title: role.text.replace(
      /(^|\s)(?!(?:of|in|and)\b)(\p{Ll})/gu,
      (_, s: string, c: string) => s + c.toUpperCase(),
    ),
    organization: org.text.replace(/^the\s+/i, ''),
    location: null,
    start: range?.start ?? (began === 'present' ? null : began),
    end: range?.end ?? (current ? 'present' : null),
    raw: sentence.slice(from, to) + rest,
  };
}

/**
 * Every post a document's prose might state (a biography, the introduction of a profile page): each
 * role word of the lexicon paired with the nearest organisation before it and the nearest after it
 * in its sentence ("is a Professor at Dalhousie University", "Dalhousie University, where I am a
 * Professor"), with the named features the prose-post model scores.
 */
export function prosePostCandidates(paragraphs: readonly string[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  let mention = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(SENTENCE_END)) {
      if (!MAY_NAME_A_ROLE.test(sentence)) continue;
      const roles: RoleMention[] = [...sentence.matchAll(ROLE_MENTION)].map((m) => ({
        span: { start: m.index, end: m.index + m[0].length, text: m[0] },
        head: m[2]!,
        ranked: m[1]!.length > 0,
        field: m[3]!.length > 0,
      }));
      // The organisations are looked for around a role mention only.
      if (roles.length === 0) continue;
      const orgs = organisationSpans(
        sentence,
        roles.map((r) => r.span),
      );
      for (const role of roles) {
        const { span } = role;
        const nearest = [orgs.findLast((o) => o.end <= span.start), orgs.find((o) => o.start >= span.end)];
        for (const org of nearest) {
          if (!org) continue;
          out.push({
            mention,
            entry: candidateEntry(sentence, span, org),
            features: candidateFeatures(sentence, role, org),
          });
        }
        mention++;
      }
    }
  }
  return out;
}
