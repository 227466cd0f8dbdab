import type { StyledText } from './styled-text';
import { YEAR } from '../lexicon/year';

const VANCOUVER_YEAR_AFTER = new RegExp(
  String.raw`^\s+${YEAR}[a-z]?(?:\s+\p{L}{3,9}\.?(?:\s+\d{1,2})?)?\s*;`,
  'u',
);
const PARENTHESISED_DATE = new RegExp(
  String.raw`\((?:[^()]{0,30}?)\b${YEAR}[a-z]?(?:[^()]{0,30}?)\)\s*[.,:;]?`,
  'g',
);

const DATE_OR_QUOTE = new RegExp(`^\\s+(?:\\(?${YEAR}|["“])`);

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Share of letters in bold / italic. */
  bold: number;
  italic: number;
  /** Was the whole segment inside quotation marks? */
  quoted: boolean;
}

/**
 * Abbreviations whose period does not end a sentence: journal-title abbreviations, "Vol.",
 * "pp.", honorifics. Data: extend freely.
 */
const ABBREVIATIONS = new Set(
  (
    'proc trans conf int intl j jour phys rev lett soc am amer chem biol sci med natl acad res eng math stat ' +
    'statist comput appl mech inf syst mol ann bull mag lab dept univ assoc symp adv theor exp ser comm commun ' +
    'inst geophys astron astrophys opt mater environ ecol evol psychol neurosci clin econ philos hist lit ' +
    'ling educ quart q electr dev mach learn intell artif netw process anal pattern recognit vis graph softw ' +
    'program lang log numer optim autom robot technol manag oper sociol polit anthropol stud rep pract nat ' +
    'genet biochem biophys microbiol immunol pharmacol physiol surg vol vols no nos pp p ed eds trans repr ' +
    'jr sr dr mr mrs ms st vs cf eg ie ca fig suppl approx dept est inc ltd co corp mt ft ave blvd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec rec mus stud lib bibl jahrb zeitschr zs bd hrsg ' +
    'hg vgl vol ff pt sec ch chap art arts cent c géogr hist ét rech nouv rev. mém acad sc gaz e.g i.e ' +
    'et cie assn dir perf prod orig tr misc diss dipl hab geol zool bot agric vet dent pharm nurs rehabil ' +
    'psychiatr neurol oncol cardiol endocrinol gastroenterol dermatol ophthalmol otolaryngol radiol pediatr ' +
    'obstet gynecol urol ser. publ mon monogr pap abstr lect notes comp rend cr acta ' +
    "int'l stoch art hum regul nutr clim mod discr approx integr electron softw atmos fortschr " +
    'nucl psychopath ind occup toxicol epidemiol hyg cogn behav perspect ecol sys syst ieice commun ' +
    // Volume and number written "v. 435, n. 7039"; more ISO 4 journal-word abbreviations.
    'v n nr atm oceanogr meteorol hydrol sedim paleontol petrol mineral crystallogr spectrosc ' +
    'polym catal thermodyn biotechnol bioeng nanotechnol photon electrochem inorg org phys. ' +
    'dyn fluid struct geotech hydraul transp infrastruct archit urban plann geogr demogr intern patt ws'
  ).split(' '),
);

/** Abbreviations that only ever stand before a number. */
const NUMBER_ABBREVIATIONS = new Set(['art', 'arts', 'vol', 'vols', 'no', 'nos', 'pp', 'fig', 'suppl']);

const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;

/**
 * The run of letters, digits, apostrophes and hyphens that ends at `end`, read backwards one code
 * point at a time: an end-anchored regex over the text before it rescans the whole entry at every
 * period.
 */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair =
      start >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

/** Does the period at `dot` end a sentence? */
function isSentenceEnd(text: string, dot: number): boolean {
  const after = text.slice(dot + 1);
  if (!/^\s/.test(after) && after !== '') return false;
  const next = /^\s*(\S)/.exec(after)?.[1] ?? '';
  // A lower-case start continues the sentence, except for names written so ("arXiv", "eLife", "npj").
  if (next && /\p{Ll}/u.test(next) && !/^\s*(?:\p{Ll}+\p{Lu}|npj\b)/u.test(after)) return false;
  // An elision inside a list ("Asgaard, G., ... Botros, N.") ends nothing.
  if (/(?:^|[\s,])\.\.$/.test(text.slice(0, dot))) return false;
  const word = wordBefore(text, dot);
  if (word.length === 0) return true;
  // Vancouver's "Nat Rev Genet. 2000;(3):218": a year and a semicolon start the numbers, so the
  // journal's abbreviation before them ends its sentence.
  if (VANCOUVER_YEAR_AFTER.test(after)) return true;
  // An initial ("J.", "Ch.", "E.-M.") continues a name; "et al." ends an author list.
  if (/^\p{Lu}\p{Ll}?$/u.test(word) || /-\p{Lu}$/u.test(word)) return false;
  // "Proc. 5th. BCS-FACS Workshop": an ordinal's period abbreviates, it does not end a sentence.
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return false;
  if (word === 'al' && /\bet\s+al$/.test(text.slice(0, dot))) return true;
  // An acronym in capitals ("…models using ACTA.") is a word, not the abbreviation "Acta.".
  if (/^\p{Lu}{3,}$/u.test(word)) return true;
  // Locator abbreviations ("Art. 12", "Vol. IV", "No. 3") precede numbers; before a word, the
  // period ends the sentence ("… State of the Art. SIAM Publications").
  if (NUMBER_ABBREVIATIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(next)) {
    return !/^\s*(?:[IVXLCDM]+\b|\p{Lu}?\d)/u.test(after);
  }
  // "Post-Conf.": the last piece of a hyphenated word abbreviates.
  const last = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : '';
  return (
    !ABBREVIATIONS.has(word.toLowerCase()) && !(last.length > 1 && ABBREVIATIONS.has(last.toLowerCase()))
  );
}

/** Words between the last cut before `i` and `i`. */
function wordsSinceCut(text: string, cuts: Set<number>, i: number): number {
  let from = 0;
  for (const c of cuts) if (c <= i && c > from) from = c;
  return text.slice(from, i).trim().split(/\s+/).length;
}

const OPEN_QUOTE = /[“"«‘„`]/;
const CLOSE_FOR: Record<string, RegExp> = {
  '“': /[”"]/,
  '"': /["”]/,
  '«': /»/,
  '‘': /’/,
  '„': /[“”]/,
  '`': /'/,
};

/** Spans in quotation marks: titles in IEEE, Chicago and humanities styles. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!OPEN_QUOTE.test(ch) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) continue;
    const close = CLOSE_FOR[ch]!;
    for (let j = i + 2; j < text.length; j++) {
      if (!close.test(text[j]!)) continue;
      // A closing single quote inside a word is an apostrophe ("O’Reilly", "don’t").
      if ((ch === '‘' || ch === '`') && /[\p{L}]/u.test(text[j + 1] ?? '')) continue;
      // LaTeX quotes: ``Title,'' closes on the second apostrophe.
      if (ch === '`' && text[j + 1] === "'") j++;
      if (
        text
          .slice(i + 1, j)
          .trim()
          .split(/\s+/).length >= 2
      )
        spans.push({ start: i, end: j + 1 });
      i = j;
      break;
    }
  }
  return spans;
}

/** Spans in one style (italic or bold) of at least two words. */
function styledSpans(flags: boolean[], text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && (flags[j] || text[j] === ' ')) j++;
    while (j > i && text[j - 1] === ' ') j--;
    if (/\S\s+\S/.test(text.slice(i, j)) || j - i >= 4) spans.push({ start: i, end: j });
    i = Math.max(j, i + 1);
  }
  return spans;
}

function share(flags: boolean[], text: string, start: number, end: number): number {
  let letters = 0;
  let on = 0;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    letters++;
    if (flags[i]) on++;
  }
  return letters === 0 ? 0 : on / letters;
}

/**
 * Splits an entry into sentence-like segments: at sentence ends (not after initials or
 * abbreviations), around quoted titles, around bold/italic runs, around "(2011)" and at the
 * extra cut points the caller supplies (the end of a leading author list).
 */
/** Is `word` (no period) a known abbreviation? */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase());

export function segment(st: StyledText, extraCuts: number[] = []): Segment[] {
  const { text } = st;
  // A quotation that is only part of the title ("‘Tone Cases’ in Bantu …") is no cut point.
  const quotes = quotedSpans(text).filter(
    (q) =>
      /[,.;:?!]\s*$/.test(text.slice(q.start, q.end).replace(/(?:''|[”"»’'])$/, '')) ||
      /^\s*(?:[,.;:(]|$)/.test(text.slice(q.end)),
  );
  const styled = [...styledSpans(st.italic, text), ...styledSpans(st.bold, text)];
  const protectedSpans = [...quotes, ...styled];
  const inside = (i: number) => protectedSpans.some((s) => i > s.start && i < s.end - 1);
  const cuts = new Set<number>(extraCuts);
  for (const s of quotes) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  // A styled run is a field of its own only where punctuation agrees: a bold name inside an
  // author list ("Bobby He, **Bryn Elesedy**, …") or "Accepted at **JMLR**" stays whole.
  for (const s of styled) {
    if (/(?:^|[.?!)\]])\s*$/.test(text.slice(0, s.start))) cuts.add(s.start);
    // A bold own name ending in an initial ("**Wysocki, O**., Hoegner, L.") leaves the initial's
    // period outside the run: that period is the name's, not the end of a field.
    const endsInInitial = /(?:^|[\s,])\p{Lu}$/u.test(text.slice(s.start, s.end)) && text[s.end] === '.';
    if (/^\s*(?:[.(?!]|$)/.test(text.slice(s.end)) && !endsInInitial) cuts.add(s.end);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inside(i)) continue;
    if (ch === '.' && isSentenceEnd(text, i)) cuts.add(i + 1);
    // "? " and "! " end a sentence when a date or a quote follows; "? " also before a capitalised
    // word once a few words were asked ("…battered woman kills? The Age"), not in "The Why? Files".
    const next = text.slice(i + 1);
    if ((ch === '?' || ch === '!') && DATE_OR_QUOTE.test(next)) cuts.add(i + 1);
    if (ch === '?' && /^\s+\p{Lu}/u.test(next) && wordsSinceCut(text, cuts, i) >= 4) cuts.add(i + 1);
  }
  // A parenthesised date on its own: "Romero, C. (2011). Brainology …".
  for (const m of text.matchAll(PARENTHESISED_DATE)) {
    if (inside(m.index)) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let from = 0;
  for (const to of [...points, text.length]) {
    const rawPiece = text.slice(from, to);
    const lead = rawPiece.length - rawPiece.trimStart().length;
    const start = from + lead;
    const piece = rawPiece.trim();
    if (/[\p{L}\p{N}]/u.test(piece)) {
      const end = start + piece.length;
      const quoted = quotes.some(
        (q) => q.start >= start - 1 && q.end <= end + 1 && q.end - q.start >= piece.length - 3,
      );
      segments.push({
        start,
        end,
        text: piece,
        bold: share(st.bold, text, start, end),
        italic: share(st.italic, text, start, end),
        quoted,
      });
    }
    from = to;
  }
  return segments;
}
