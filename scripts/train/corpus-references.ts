import { partsBeforeKind } from './document-parts';
import type { ReaderModels } from '../../utils/profile/reader-models';
import { readByRules, readingContext } from '../../utils/publications/parse-publication';
import type { PublicationInput } from '../../utils/publications/types';
import { LABELS, type Label } from '../../utils/publications/sequence/labels';
import { tokenize, type Token } from '../../utils/publications/sequence/tokenize';
import type { TrainingExample } from '../../utils/publications/sequence/train';
import type { LoadedDocument } from './dev-documents';

type TruthPublication = LoadedDocument['truth']['publications'][number];

/** A publication string of a corpus document and the truth entry whose title it holds. */
export interface CorpusString {
  input: PublicationInput;
  truth: TruthPublication;
  /** The person's name as the reader found it: the parser is given it. */
  names: string[];
}

/**
 * A text's letters and digits, lower-cased and unaccented, words separated by one space, with the
 * offset in the text of every character kept: truth titles are found in entries through it.
 */
function folded(text: string): { text: string; at: number[] } {
  let known = foldedTexts.get(text);
  if (!known) {
    known = foldText(text);
    foldedTexts.set(text, known);
  }
  return known;
}

/**
 * Each text folded once: matchTruth looks every truth title up in every publication string of its
 * document. The foldings are only ever read.
 */
const foldedTexts = new Map<string, { text: string; at: number[] }>();

function foldText(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const bare = text[i]!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (/^[\p{L}\p{N}]+$/u.test(bare)) {
      for (const ch of bare) {
        out += ch;
        at.push(i);
      }
    } else if (out.length > 0 && !out.endsWith(' ')) {
      out += ' ';
      at.push(i);
    }
  }
  return { text: out.trimEnd(), at };
}

/** Where `needle` stands in `text` as whole words, in offsets of `text`; null when it does not. */
export function findWords(text: string, needle: string, from = 0): { start: number; end: number } | null {
  const hay = folded(text);
  const want = folded(needle).text;
  if (!want) return null;
  for (let k = hay.text.indexOf(want); k >= 0; k = hay.text.indexOf(want, k + 1)) {
    const end = k + want.length;
    const bounded =
      (k === 0 || hay.text[k - 1] === ' ') && (end === hay.text.length || hay.text[end] === ' ');
    if (bounded && hay.at[k]! >= from) return { start: hay.at[k]!, end: hay.at[end - 1]! + 1 };
  }
  return null;
}

/**
 * Pairs truth entries with the publication strings holding their titles, in truth order, each string
 * used once: [index of the string, truth entry]. A truth entry no string holds is left out.
 */
export function matchTruth(
  inputs: PublicationInput[],
  truth: TruthPublication[],
): [number, TruthPublication][] {
  const used = new Set<number>();
  const out: [number, TruthPublication][] = [];
  for (const entry of truth) {
    const k = inputs.findIndex((input, i) => !used.has(i) && findWords(input.raw, entry.title) !== null);
    if (k < 0) continue;
    used.add(k);
    out.push([k, entry]);
  }
  return out;
}

/**
 * The publication strings the reader finds in a training document (under the given models), each
 * paired with the truth entry whose title it holds, and the person's name as the reader found it.
 */
export function corpusStrings(doc: LoadedDocument, models: ReaderModels): CorpusString[] {
  const parts = partsBeforeKind(doc.document, models);
  const names = parts.name ? [parts.name] : [];
  return matchTruth(parts.inputs, doc.truth.publications).map(([k, truth]) => ({
    input: parts.inputs[k]!,
    truth,
    names,
  }));
}

/**
 * A corpus string as a training example whose labels are known only where the truth says: the
 * title's tokens are title and no other token is; the venue's tokens (when the truth names one and
 * the string spells it after the title) are container and no other token is; the year's first
 * token outside them is date. The other tokens are left to the model, which labels them in
 * training as best it can under those constraints. The model reads the string as the parser will
 * (the rules' reading as features; the candidate's names known).
 */
export function corpusExample(string: CorpusString): TrainingExample | null {
  const { input, truth, names } = string;
  const reading = readByRules(input, names);
  const title = findWords(reading.text, truth.title);
  if (!title) return null;
  const venue = truth.venue ? findWords(reading.text, truth.venue, title.end) : null;
  const tokens = tokenize(reading.text);
  const inside = (t: Token, span: { start: number; end: number } | null) =>
    !!span && t.end > span.start && t.start < span.end;
  const year = truth.year === null ? null : new RegExp(`(?<!\\d)${truth.year}(?!\\d)`);
  const free = LABELS.filter((l) => l !== 'title' && (venue === null || l !== 'container'));
  let dated = false;
  const labels = tokens.map((t): Label | readonly Label[] => {
    if (inside(t, title)) return 'title';
    if (inside(t, venue)) return 'container';
    if (!dated && year?.test(t.text)) {
      dated = true;
      return 'date';
    }
    return free;
  });
  return { tokens, labels, context: readingContext(reading, names) };
}
