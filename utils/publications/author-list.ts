import {
  CONTRIBUTOR_ROLE_PREFIX,
  CONTRIBUTOR_ROLE_TOKEN,
  CONTRIBUTOR_ROLE_WORDS,
} from '../lexicon/contributor-roles';
import { isParticle as isNameParticle } from '../names/particles';
import { NAME_CONJUNCTION, SERIAL_CONJUNCTION } from '../lexicon/name-words';

/** A word that joins the last two names of a list, in any language ("and", "und", "e"). */
const CONJUNCTION = new RegExp(`^${NAME_CONJUNCTION}$`);
/** A joining word that may follow a comma: "and", "&". */
const AFTER_COMMA = new RegExp(`^${SERIAL_CONJUNCTION}$`, 'i');

/** A word of the text with its offsets and the punctuation that follows it. */
interface Token {
  word: string;
  start: number;
  end: number;
  /** Punctuation stuck to the end (",", ".", ";", ":", "*,"): marks and separators. */
  trail: string;
}

export interface ParsedAuthor {
  name: string;
  start: number;
  end: number;
  marked: boolean;
}

export interface AuthorList {
  authors: ParsedAuthor[];
  /** Offset just past the list (and its closing punctuation). */
  end: number;
  etAl: boolean;
  /** Every given name is initials only: "F. Last" / "Last, F." styles. */
  initialsStyle: boolean;
  /** How the first name is written: "Last, F." ('initials'), "Last, First" ('full'), or forward (null). */
  inverted: 'initials' | 'full' | null;
}

const MARKS = /[*†‡§¶∗⋆✝#]+|\d{1,2}(?=,|$)/g;
const INITIAL = /^(?:(?:\p{Lu}|Ch|Th|Ph|Sh|Fr|Wm|Kh|Zh)\.-?\s?){1,4}$|^\p{Lu}\.?-\p{Lu}\.?$/u;
const BARE_INITIALS = /^\p{Lu}{1,3}$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|(?:d|l|o|d)['’]\p{Lu}[\p{L}\p{M}]*)$/u;
/** Capitalised words that start titles, venues and sentences, not names. */
const NOT_NAMES = new Set([
  ...CONTRIBUTOR_ROLE_WORDS,
  ...(
    'the a an in on of for and with to from at by as is are be how why what when where which who do does ' +
    'can towards toward proceedings journal conference workshop symposium transactions annals review ' +
    'letters bulletin department university institute press report thesis vol volume ' +
    'no pp chapter part series preprint submitted accepted under available retrieved accessed new using ' +
    'international national american european advances an introduction learning deep neural'
  ).split(' '),
]);

/**
 * The words of text[from, to), read only as far as the parser asks: a list mostly ends within a few
 * words of its start, while callers hand it whole lines and entries (the page's first 600 lines, an
 * entry from each of its sentence breaks): tokenized whole, they cost nearly as much as the parse.
 */
class Tokens {
  private readonly read: Token[] = [];
  private readonly re = /\S+/g;
  private done = false;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.re.lastIndex = from;
  }

  /** The k-th word, or undefined past the last. */
  at(k: number): Token | undefined {
    while (this.read.length <= k && !this.done) this.readOne();
    return this.read[k];
  }

  has(k: number): boolean {
    return this.at(k) !== undefined;
  }

  /** Words a to b - 1, as Array.prototype.slice gives them. */
  slice(a: number, b: number): Token[] {
    this.at(b - 1);
    return this.read.slice(a, b);
  }

  private readOne(): void {
    const m = this.re.exec(this.text);
    if (!m || m.index >= this.to) {
      this.done = true;
      return;
    }
    // "Hart,R.J.", "Barsukova,L": a comma typed without its space still separates family and given names.
    const glued = /^(\p{Lu}[\p{L}\p{M}'’-]+),(?=\p{Lu})/u.exec(m[0]);
    if (glued) {
      this.read.push({ word: glued[1]!, start: m.index, end: m.index + glued[0].length, trail: ',' });
      this.re.lastIndex = m.index + glued[0].length;
      return;
    }
    let word = m[0];
    let trail = '';
    const t = /[,;:*†‡§¶∗⋆✝]+\.?$|[,;:]$/.exec(word);
    if (t) {
      trail = t[0];
      word = word.slice(0, -trail.length);
    }
    this.read.push({ word, start: m.index, end: m.index + m[0].length, trail });
  }
}

/** The word without one final period (no pattern: this runs on every word an author list reads). */
const stripDot = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);
/** "van", "de", "El"; never an initial: "Y." and "E." are initials even though "y" and "e" are particles. */
const isParticle = (w: string) => !/^\p{Lu}\.?$/u.test(w) && isNameParticle(w);
/** Given names all initials ("J. P. Singh", "van der A. Mast"); particles alone ("Der Steppenwolf") are not. */
const initialsOrParticles = (ts: Token[]) =>
  ts.some((t) => isInitial(t.word)) && ts.every((t) => isInitial(t.word) || isParticle(t.word));
const isInitial = (w: string) => INITIAL.test(w) || /^\(\p{Lu}[\p{L}.-]*\.\)$/u.test(w);
/** A full word ending in a period ends the list: "… and Martial Hebert. Putting objects …". */
const endsSentence = (t: Token) => t.word.endsWith('.') && !isInitial(t.word) && t.trail === '';

function isNameWord(t: Token, first: boolean): boolean {
  const w = stripDot(t.word);
  if (!first && isParticle(w)) return true;
  if (!NAME_WORD.test(w)) return false;
  if (NOT_NAMES.has(w.toLowerCase())) return false;
  return w.length >= 2;
}

interface OneAuthor {
  next: number;
  initialsOnly: boolean;
  inverted: 'initials' | 'full' | null;
}

/** Tokens i..j-1 as given names: initials, or name words. */
function givenRun(
  tokens: Tokens,
  i: number,
  max: number,
  wordsAfterInitials: boolean,
): { next: number; initialsOnly: boolean } {
  let j = i;
  let initialsOnly = true;
  let sawInitial = false;
  while (tokens.has(j) && j - i < max) {
    const t = tokens.at(j)!;
    // After "Family," capitals alone are initials: "Ferguson, JN.", "Aldag, JM".
    const inverted = !wordsAfterInitials && j === i && /^\p{Lu}{2,3}\.?$/u.test(t.word);
    if (isInitial(t.word) || (BARE_INITIALS.test(t.word) && t.word.length === 1) || inverted) {
      j++;
      sawInitial = true;
    } else if (sawInitial && !wordsAfterInitials) break;
    else if (isNameWord(t, j === i) && !endsSentence(t)) {
      initialsOnly = false;
      j++;
    } else if (isNameWord(t, j === i) && endsSentence(t)) {
      initialsOnly = false;
      return { next: j + 1, initialsOnly };
    } else break;
    if (t.trail) break;
  }
  return { next: j, initialsOnly };
}

/**
 * Does a sentence run on from token k, so the capitalised word before it opened a title rather than
 * ended a name? "Marek D. Sleep and the brain", "Lee K. Learning in context": a lower-case word
 * (not a particle), or "and" followed by one, never follows a family name.
 */
function titleRunsOn(tokens: Tokens, k: number): boolean {
  const w = tokens.at(k - 1);
  if (!w || w.trail || w.word.endsWith('.')) return false;
  const next = tokens.at(k);
  if (!next || !/^\p{Ll}/u.test(next.word) || isParticle(next.word)) return false;
  if (!CONJUNCTION.test(next.word)) return true;
  const after = tokens.at(k + 1);
  if (!after || !/^\p{Ll}/u.test(after.word) || isParticle(after.word)) return false;
  // "… and the ATLAS Collaboration" is a body among the authors.
  return !tokens
    .slice(k + 2, k + 6)
    .some((t) => /^(?:collaboration|consortium|group|team|investigators|project)$/i.test(stripDot(t.word)));
}

/** One author starting at token i, in whichever written form fits. */
function parseOne(
  tokens: Tokens,
  i: number,
  firstAuthor: boolean,
  vancouver: boolean,
  fullInverted = false,
): OneAuthor | null {
  const t0 = tokens.at(i);
  if (!t0) return null;
  // Family name first: particles, then one or two name words.
  let f = i;
  while (tokens.has(f) && isParticle(tokens.at(f)!.word) && !tokens.at(f)!.trail) f++;
  // "Vander Linden, K.": a two-word family name when initials follow its comma.
  const second = tokens.at(f + 1);
  if (
    second &&
    !tokens.at(f)?.trail &&
    isNameWord(tokens.at(f)!, f === i) &&
    isNameWord(second, false) &&
    second.trail.startsWith(',') &&
    tokens.at(f + 2) &&
    isInitial(tokens.at(f + 2)!.word)
  ) {
    f++;
  }
  const fam = tokens.at(f);
  if (fam && isNameWord(fam, f === i) && !isInitial(fam.word) && !endsSentence(fam)) {
    // "Romero, C." / "Douglass, April G." / "Lee, L. L.": family, comma, given names.
    if (fam.trail.startsWith(',') && tokens.has(f + 1)) {
      const g = givenRun(tokens, f + 1, 4, false);
      // "Catmull, Edwin and Rom, Raphael": after "and", a list opened family-first may stay so.
      if (g.next > f + 1 && (g.initialsOnly || firstAuthor || fullInverted)) {
        return { next: g.next, initialsOnly: g.initialsOnly, inverted: g.initialsOnly ? 'initials' : 'full' };
      }
    }
    // "Peters OA", "Heidegger M.", "KINDBERG JACOBSEN J.", "ALY (M.I.)": initials after the family name.
    if (!fam.trail) {
      let k = f + 1;
      if (
        tokens.has(k) &&
        isNameWord(tokens.at(k)!, false) &&
        !tokens.at(k)!.trail &&
        /^\p{Lu}+$/u.test(fam.word)
      )
        k++;
      const ini = tokens.at(k);
      if (ini && (BARE_INITIALS.test(ini.word.replace(/\.$/, '')) || isInitial(ini.word))) {
        let e = k + 1;
        while (!ini.trail && tokens.has(e) && isInitial(tokens.at(e)!.word) && e - k < 3) e++;
        const after = tokens.at(e);
        // A forward name "A. B. Last" never ends with initials; a next name word means it is forward,
        // unless the list is already in the initials-after style.
        if (
          !after ||
          vancouver ||
          // "Novak PT. Ortiz LM.": capitals with a period close the name.
          /^\p{Lu}{2,3}\.$/u.test(ini.word) ||
          after.word === 'and' ||
          tokens.at(e - 1)!.trail ||
          !isNameWord(after, false) ||
          titleRunsOn(tokens, e + 1)
        ) {
          return { next: e, initialsOnly: true, inverted: 'initials' };
        }
      }
    }
  }
  // Given names first: "F. M. Last", "First Middle Last", "Jean-Francois Ton". A bare "A" after
  // the first author is the article opening the title ("Boole, George, A Treatise …").
  if (!firstAuthor && t0.word === 'A' && !t0.trail) return null;
  const g = givenRun(tokens, i, 4, true);
  if (g.next === i) return null;
  let j = g.next;
  const lastGiven = tokens.at(j - 1)!;
  if (lastGiven.trail || endsSentence(lastGiven)) {
    // The run already ended on punctuation: its last word is the family name.
    if (j - i < 2 || isInitial(lastGiven.word)) return null;
    // "Wolfgang Jantzen: Behinderung …": one forward name before a colon heads German-style entries;
    // later in a list, or longer, a colon ends a title ("Deep Learning Methods: A Review").
    if (lastGiven.trail.startsWith(':') && (!firstAuthor || j - i > 3 || lastGiven.trail !== ':'))
      return null;
    return { next: j, initialsOnly: initialsOrParticles(tokens.slice(i, j - 1)), inverted: null };
  }
  while (tokens.has(j) && isParticle(tokens.at(j)!.word) && !tokens.at(j)!.trail) j++;
  const family = tokens.at(j);
  // "Barrington Moore, Social Origins of Dictatorship …": a later "name" the sentence runs on from
  // is the title's opening words.
  const familyWord = !!family && isNameWord(family, false) && !isInitial(family.word);
  if (!firstAuthor && titleRunsOn(tokens, familyWord ? j + 1 : g.next)) return null;
  if (familyWord) {
    return { next: j + 1, initialsOnly: initialsOrParticles(tokens.slice(i, g.next)), inverted: null };
  }
  // The last given word was the family name ("Bryn Elesedy and …").
  const following = tokens.at(g.next);
  if (
    j === g.next &&
    g.next - i >= 2 &&
    !isInitial(lastGiven.word) &&
    (!firstAuthor || !following || AFTER_COMMA.test(following.word))
  ) {
    return { next: g.next, initialsOnly: initialsOrParticles(tokens.slice(i, g.next - 1)), inverted: null };
  }
  return null;
}

function nameText(text: string, tokens: Tokens, i: number, j: number): { name: string; marked: boolean } {
  const raw = text.slice(tokens.at(i)!.start, tokens.at(j - 1)!.end);
  const marked = /[*†‡∗⋆✝]/.test(raw);
  const name = raw
    .replace(/(?<=\p{L}),(?=\p{Lu})/gu, ', ')
    .replace(MARKS, '')
    .replace(/[,;:]+$/, '')
    .replace(/([^\p{Lu}])\.$/u, '$1')
    .replace(/(\s\p{Lu}{2,3})\.$/u, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { name, marked };
}

/** Is there an "and"/"&" ahead before the sentence ends? Chicago lists join their last author so. */
function andAhead(tokens: Tokens, from: number): boolean {
  for (let k = from; tokens.has(k) && k < from + 12; k++) {
    const w = tokens.at(k)!.word.toLowerCase();
    if (w === 'and' || w === '&') return true;
    if (endsSentence(tokens.at(k)!)) return false;
  }
  return false;
}

/**
 * Reads an author list from `from`: names in any of the common forms joined by commas,
 * semicolons, "and" or "&", ending at "et al.", a year, a quote, a lower-case word or a sentence
 * end. Returns null when not even one name starts there.
 */
export function parseAuthorList(text: string, from = 0, to = text.length): AuthorList | null {
  const tokens = new Tokens(text, from, to);
  const authors: ParsedAuthor[] = [];
  let i = 0;
  let etAl = false;
  let allInitials = true;
  let firstInverted: OneAuthor['inverted'] = null;
  let afterAnd = false;
  let firstVancouver = false;
  while (tokens.has(i)) {
    const one = parseOne(
      tokens,
      i,
      authors.length === 0,
      firstVancouver,
      firstInverted === 'full' && afterAnd && authors.length === 1,
    );
    if (!one) break;
    if (authors.length > 0) {
      // Authors after the first follow its form: initials stay initials, Chicago lists end in "and".
      if (allInitials && !one.initialsOnly && !afterAnd) break;
      if (firstInverted === 'full' && !afterAnd && !andAhead(tokens, i)) break;
    }
    const { name, marked } = nameText(text, tokens, i, one.next);
    authors.push({ name, start: tokens.at(i)!.start, end: tokens.at(one.next - 1)!.end, marked });
    if (authors.length === 1) {
      allInitials = one.initialsOnly;
      firstInverted = one.inverted;
      firstVancouver = one.inverted === 'initials' && !tokens.at(i)!.trail;
    }
    i = one.next;
    // "A. Elmagarmid, editor." / "Rees, J. and W. Clinger (Eds.).": the editors' mark ends the list.
    const ed = tokens.at(i);
    if (ed && CONTRIBUTOR_ROLE_TOKEN.test(ed.word)) {
      i++;
      // "Barron, D., Heyman, D. (Producers), & Yates, D. (Director).": the list may go on.
      const more = tokens.at(i);
      if (ed.trail.startsWith(',') && more && AFTER_COMMA.test(more.word)) {
        afterAnd = true;
        i++;
        continue;
      }
      break;
    }
    // A role mark with more glued on ("(Eds.)2019"), but not the start of a word ("Edwards").
    if (/^,?$/.test(tokens.at(i - 1)!.trail) && ed && CONTRIBUTOR_ROLE_PREFIX.test(ed.word)) {
      i++;
      break;
    }
    const last = tokens.at(i - 1)!;
    // A missing comma between inverted names: "Bedford, H. Petticrew, M.", "Ferguson, JN. Aldag, JM.".
    if (firstInverted === 'initials' && !last.trail && last.word.endsWith('.') && tokens.has(i)) {
      const more = parseOne(tokens, i, false, false);
      // "Weiler, H.A. Vitamin D: An overview …": a colon after the initials ends a title's words.
      if (more?.inverted === 'initials' && !tokens.at(more.next - 1)!.trail.startsWith(':')) continue;
    }
    if (endsSentence(last)) break;
    afterAnd = false;
    const sep = last.trail.replace(/[*†‡§¶∗⋆✝]/g, '');
    const next = tokens.at(i);
    if (!next) break;
    const lower = next.word.toLowerCase();
    if (lower === 'et' && /^al\.?/.test(tokens.at(i + 1)?.word ?? '')) {
      etAl = true;
      i += 2;
      break;
    }
    // APA elides the middle of a long list: "Asgaard, G., ... Botros, N.".
    if (/^(?:\.\.\.|…)$/.test(next.word) && sep.startsWith(',')) {
      i++;
      continue;
    }
    if (CONJUNCTION.test(lower) && !next.trail) {
      afterAnd = true;
      i++;
      continue;
    }
    if (sep.startsWith(',') || sep.startsWith(';')) {
      const after = tokens.at(i);
      if (after && AFTER_COMMA.test(after.word)) {
        afterAnd = true;
        i++;
      }
      continue;
    }
    break;
  }
  if (authors.length === 0) return null;
  // Every step above moves i onto or just past a word it has read, so word i - 1 exists.
  const lastToken = tokens.at(i - 1)!;
  return { authors, end: lastToken.end, etAl, initialsStyle: allInitials, inverted: firstInverted };
}
