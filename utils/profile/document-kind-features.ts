import type { Line } from '../document/types';
import { comparisonKey } from '../document/normalize-text';
import { findDateRanges } from '../dates/parse-date-range';
import { CLOSING, SALUTATION } from '../lexicon/letter';
import { ROLE_WORD } from '../lexicon/entry-words';
import { CV_WORD, PLACEHOLDER } from '../lexicon/name-words';
import { HEADING_WORDINGS } from '../sections/heading-wordings';
import { CV_SECTION_KINDS, type Section, type SectionKind } from '../sections/types';

/** Facts the document kind is decided on. */
export interface KindSubject {
  lines: readonly Line[];
  sections: readonly Section[];
  format: 'html' | 'pdf' | 'text';
  title: string | null;
  /** The page's address, when it has one: a page at ".../cv/" or "cv.html" says what it is there. */
  address: string | null;
  /**
   * How far the best candidate for the person's name scores above "no name here" (negative: below
   * it), null when nothing on the page reads as a name: how plainly the page names one person,
   * not whether the name ranker kept the name.
   */
  personMargin: number | null;
  /** That candidate stands in the title or the first lines: the page is about them. */
  nameAtTop: boolean;
  /** Short lines that read as a person's name: a people directory or a news page has many. */
  nameLikeLines: number;
  hasContact: boolean;
  datedEntries: number;
  /** Short dated lines outside the publication sections (timelineLines), counted once per document. */
  timeline: number;
  publications: number;
}

/** "She is an assistant professor at …", "I am a PhD candidate …": a biography's sentence. */
const BIO = new RegExp(
  `\\b(?:is|am|was|I'm)\\b[^.]{0,80}?\\b(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${ROLE_WORD}\\b`,
  'iu',
);

/** The words of a publications heading, any language, over a comparison key. */
const PUBLICATIONS_WORDING = HEADING_WORDINGS.find((w) => w.kind === 'publications')!.pattern;

const bucket = (n: number, edges: number[]): string => {
  const i = edges.findIndex((e) => n < e);
  return i < 0
    ? `${edges[edges.length - 1]}+`
    : i === 0
      ? `<${edges[0]}`
      : `${edges[i - 1]}-${edges[i]! - 1}`;
};

/**
 * How far above "no name here" the best name candidate must score for the page to name its person
 * plainly. Measured, not fitted per training: over held-out dev folds (round 29) 4 read the most
 * kinds right among 1–20, and choosing it inside each training by inner folds (with an emptied CV
 * counted worst) picked 2 to 12 fold by fold and read fewer kinds right.
 */
const PLAIN_MARGIN = 4;

/**
 * The page plainly names one person: its best name candidate beats "no name here" by PLAIN_MARGIN.
 * The one reading of the margin both the kind's features and its bounds use.
 */
export function plainlyNamed(margin: number | null): boolean {
  return margin !== null && margin >= PLAIN_MARGIN;
}

/** Where the best name candidate stands against "no name here", in four steps. */
function personStanding(margin: number | null): string {
  if (margin === null) return 'no candidate';
  if (plainlyNamed(margin)) return 'name far above no name';
  if (margin >= 0) return 'name above no name';
  return plainlyNamed(-margin) ? 'name far below no name' : 'name below no name';
}

/** The words of a page's address path ("/pt-br/cv/" → "pt br cv"), none for a page without one. */
function addressWords(address: string | null): string {
  if (address === null || !URL.canParse(address)) return '';
  return new URL(address).pathname.replace(/[/_.~-]+/g, ' ');
}

/** A line this long is a paragraph of prose, no entry of a list. */
export const PROSE_LINE = 200;

/**
 * The page prints a template's placeholder words ("Lorem ipsum", "Your Name"): one reading for the
 * kind's features, its bounds and the name ranker's "no name" candidate.
 */
export function printsPlaceholders(lines: readonly Line[]): boolean {
  return lines.some((l) => PLACEHOLDER.test(l.text));
}

/**
 * Whether a paragraph of prose comes before the first publications section (or stands anywhere when
 * there is none): a profile page opens with its person's biography, a publication list with its list.
 */
function proseBeforePublications(sections: readonly Section[]): boolean {
  for (const section of sections) {
    if (section.kinds.includes('publications')) return false;
    if (section.lines.some(({ line }) => line.text.length > PROSE_LINE)) return true;
  }
  return false;
}

/** A line this short with a date range is a step of a career, not a sentence that mentions years. */
const TIMELINE_LINE = 120;

/**
 * How many lines outside the publication sections are short and state a date range ("2020.03 –
 * 2025.03", "Lecturer, Drexel University, 2007 – 2013"): a career timeline, which a CV has even
 * when its headings are not read as CV sections (a heading in another language, margin headings),
 * and a publication list or a news page rarely has.
 */
export function timelineLines(s: Pick<KindSubject, 'sections'>): number {
  let count = 0;
  for (const section of s.sections) {
    if (section.kinds.includes('publications')) continue;
    for (const { line } of section.lines)
      if (line.text.length <= TIMELINE_LINE && findDateRanges(line.text).some((r) => !r.single)) count++;
  }
  return count;
}

/** Which share of the document's lines stand in sections of these kinds: none, some, half, most. */
function shareIn(sections: readonly Section[], kinds: readonly SectionKind[], total: number): string {
  const within = sections
    .filter((x) => x.kinds.some((k) => kinds.includes(k)))
    .reduce((n, x) => n + x.lines.length, 0);
  const share = total > 0 ? within / total : 0;
  return share === 0 ? 'none' : share < 0.25 ? 'some' : share < 0.6 ? 'half' : 'most';
}

/**
 * Which share of the document's lines a count is, in four steps from none to `many` past the last
 * edge: a CV's timeline or a members page's names fill much of the page, a biography's a few lines.
 */
function lineShare(count: number, total: number, edges: readonly [number, number]): string {
  if (count === 0 || total === 0) return 'none';
  const share = count / total;
  return share < edges[0] ? 'few' : share < edges[1] ? 'some' : 'many';
}

/** The kinds of CV section the document has headings for. */
export function cvSectionKinds(s: KindSubject): SectionKind[] {
  const kinds = new Set(s.sections.flatMap((x) => x.kinds));
  return CV_SECTION_KINDS.filter((k) => kinds.has(k));
}

/** The named features of a whole document, for the document-kind model. */
export function documentKindFeatures(s: KindSubject): string[] {
  const kinds = new Set(s.sections.flatMap((x) => x.kinds));
  const cvSections = cvSectionKinds(s);
  const out = ['bias', `format:${s.format}`, `cv sections:${bucket(cvSections.length, [1, 2, 3, 5])}`];
  for (const k of cvSections) out.push(`has:${k}`);
  out.push(`publications:${bucket(s.publications, [1, 3, 10, 30])}`);
  out.push(`dated entries:${bucket(s.datedEntries, [1, 2, 5])}`);
  out.push(`lines:${bucket(s.lines.length, [20, 60, 200])}`);
  // Conjunctions a linear model cannot build itself from the counts above.
  if (cvSections.length === 0 && s.publications === 0 && s.datedEntries === 0) {
    out.push('content:nothing of a CV');
    if (!s.hasContact) out.push('content:nothing of a CV, no contact');
  }
  if (cvSections.length >= 2 && s.datedEntries >= 2) out.push('content:dated CV sections');
  if (s.publications >= 3 && !kinds.has('education') && !kinds.has('positions'))
    out.push('content:publications only');
  // What the document is mostly made of: a publication list is its list, a CV its career, a
  // profile page its biography around them.
  const lineCount = s.sections.reduce((n, x) => n + x.lines.length, 0);
  out.push(`share:publications ${shareIn(s.sections, ['publications'], lineCount)}`);
  out.push(`share:education and positions ${shareIn(s.sections, ['education', 'positions'], lineCount)}`);
  out.push(`timeline:${bucket(s.timeline, [2, 5, 10])}`);
  out.push(`person:${personStanding(s.personMargin)}`);
  if (s.nameAtTop) out.push('person:name at the top');
  out.push(`people:${bucket(s.nameLikeLines, [2, 5, 10])}`);
  // The same counts against the page's length: a CV is mostly its dated career, a profile page
  // dates a few steps beside its biography; a members list is mostly names, one person's page not.
  out.push(`share:timeline lines ${lineShare(s.timeline, s.lines.length, [0.05, 0.15])}`);
  out.push(`share:name-like lines ${lineShare(s.nameLikeLines, s.lines.length, [0.05, 0.2])}`);
  if (s.hasContact) out.push('person:contact');
  if (s.lines.slice(0, 30).some((l) => SALUTATION.test(l.text))) out.push('letter:salutation');
  if (s.lines.some((l) => CLOSING.test(l.text))) out.push('letter:closing');
  if (s.lines.slice(0, 40).some((l) => BIO.test(l.text))) out.push('text:biography sentence');
  const all = s.lines.reduce((n, l) => n + l.text.length, 0);
  const prose = s.lines.filter((l) => l.text.length > PROSE_LINE).reduce((n, l) => n + l.text.length, 0);
  if (all > 0 && prose / all > 0.5) out.push('text:mostly prose');
  // Per format: a web page opens with its person's biography, a PDF CV with a summary just as often.
  if (proseBeforePublications(s.sections)) out.push(`text:prose before the publications, ${s.format}`);
  const opening = [s.title ?? '', ...s.lines.slice(0, 5).map((l) => l.text)].join(' ');
  if (CV_WORD.test(opening)) out.push('title:says CV');
  // Per format: a web page's address names the page ("/cv/", "cv.html"), a PDF's names a file.
  if (CV_WORD.test(addressWords(s.address))) out.push(`address:says CV, ${s.format}`);
  if (PUBLICATIONS_WORDING.test(comparisonKey(opening))) out.push('title:says publications');
  if (printsPlaceholders(s.lines)) out.push('text:placeholder words');
  return out;
}
