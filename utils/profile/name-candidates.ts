import { FAMILY_NAME_LABEL, GIVEN_NAME_LABEL, NAME_LABEL } from '../lexicon/name-labels';
import type { CvDocument, Line } from '../document/types';
import { comparisonKey, joinedKey } from '../document/normalize-text';
import { titleParts } from '../document/page-title';
import { boldShare } from '../document/line-style';
import { CLOSING } from '../lexicon/letter';
import { CV_WORD } from '../lexicon/name-words';
import { DEGREE, ROLE } from '../lexicon/entry-words';
import { matchHeadingWording } from '../sections/match-heading-wording';
import type { Section } from '../sections/types';
import { isParticle } from '../names/particles';
import {
  CJK_NAME,
  cleanNameCandidate,
  isNameLike,
  namesInLine,
  recasedName,
  titleCaseName,
} from './name-likeness';
import { emailsInText } from './find-emails';
import { PROSE_LINE, printsPlaceholders } from './document-kind-features';
import { authorRun } from './author-run';
import { bareLetters, initialSpeltOut } from './initial-spelt-out';

/** A possible name of the person with the named features of every place it was found in. */
export interface NameCandidate {
  /** null for the "no name on this page" candidate. */
  name: string | null;
  features: string[];
}

/** An h1 among the document's first two lines: where a page puts its subject. */
const line0h1 = (features: string[]): boolean =>
  features.includes('line:h1') && (features.includes('line:index 0') || features.includes('line:index 1'));

/** How far into the document the name is looked for. */
const FIRST_LINES = 15;
/** How far into the document a longer line is searched for a name inside it: a letterhead's lines. */
const NAME_IN_LINE_LINES = 4;
/** How far into the document a written e-mail address counts as the person's own. */
const ADDRESS_LINES = 40;
/** Words shorter than this are not looked for in addresses ("de", "li" are in too many). */
const MIN_ADDRESS_WORD = 3;

/**
 * What a person writes their own name into: the local parts of the e-mail addresses near the top
 * and of mailto links ("ryuya.ko@…"), and the page's own address ("nealcaren.org",
 * "jdoe.github.io", "uni.edu/~jdoe"), each as bare lower-case letters.
 */
function personAddresses(doc: CvDocument): { emails: string[]; site: string | null; words: string[] } {
  const emails = doc.links.filter((l) => /^mailto:/i.test(l)).map((l) => l.slice(7));
  for (const line of doc.lines.slice(0, ADDRESS_LINES)) emails.push(...emailsInText(line.text));
  const locals = emails.map((e) => e.split('@')[0]!);
  // The words an address writes apart: "george" of jobs-george.github.io, "john" of john.doe@….
  const written = [...locals];
  let site: string | null = null;
  // The schema only bounds the address's length: a relative or malformed one names no site.
  if (doc.source.url && URL.canParse(doc.source.url)) {
    const url = new URL(doc.source.url);
    site = bareLetters(url.hostname + (url.pathname.split('/')[1] ?? ''));
    written.push(url.hostname.split('.')[0] ?? '', url.pathname.split('/')[1] ?? '');
  }
  // Only an address that writes several words apart: "jrothsch", "matdag" are clipped forms.
  const words = written.flatMap((w) => {
    const apart = w.split(/[^\p{L}]+/u).filter(Boolean);
    return apart.length > 1 ? apart : [];
  });
  return { emails: locals.map(bareLetters).filter(Boolean), site, words };
}

/** Whether one of the name's words (particles and short words aside) is spelt inside an address. */
function nameIn(nameKey: string, addresses: readonly string[]): boolean {
  return nameKey.split(' ').some((word) => {
    if (word.length < MIN_ADDRESS_WORD || isParticle(word)) return false;
    const spelt = bareLetters(word);
    return addresses.some((address) => address.includes(spelt));
  });
}

/** Whether a name's comparison key ends in the given family name's ("anne deiglmayr", "deiglmayr"). */
const endsIn = (nameKey: string, family: string): boolean => ` ${nameKey}`.endsWith(` ${family}`);

/** A given name written as initials: "A.", "B.T.", "J.-P.", "JM". */
const INITIALS = /^(?:\p{Lu}\.?-?)+$/u;

/**
 * Whether a name writes out the given name an author run gives by initials: "Anne Deiglmayr" for
 * "A. Deiglmayr", "Benjamin T. Skinner" for "B. T. Skinner".
 */
function spellsOut(name: string, runName: string): boolean {
  const given = name.split(/\s+/)[0]!;
  return (
    given.length > 2 &&
    !given.endsWith('.') &&
    given[0] === runName[0] &&
    INITIALS.test(runName.split(/\s+/)[0]!)
  );
}

/**
 * The value of a form's field whose label the pattern reads: the next cell when the label fills
 * its own ("Name: ‖ Joshua Damian Salvi"), else the rest of the line ("Name: Joshua Damian Salvi").
 */
function labelledValue(line: Line, label: RegExp): string | null {
  const found = label.exec(line.cells[0]?.text ?? '');
  if (!found) return null;
  const ownCell = line.cells.length > 1 && found[0].length === line.cells[0]!.text.length;
  return ownCell ? line.cells[1]!.text : line.text.slice(found[0].length);
}

/** A file's name as a PDF's title often gives it: "Clifford Anderson (resume).docx" → its words. */
const fileNameWords = (title: string): string =>
  title.replace(/\.(?:docx?|odt|rtf|pdf|tex|pages)$/i, '').replace(/_+/g, ' ');

/**
 * A name written as the first line of a two-line name set large: the next line set alike, or the
 * one after it when, in the letterhead, a line set otherwise stands between (a header's other
 * column: "João Vitor", the address, "de O. Silva").
 */
function secondNameLine(lines: readonly Line[], i: number): Line | null {
  const [line, next, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (next && sameLook(line, next)) return next;
  const letterhead = i + 2 < NAME_IN_LINE_LINES;
  if (letterhead && next && after && !sameLook(line, next) && sameLook(line, after)) return after;
  return null;
}

/** How many lines may share the first page's largest type before it says nothing (a page of headings). */
const MOST_LARGEST_LINES = 2;

/** The lines of the first page set in its largest type, when one or two lines are. */
function largestOnFirstPage(lines: readonly Line[]): Line[] {
  const first = lines.filter((l) => l.page === 1 && l.fontSize !== null);
  if (first.length === 0) return [];
  const largest = Math.max(...first.map((l) => l.fontSize!));
  const set = first.filter((l) => l.fontSize! >= largest - 0.01);
  return set.length <= MOST_LARGEST_LINES ? set : [];
}

function indexBucket(i: number): string {
  return i === 0 ? '0' : i === 1 ? '1' : i <= 3 ? '2-3' : i <= 7 ? '4-7' : '8+';
}

/** Two lines that look alike: both headings of one level, or both set in one font size. */
function sameLook(a: Line, b: Line): boolean {
  if (a.kind === 'heading' && b.kind === 'heading' && a.headingLevel === b.headingLevel) return true;
  return a.fontSize !== null && a.fontSize === b.fontSize && a.kind === b.kind && a.block === b.block;
}

/** Every degree word in a text, wherever it stands. */
const DEGREES = new RegExp(DEGREE.source, 'giu');

/**
 * Where the first degree a name line writes stands, or undefined: a degree's abbreviation is set in
 * capitals or with dots ("MA", "M.A.", "PhD"), while a word of two letters in title case is a name's
 * own ("Zeyang Ma", "Md Rahman"), not the degree its letters spell.
 */
function degreeIndex(text: string): number | undefined {
  for (const found of text.matchAll(DEGREES)) if (!/^\p{Lu}\p{Ll}$/u.test(found[0])) return found.index;
  return undefined;
}

/** The name-like words before the first role or degree word of a text, or null. */
function nameBeforeRole(text: string): string | null {
  const at = Math.min(...[ROLE.exec(text)?.index, degreeIndex(text)].map((i) => i ?? Infinity));
  if (!Number.isFinite(at) || at === 0) return null;
  const before = text.slice(0, at).replace(/[\s,|·–—-]+$/u, '');
  return isNameLike(before) ? before : null;
}

function lineFeatures(line: Line, i: number, largest: number | null, sectionKind: string): string[] {
  const out = [`line:index ${indexBucket(i)}`, `line:kind ${line.kind}`, `line:in ${sectionKind}`];
  if (line.headingLevel === 1) out.push('line:h1');
  if (boldShare(line) > 0.9) out.push('line:bold');
  if (line.fontSize !== null && largest !== null && line.fontSize >= largest - 0.01)
    out.push('line:largest font');
  if (line.cells.length > 1) out.push('line:several cells');
  return out;
}

/**
 * How often `word` stands as a whole word in `text` (comparison keys, `text` padded with spaces),
 * counted up to `most`: the features only tell two, three and four or more apart, and counting on
 * spares cutting the whole document into pieces once per candidate.
 */
export function mentions(text: string, word: string, most: number): number {
  const needle = ` ${word} `;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < most; at = text.indexOf(needle, at + needle.length))
    count++;
  return count;
}

/** The author run's name with its initial spelt out by the person's address (see initialSpeltOut). */
const SPELT_OUT_RUN = 'src:initial spelt out by an address';

/** Sources whose name is not written whole in one place: an author run's, and names put together. */
const ASSEMBLED_SOURCES: ReadonlySet<string> = new Set([
  'src:author run',
  'src:two lines',
  'src:name fields',
  SPELT_OUT_RUN,
]);

/** How often the text writes a candidate's whole name: never, once, or more. */
const writtenFeature = (times: number): string =>
  times === 0 ? 'name:not in the text' : times === 1 ? 'name:in the text once' : 'name:in the text 2+ times';

/** Words shorter than this say little when written in lower case ("de", "li", "ma"). */
const MIN_COMMON_WORD = 3;

/**
 * An address, a path or a handle: "susan.wei@…", "github.com/swei", "sayeh-gholipour-picha",
 * "sayeh1994" write names in lower case.
 */
const ADDRESS_TOKEN = /[@/\d_]|\p{L}[.-]\p{L}/u;

/** A run of lower-case letters standing as a whole word (no letter on either side). */
const LOWER_CASE_WORD = /(?<!\p{L})\p{Ll}+(?!\p{L})/gu;

/**
 * Every word the document writes in lower case, addresses aside. The tokens kept are rejoined by
 * spaces and searched once: a space is no letter, so each token's words are what they were alone,
 * without one search per token.
 */
function lowerCaseWords(lines: readonly Line[]): Set<string> {
  const kept: string[] = [];
  for (const line of lines)
    for (const token of line.text.split(/\s+/)) if (!ADDRESS_TOKEN.test(token)) kept.push(token);
  const out = new Set<string>();
  for (const [word] of kept.join(' ').matchAll(LOWER_CASE_WORD)) out.add(word);
  return out;
}

/**
 * How many of a candidate's words the text also writes in lower case: "Use Git", "Applied
 * Ontology", "Mantle Geochemist" are words of the page's prose set as a title, while a person's
 * given and family name are capitalised wherever they stand. Particles, initials and acronyms
 * ("ML", "DTP") are left out; null when no word is left to judge.
 */
function commonWordsFeature(name: string, lower: ReadonlySet<string>): string | null {
  const words = name
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,'’]+$/u, ''))
    .filter((w) => w.length >= MIN_COMMON_WORD && w !== w.toUpperCase() && !isParticle(w));
  if (words.length === 0) return null;
  const common = words.filter((w) => lower.has(w.toLowerCase())).length;
  if (common === 0) return null;
  return common === words.length ? 'name:every word also in lower case' : 'name:a word also in lower case';
}

/**
 * Every place a page may name its person — the first lines (whichever section they fall in), the h1,
 * meta author, JSON-LD, the <title> and og:title split at their separators, a letter's signature —
 * merged by name, plus one candidate for "no name here". The fitted name ranker picks among them.
 */
export function nameCandidates(doc: CvDocument, sections: readonly Section[]): NameCandidate[] {
  const found = new Map<string, NameCandidate>();
  const add = (raw: string | null, features: string[]): void => {
    if (!raw) return;
    const name = titleCaseName(cleanNameCandidate(raw));
    // "Théo Valentin PhD Candidate": the words before a role or a degree may be the name.
    const before = nameBeforeRole(name);
    if (before && before !== name) add(before, [...features, 'name:before a role']);
    if (!isNameLike(name)) {
      const recased = recasedName(name);
      if (recased) add(recased, [...features, 'name:recased']);
      return;
    }
    const key = comparisonKey(name);
    const candidate = found.get(key) ?? { name, features: [] };
    for (const f of features) if (!candidate.features.includes(f)) candidate.features.push(f);
    found.set(key, candidate);
  };
  const sectionOf = new Map<Line, string>();
  for (const s of sections) for (const { line } of s.lines) sectionOf.set(line, s.kinds[0] ?? 'other');
  const addresses = personAddresses(doc);
  // A publication list may name its person only among the authors of every entry.
  const run = authorRun(doc.lines);
  const first = doc.lines.slice(0, FIRST_LINES);
  const sizes = first.map((l) => l.fontSize).filter((s): s is number => s !== null);
  const largest = sizes.length ? Math.max(...sizes) : null;
  // A form that asks for the given and the family name in fields of their own.
  let given: string | null = null;
  let family: string | null = null;
  first.forEach((line, i) => {
    const where = sectionOf.get(line) ?? 'heading';
    const features = ['src:first lines', ...lineFeatures(line, i, largest, where)];
    add(line.cells[0]?.text ?? line.text, features);
    if (line.cells.length > 1) add(line.text, features);
    // "Oliver Schlenkrich, geb. Kauff": in a letterhead the words before a comma may be the name
    // (further down, they are mostly an author list's first name).
    const comma = line.text.indexOf(',');
    if (i < NAME_IN_LINE_LINES && comma > 0)
      add(line.text.slice(0, comma), [...features, 'name:before a comma']);
    // Only the parts the person's addresses spell, or ending in the family name their author lists
    // run under ("Publikationen Anne Deiglmayr (geb. Meier)"): a letterhead's capitalised words are many.
    if (i < NAME_IN_LINE_LINES && !isNameLike(line.text))
      for (const part of namesInLine(line.text)) {
        const key = comparisonKey(part);
        if (nameIn(key, [...addresses.emails, addresses.site ?? '']) || (run && endsIn(key, run.family))) {
          // A letterhead sets the name first or last ("… en IA Explicable Sayeh GHOLIPOUR PICHA").
          const atEnd = line.text.startsWith(part) || line.text.endsWith(part);
          add(part, [
            'part:words of a line',
            ...(atEnd ? ['part:at an end of the line'] : []),
            ...lineFeatures(line, i, largest, where),
          ]);
        }
      }
    // A form's labelled field: "Name: ‖ Joshua Damian Salvi" or "Name: Joshua Damian Salvi".
    add(labelledValue(line, NAME_LABEL), ['src:name label']);
    given ??= labelledValue(line, GIVEN_NAME_LABEL);
    family ??= labelledValue(line, FAMILY_NAME_LABEL);
    // A name set large over two lines ("João Vitor" / "de O. Silva").
    const second = secondNameLine(first, i);
    if (second) add(`${line.text} ${second.text}`, [...features, 'src:two lines']);
    const previous = doc.lines[i - 1];
    if (previous && CV_WORD.test(previous.text)) add(line.text, ['line:after "CV"']);
  });
  if (given && family) add(`${given} ${family}`, ['src:name fields']);
  // A designed CV sets its name in the largest type on the first page, wherever its text comes in
  // reading order (a two-column page may give its column of dates first).
  for (const line of largestOnFirstPage(doc.lines)) {
    const where = sectionOf.get(line) ?? 'heading';
    add(line.text, ['page 1:largest font', ...lineFeatures(line, doc.lines.indexOf(line), largest, where)]);
  }
  doc.lines.forEach((line, i) => {
    if (line.kind === 'heading' && line.headingLevel === 1) add(line.text, ['src:h1']);
    if (CLOSING.test(line.text)) add(doc.lines[i + 1]?.text ?? null, ['src:signature']);
  });
  if (run)
    add(run.name, [
      'src:author run',
      `author run:${run.lines >= 10 ? '10+' : run.lines >= 5 ? '5-9' : '3-4'} lines`,
    ]);
  add(doc.meta.author, ['src:meta author']);
  for (const person of doc.meta.persons) add(person.name, ['src:json-ld']);
  for (const part of titleParts(doc.meta.title)) add(fileNameWords(part), ['src:title']);
  for (const part of titleParts(doc.meta.ogTitle)) add(part, ['src:og:title']);
  // "G. Fitton" on jobs-george.github.io: the run's initial spelt out by the person's address.
  if (run) {
    const otherWords = [...found.values()].flatMap((c) => c.name!.split(/\s+/));
    const ownAddresses = [...addresses.emails, addresses.site ?? ''].filter(Boolean);
    for (const name of initialSpeltOut(run.name, addresses.words, ownAddresses, otherWords))
      add(name, [SPELT_OUT_RUN]);
  }
  const text = ` ${joinedKey(doc.lines.map((l) => l.text))} `;
  const titleKey = ` ${comparisonKey(doc.meta.title ?? '')} `;
  const lower = lowerCaseWords(doc.lines);
  // Each candidate's family name, keyed once: every candidate is read against every other below.
  const families = [...found.values()].map((c) => ({
    name: c.name!,
    family: comparisonKey(c.name!).split(' ').pop() ?? '',
  }));
  const out = [...found.values()].map((c) => {
    const sources = c.features.filter((f) => f.startsWith('src:')).length;
    const words = c.name!.split(/\s+/);
    const features = [
      ...c.features,
      'candidate',
      `sources:${Math.min(sources, 3)}`,
      `words:${Math.min(words.length, 4)}`,
    ];
    if (/\b\p{Lu}\.?(\s|$)/u.test(c.name!)) features.push('name:initial');
    // A name ends in its family name: "Philip A." is a name cut short.
    if (INITIALS.test(words[words.length - 1]!)) features.push('name:ends in an initial');
    // "Sayeh GHOLIPOUR PICHA": the family name in capitals after a given name that is not.
    if (words[0] !== words[0]!.toUpperCase() && /^\p{Lu}{2,}$/u.test(words[words.length - 1]!))
      features.push('name:family in capitals');
    // "Théo Valentin PhD Candidate", "Postdoctoral Researcher": a post's or a degree's words.
    if (ROLE.test(c.name!) || degreeIndex(c.name!) !== undefined) features.push('name:role or degree words');
    if (CJK_NAME.test(c.name!)) features.push('name:cjk');
    const common = commonWordsFeature(c.name!, lower);
    if (common) features.push(common);
    const key = comparisonKey(c.name!);
    const surname = key.split(' ').pop() ?? '';
    const repeats = mentions(text, surname, 4);
    // Only repetition is evidence (the person's surname recurs in their author lists); a short page
    // names its person once, so a single mention says nothing either way.
    if (repeats >= 2) features.push(repeats >= 4 ? 'surname:4+ times' : 'surname:2-3 times');
    // The whole name as the text writes it: a name found only in the metadata (a site's author, a
    // title) that the page itself never writes is the site's, not this page's person. (An author
    // run's name is written family first in its lists: the run's own features count those.)
    // A name put together from two lines or two fields is the page's own by construction.
    if (!c.features.some((f) => ASSEMBLED_SOURCES.has(f)))
      features.push(writtenFeature(mentions(text, key, 2)));
    if (nameIn(key, addresses.emails)) features.push('name:in e-mail');
    if (addresses.site && nameIn(key, [addresses.site])) features.push('name:in site address');
    if (line0h1(c.features)) features.push('line:h1 at the top');
    // Agreement with the author lists: the person whose page it is stands in most of them, and a
    // name that spells out the run's initials ("Anne Deiglmayr" for "A. Deiglmayr") is its full form.
    if (run && endsIn(key, run.family)) {
      features.push('name:author run family');
      if (spellsOut(c.name!, run.name)) features.push('name:spells out the author run');
    }
    // "Michele Stingo" beside a site's "M. Stingo": the name whose given name another candidate
    // gives by its initial is that name in full.
    if (
      families.some(
        (other) => other.name !== c.name && endsIn(key, other.family) && spellsOut(c.name!, other.name),
      )
    )
      features.push('name:spells out another candidate');
    // "Publicações de André Santanchè": a title that holds the name among other words.
    if (titleKey.includes(` ${key} `)) features.push('name:in page title');
    // "Recent Talks", "Scientific Presentations": a heading set like a name.
    if (matchHeadingWording(c.name!).kinds.length > 0) features.push('name:section words');
    return { name: c.name, features };
  });
  // What speaks for "no person here": nothing to write to, and a page of prose (an article, a post).
  // Counted among the candidates a source gives whole (not the parts of a longer line), as before
  // those parts were proposed: the parts are in nearly every page, so they would say nothing.
  // A name the run's initial spelt out is the run's, no other source's.
  const own = (f: string): boolean => f.startsWith('src:') && f !== SPELT_OUT_RUN;
  const whole = [...found.values()].filter((c) => c.features.some(own)).length;
  // The author run with no other source naming its family: a publication list with no name line.
  const others = [...found.values()].filter((c) => c.features.some((f) => own(f) && f !== 'src:author run'));
  if (run && !others.some((c) => endsIn(comparisonKey(c.name!), run.family)))
    out.find((c) => c.features.includes('src:author run'))?.features.push('author run:no other source');
  const noName = ['no name', `no name:${Math.min(whole, 3)} candidates`];
  if (!doc.links.some((l) => l.startsWith('mailto:')) && !doc.lines.some((l) => l.text.includes('@')))
    noName.push('no name:no email');
  const long = doc.lines.filter((l) => l.text.length > PROSE_LINE).length;
  if (long * 3 > doc.lines.length) noName.push('no name:mostly long paragraphs');
  // "Lorem ipsum", "Your Name": a template's page, whose names are its examples.
  if (printsPlaceholders(doc.lines)) noName.push('no name:placeholder words');
  out.push({ name: null, features: noName });
  return out;
}
