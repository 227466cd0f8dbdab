import { monthAbbreviations, monthNames, SEASONS } from '../../lexicon/months';
import { foldName } from '../../names/fold';
import places from '../places.json';
import venues from '../venues.json';
import { CONTRIBUTOR_ROLE_WORDS } from '../../lexicon/contributor-roles';
import { NAME_CONJUNCTION_WORDS } from '../../lexicon/name-words';
import { PUBLISHER_TOKENS } from '../../lexicon/publishers';
import { VENUE_TOKENS } from '../../lexicon/venues';
import lexicon from './lexicon.json';
import { YEAR_IN_TOKEN, YEAR_TOKEN, type Token } from './tokenize';

/** A lexicon's words as a set of lower-cased, accent-kept keys. */
const wordSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

const GIVEN = wordSet(lexicon.givenNames);
/** The words that join an author list's last two names in any language: Portuguese "e" works as "and". */
const NAME_CONJUNCTIONS = wordSet([...NAME_CONJUNCTION_WORDS]);
const MONTHS = wordSet([...monthNames(), ...monthAbbreviations(['en']), ...SEASONS]);
const PUBLISHER = wordSet([...PUBLISHER_TOKENS]);
const NOTE = wordSet(lexicon.noteWords);
const ROLE = wordSet([...CONTRIBUTOR_ROLE_WORDS]);
const EDITION = wordSet(lexicon.editionWords);
const SERIES = wordSet(lexicon.seriesWords);
/**
 * A one-word city is a city wherever it stands; a word of a longer name ("River" of "Upper Saddle
 * River", "New" of "New York") is only part of one, and a common word elsewhere.
 */
const CITY = wordSet(places.cities.filter((c) => !/\s/.test(c)));
const CITY_PART = wordSet(places.cities.filter((c) => /\s/.test(c)).flatMap((c) => c.split(/\s+/)));
const REGION = new Set(places.regions);
/** Venue words: the lexicon's plus every capitalised word of the venue table's names and aliases. */
const VENUE = wordSet([
  ...VENUE_TOKENS,
  ...venues
    .flatMap((v) => [v.name, ...v.aliases].flatMap((n) => n.split(/\s+/)))
    .filter((w) => /^\p{Lu}/u.test(w)),
]);

/** The letters and digits of a word, lower-cased: "(Eds.)," → "eds". */
export function bareWord(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/** The character class of one character: X upper, x lower, d digit, else the character itself. */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII first: most characters of a reference are, and the Unicode tests are slow.
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Character classes, runs collapsed: "Smith," → "Xx,", "(2011)." → "(d).", "J.-P." → "X.-X.". */
function shape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 4) + '~' + out.slice(-3) : out;
}

/** The punctuation a token ends with (at most two marks): where fields usually end. */
function trail(text: string): string {
  const m = /[^\p{L}\p{N}]{1,2}$/u.exec(text);
  return m ? m[0] : '';
}

const INITIAL = /^\p{Lu}\p{Ll}?\.(?:-?\p{Lu}\.)*,?$/u;

/** A token that ends a sentence: a period that is not an initial's, or "?" / "!". */
function endsSentence(text: string): boolean {
  if (/[?!]["”’]?[,.]?$/.test(text)) return true;
  if (!/\.["”’)]*$/.test(text)) return false;
  return !INITIAL.test(text) && !/^(?:pp?|vol|no|ed|eds|al|st|dr|jr|vs|e\.g|i\.e)\.$/i.test(text);
}

/**
 * What separates a token from the one before: fields nearly always change at punctuation, so the
 * transition weights are kept per kind of gap (a label change between two bare words costs more
 * than one after a period).
 */
export const GAPS = ['word', 'comma', 'sentence', 'initial', 'colon', 'quote', 'paren', 'other'] as const;
/** How the token after the gap starts: a capital, a lower-case letter, a digit, anything else. */
const OPENINGS = 4;
export const GAP_CLASSES = GAPS.length * OPENINGS;

function gapKind(before: string, after: string): number {
  if (/["”’»]\W*$/.test(before) || /^["“‘«„]/.test(after)) return 5;
  if (/[)\]]\W*$/.test(before) || /^[([]/.test(after)) return 6;
  if (/[:;]$/.test(before)) return 4;
  if (/,$/.test(before)) return 1;
  if (/[.?!]$/.test(before)) return endsSentence(before) ? 2 : 3;
  if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after)) return 0;
  return 7;
}

/** Per token, the class of the gap before it (GAPS × how the token starts); 0 for the first. */
export function gapClasses(tokens: Token[]): number[] {
  return tokens.map((token, t) => {
    if (t === 0) return 0;
    const after = token.text.replace(/^["“‘«„([]+/, '');
    const opening = /^\p{Lu}/u.test(after) ? 0 : /^\p{Ll}/u.test(after) ? 1 : /^\p{N}/u.test(after) ? 2 : 3;
    return gapKind(tokens[t - 1]!.text, token.text) * OPENINGS + opening;
  });
}

/** Where the rule-based reading put a field, in offsets of the string the tokens come from. */
export interface RuleSpan {
  field: 'authors' | 'title' | 'venue' | 'year';
  start: number;
  end: number;
}

/** What is known of the entry beyond its tokens. */
export interface FeatureContext {
  /** Folded words of the candidate's names ("elesedy", "bryn"): a token that is one is their name. */
  candidateWords: ReadonlySet<string>;
  /**
   * The rule-based parser's reading: the model weighs it like any other feature, so the rules count
   * where the training data shows them right and are outvoted where it does not.
   */
  rules: RuleSpan[];
  /** Per character of the string: bold, italic (as the CV's runs or markers give them). */
  style: { bold: readonly boolean[]; italic: readonly boolean[] };
}

export const NO_CONTEXT: FeatureContext = {
  candidateWords: new Set(),
  rules: [],
  style: { bold: [], italic: [] },
};

/** Whether most of a token's characters carry a style. */
function mostly(marks: readonly boolean[], token: Token): boolean {
  let on = 0;
  for (let i = token.start; i < token.end; i++) if (marks[i]) on++;
  return on * 2 > token.end - token.start;
}

/** The folded words of the candidate's names, for FeatureContext. */
export function candidateWords(names: string[]): Set<string> {
  return new Set(names.flatMap((n) => foldName(n).split(/\s+/)).filter((w) => w.length > 1));
}

/**
 * What a token's text alone says, worked out once per distinct text: references repeat their words
 * (names, venue words, "In", "and"), and the feature strings built here are shared, so the model's
 * look-up hashes each once.
 */
interface TokenFacts {
  word: string;
  shape: string;
  trail: string;
  /** Its text's features, in the order the feature list holds them: the word and its suffix… */
  wordFeatures: string[];
  /** …then, after the position ones, case, initials, years, numbers and links… */
  textFeatures: string[];
  /** …and, after the quotes and parentheses, the dictionaries' hits. */
  lexical: string[];
  /** `foldName(word)`, the key of the candidate's name words. */
  folded: string;
  /** Its shape and punctuation as its own features ("s=Xx,", "t=,"). */
  shapeFeature: string;
  trailFeature: string;
  /** Its word, shape and punctuation as the features of its neighbours read them. */
  asPrevious: { word: string; word2: string; shape: string; trail: string };
  asNext: { word: string; word2: string; shape: string; trail: string };
  pre: string | null;
  opensQuote: boolean;
  endsSentence: boolean;
  /** Opens a quote it does not close; closes one; ( and [ opened minus ) and ] closed. */
  opensUnclosedQuote: boolean;
  closesQuote: boolean;
  parenDelta: number;
  holdsYear: boolean;
  /** Joins an author list's last two names ("and", "e"): its neighbours are told. */
  joinsNames: boolean;
  /** What a short segment holding this word is: a genre, an edition, a series, a contributor's role. */
  segmentKinds: string[];
  /** Its punctuation and shape after no token ("t-1|s=^|Xx,", "t-1|t=^|,"): the entry's first. */
  first: { trailShape: string; trailTrail: string };
  /** Its pair features after each token text seen before it (by that token's facts), built once. */
  after: Map<TokenFacts, PairFeatures>;
  /** "rule=title|s=Xx" and the like, by rule field, built once. */
  ruleShape: Map<string, string>;
}

/** The features of two neighbouring tokens' texts, the first's facts before the second's. */
interface PairFeatures {
  /** The second's own features: the first's punctuation with its shape, and with its punctuation… */
  trailShape: string;
  trailTrail: string;
  /** …the two words, as the second reads them ("w-1|w=") and as the first does ("w|w+1="). */
  words: string;
  nextWords: string;
}

function factsOf(text: string): TokenFacts {
  const w = bareWord(text);
  const shapeOf = shape(text);
  const trailOf = trail(text);
  const digits = /\d/.test(w);
  const wordFeatures: string[] = [];
  if (!digits && w.length <= 24) wordFeatures.push(`w=${w}`);
  if (w.length > 3 && !digits) wordFeatures.push(`suf=${w.slice(-3)}`);
  const textFeatures: string[] = [];
  if (/^\p{Lu}/u.test(w) || /^[^\p{L}]*\p{Lu}/u.test(text)) textFeatures.push('cap');
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) textFeatures.push('allcap');
  if (INITIAL.test(text)) textFeatures.push('initial');
  const holdsYear = YEAR_IN_TOKEN.test(text);
  if (holdsYear) textFeatures.push(YEAR_TOKEN.test(text) ? 'year' : 'year-in');
  if (/^\d+$/.test(w)) textFeatures.push(`num${Math.min(w.length, 5)}`);
  if (/\d+\s*[-–—]\s*\d+/.test(text)) textFeatures.push('range');
  if (/\d+\(\d+\)/.test(text)) textFeatures.push('vol(issue)');
  if (/^(?:https?:|www\.|doi:|10\.\d{4,}\/|arxiv:)/i.test(text)) textFeatures.push('link');
  const lexical: string[] = [];
  if (GIVEN.has(w)) lexical.push('given');
  const joinsNames = NAME_CONJUNCTIONS.has(w);
  if (joinsNames) lexical.push('name-conj');
  if (MONTHS.has(w)) lexical.push('month');
  if (PUBLISHER.has(w)) lexical.push('publisher-word');
  if (VENUE.has(w)) lexical.push('venue-word');
  if (NOTE.has(w)) lexical.push('note-word');
  if (ROLE.has(w)) lexical.push('role-word');
  if (CITY.has(w)) lexical.push('city');
  else if (CITY_PART.has(w)) lexical.push('city part');
  if (REGION.has(w.toUpperCase()) && /^\p{Lu}{2}[.,:]?$/u.test(text)) lexical.push('region');
  const segmentKinds: string[] = [];
  if (NOTE.has(w)) segmentKinds.push('genre');
  if (EDITION.has(w)) segmentKinds.push('edition');
  if (SERIES.has(w)) segmentKinds.push('series');
  if (ROLE.has(w)) segmentKinds.push('role');
  return {
    word: w,
    shape: shapeOf,
    trail: trailOf,
    shapeFeature: `s=${shapeOf}`,
    trailFeature: `t=${trailOf}`,
    wordFeatures,
    textFeatures,
    lexical,
    folded: foldName(w),
    asPrevious: { word: `w-1=${w}`, word2: `w-2=${w}`, shape: `s-1=${shapeOf}`, trail: `t-1=${trailOf}` },
    asNext: { word: `w+1=${w}`, word2: `w+2=${w}`, shape: `s+1=${shapeOf}`, trail: `t+1=${trailOf}` },
    pre: w.length > 3 && !digits ? `pre=${w.slice(0, 3)}` : null,
    opensQuote: /^["“«‘„]/.test(text),
    endsSentence: endsSentence(text),
    opensUnclosedQuote: /^["“«„]/.test(text) && !/["”»]/.test(text.slice(1)),
    closesQuote: /["”»]/.test(text),
    parenDelta: (text.match(/[([]/g) ?? []).length - (text.match(/[)\]]/g) ?? []).length,
    holdsYear,
    joinsNames,
    segmentKinds,
    first: { trailShape: `t-1|s=^|${shapeOf}`, trailTrail: `t-1|t=^|${trailOf}` },
    after: new Map(),
    ruleShape: new Map(),
  };
}

/**
 * The pair features of `prev` then `next`. Built once per pair of texts and shared: the model's
 * look-up hashes a string once, and a string built afresh for each token had to be hashed anew.
 */
function pairOf(prev: TokenFacts, next: TokenFacts): PairFeatures {
  let pair = next.after.get(prev);
  if (!pair) {
    pair = {
      trailShape: `t-1|s=${prev.trail}|${next.shape}`,
      trailTrail: `t-1|t=${prev.trail}|${next.trail}`,
      words: `w-1|w=${prev.word}|${next.word}`,
      nextWords: `w|w+1=${prev.word}|${next.word}`,
    };
    next.after.set(prev, pair);
  }
  return pair;
}

/** "rule=FIELD|s=SHAPE" of a token's facts, built once per field. */
function ruleShapeOf(facts: TokenFacts, field: string): string {
  let name = facts.ruleShape.get(field);
  if (name === undefined) {
    name = `rule=${field}|s=${facts.shape}`;
    facts.ruleShape.set(field, name);
  }
  return name;
}

/** The style feature by italic and bold of the token and of the one before, as bits i, b, i-1, b-1. */
const STYLE_FEATURES = Array.from(
  { length: 16 },
  (_, k) => `style=${k & 8 ? 'i' : ''}${k & 4 ? 'b' : ''}|${k & 2 ? 'i' : ''}${k & 1 ? 'b' : ''}`,
);

/** The gaps that bound a segment: a comma, a sentence's end, a colon, a quote, a bracket. */
const SEGMENT_BREAKS = new Set(
  (['comma', 'sentence', 'colon', 'quote', 'paren'] as const).map((g) => GAPS.indexOf(g)),
);
/** An edition, genre or series note is a few words; a longer segment holding such a word is a title's. */
const SEGMENT_MAX = 6;

/**
 * Per token, the features of the short segment it stands in (between two breaks) when one of its
 * words names a genre, an edition, a series or a role: "Revised Edition", "PhD thesis", "2. vyd.",
 * "Lecture Series 12". The segment's first token is marked apart, and so is the first token after
 * it: the break on either side of such a segment is no title's inner break, which the transitions,
 * seeing only the punctuation, cannot tell.
 */
function segmentFeatures(facts: TokenFacts[], gaps: readonly number[]): string[][] {
  const out: string[][] = facts.map(() => []);
  let start = 0;
  let kinds: string[] = [];
  for (let t = 1; t <= facts.length; t++) {
    if (t < facts.length && !SEGMENT_BREAKS.has(Math.floor(gaps[t]! / OPENINGS))) continue;
    if (t - start <= SEGMENT_MAX) {
      kinds = [...new Set(facts.slice(start, t).flatMap((f) => f.segmentKinds))];
      for (let i = start; i < t; i++) out[i]!.push(...kinds.map((k) => `seg=${k}`));
      out[start]!.push(...kinds.map((k) => `seg-open=${k}`));
    } else kinds = [];
    if (t < facts.length) out[t]!.push(...kinds.map((k) => `seg-before=${k}`));
    start = t;
  }
  return out;
}

/** The position (in tenths of the entry) and sentence-count features, built once. */
const POSITIONS = Array.from({ length: 10 }, (_, k) => `pos=${k}`);
const SENTENCES = Array.from({ length: 5 }, (_, k) => `sent=${k}`);
/**
 * The token's distance from the first token holding a year, −4 (or further before) to 4 (or
 * further after): the title and venue stand at set distances from the date in most styles.
 */
const YEAR_DISTANCES = Array.from({ length: 9 }, (_, k) => `yd=${k - 4}`);

/** The rules' span features by field, built once. */
const RULE_FEATURES = Object.fromEntries(
  (['authors', 'title', 'venue', 'year'] as const).map((field) => [
    field,
    { inside: `rule=${field}`, starts: `rule-starts=${field}`, ends: `rule-ends=${field}` },
  ]),
) as Record<RuleSpan['field'], { inside: string; starts: string; ends: string }>;

/** Facts by token text; cleared when full, so a long run of documents cannot grow it without end. */
const factsMemo = new Map<string, TokenFacts>();
const FACTS_MEMO_LIMIT = 20_000;

function tokenFacts(text: string): TokenFacts {
  let facts = factsMemo.get(text);
  if (!facts) {
    facts = factsOf(text);
    if (factsMemo.size >= FACTS_MEMO_LIMIT) factsMemo.clear();
    factsMemo.set(text, facts);
  }
  return facts;
}

/**
 * The named features of every token: what it is (word, shape, case, punctuation, dictionary hits),
 * where it is (position, sentences and quotes before it, before or after the first year and how
 * far from it), and its
 * neighbours' words, shapes and punctuation. Feature names are strings so the weights file stays
 * readable and a feature absent from it simply weighs nothing. `gaps` are the tokens' gap classes
 * (gapClasses), given by a caller that decodes with them too.
 */
export function tokenFeatures(
  tokens: Token[],
  context: FeatureContext,
  gaps: readonly number[] = gapClasses(tokens),
): string[][] {
  const n = tokens.length;
  const facts = tokens.map((t) => tokenFacts(t.text));
  const italic = tokens.map((t) => mostly(context.style.italic, t));
  const bold = tokens.map((t) => mostly(context.style.bold, t));
  const styled = italic.some(Boolean) || bold.some(Boolean);
  const out: string[][] = [];
  let sentences = 0;
  let quoted = false;
  let paren = 0;
  let seenYear = false;
  let quotesClosed = false;
  const firstYear = facts.findIndex((f) => f.holdsYear);
  const segments = segmentFeatures(facts, gaps);
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    const prev = facts[i - 1];
    const next = facts[i + 1];
    const feats = [
      'bias',
      f.shapeFeature,
      f.trailFeature,
      POSITIONS[Math.floor((10 * i) / n)]!,
      SENTENCES[Math.min(sentences, 4)]!,
    ];
    if (styled) {
      feats.push(
        STYLE_FEATURES[
          (italic[i] ? 8 : 0) | (bold[i] ? 4 : 0) | (italic[i - 1] ? 2 : 0) | (bold[i - 1] ? 1 : 0)
        ]!,
      );
      if (italic[i] !== (italic[i + 1] ?? false)) feats.push('italic-edge');
    }
    feats.push(...f.wordFeatures);
    if (i === 0) feats.push('first');
    if (i === n - 1) feats.push('last');
    if (i === 1) feats.push('second');
    feats.push(...f.textFeatures);
    if (quoted) feats.push('in-quotes');
    if (f.opensQuote) feats.push('opens-quote');
    if (paren > 0) feats.push('in-paren');
    feats.push(seenYear ? 'after-year' : 'before-year');
    if (firstYear >= 0) feats.push(YEAR_DISTANCES[Math.max(-4, Math.min(4, i - firstYear)) + 4]!);
    if (quotesClosed) feats.push('after-quote');
    feats.push(...f.lexical, ...segments[i]!);
    // Beside a name conjunction a capitalised word is most often a name, whatever the language.
    if (prev?.joinsNames) feats.push('conj-1');
    if (next?.joinsNames) feats.push('conj+1');
    if (context.candidateWords.size > 0 && context.candidateWords.has(f.folded)) feats.push('candidate');
    feats.push(prev ? prev.asPrevious.word : 'w-1=^', next ? next.asNext.word : 'w+1=$');
    feats.push(prev ? prev.asPrevious.shape : 's-1=^', next ? next.asNext.shape : 's+1=$');
    feats.push(prev ? prev.asPrevious.trail : 't-1=^');
    const before = prev ? pairOf(prev, f) : null;
    feats.push(before ? before.trailShape : f.first.trailShape);
    feats.push(before ? before.trailTrail : f.first.trailTrail);
    const prev2 = facts[i - 2];
    const next2 = facts[i + 2];
    feats.push(prev2 ? prev2.asPrevious.word2 : 'w-2=^', next2 ? next2.asNext.word2 : 'w+2=$');
    if (before) feats.push(before.words);
    if (next) feats.push(pairOf(f, next).nextWords, next.asNext.trail);
    if (f.pre) feats.push(f.pre);
    const token = tokens[i]!;
    for (const r of context.rules) {
      if (token.end <= r.start || token.start >= r.end) continue;
      feats.push(RULE_FEATURES[r.field].inside, ruleShapeOf(f, r.field));
      if (token.start <= r.start) feats.push(RULE_FEATURES[r.field].starts);
      if (token.end >= r.end) feats.push(RULE_FEATURES[r.field].ends);
    }
    out.push(feats);
    if (f.endsSentence) sentences++;
    // A quote opened and not closed in the same token runs on until a token closes it; the tokens
    // after the first such quote closes are marked (the title's quote ends before the venue).
    if (!quoted && f.opensUnclosedQuote) quoted = true;
    else if (quoted && f.closesQuote) {
      quoted = false;
      quotesClosed = true;
    }
    paren += f.parenDelta;
    if (paren < 0) paren = 0;
    if (f.holdsYear) seenYear = true;
  }
  return out;
}
