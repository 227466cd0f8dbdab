import type { PublicationInput } from '../publications/index';
import type { Section } from '../sections/types';
import { collapseWhitespace, stripLeadingBullet } from '../document/normalize-text';
import type { Line, Run } from '../document/types';
import { decode, type LinearChainModel } from '../learn/linear-chain';
import { LIST_POINTER } from '../lexicon/list-notes';
import { MODERN_YEAR } from '../lexicon/year';
import fitted from './publication-block-model.json';
import { blockText, publicationBlockFeatures, type CandidateBlock } from './publication-block-features';

/**
 * The labels of the publication-block model, in the order of its weights file. A continuation is
 * the rest of the publication above it, set as a block of its own (a title line, then an authors
 * and venue line). "Between" is an other block inside a list, with publications above and below it
 * under one heading (an abstract, a links line): a label of its own, so that the list's start after
 * a heading does not teach the model that a publication follows a non-publication, which had plain
 * lists of bare titles decode as publication / other / publication (when transitions were learned;
 * since round 35 they stay at zero). The reader takes it as other.
 */
export const PUBLICATION_BLOCK_LABELS = ['other', 'publication', 'continuation', 'between'] as const;
type ModelLabel = (typeof PUBLICATION_BLOCK_LABELS)[number];
export type PublicationBlockLabel = Exclude<ModelLabel, 'between'>;

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const PUBLICATION_BLOCK_MODEL_FILE = 'utils/entries/publication-block-model.json';

/** The shipped weights. */
export const PUBLICATION_BLOCK_MODEL: LinearChainModel = fitted;

/** A reference number at the start of a line: "1.", "[12]", "(3)". */
const ENUMERATED = /^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+\S/;

/**
 * Every candidate entry of the document: consecutive lines of one block under one heading. A
 * numbered line ("2. A. Author, …") starts a block of its own even inside one paragraph of <br> lines.
 */
export function candidateBlocks(sections: readonly Section[]): CandidateBlock[] {
  const blocks: CandidateBlock[] = [];
  for (const section of sections) {
    let lastBlock = -1;
    let lastHint: string | null | undefined;
    for (const { line, subheading } of section.lines) {
      const hint = subheading ?? section.heading;
      const numbered = line.kind !== 'list-item' && ENUMERATED.test(line.text);
      const current = blocks[blocks.length - 1];
      if (current && line.block === lastBlock && hint === lastHint && !numbered) current.lines.push(line);
      else blocks.push({ lines: [line], sectionKind: section.kinds[0] ?? 'other', hint });
      lastBlock = line.block;
      lastHint = hint;
    }
  }
  return blocks;
}

/**
 * What goes between two lines of a publication. In a web page every line of a block is an element of
 * its own (a title <div>, an authors <div>, a venue <div>), never a soft wrap, and a continuation
 * block starts a new field too, so there a line that ends without punctuation ends a field: a
 * period keeps "…Reinforcement Learning" apart from "Shaojie Bai, …".
 */
function lineBreak(line: Line, next: Line, breaksAreFields: boolean): string {
  const fieldEnds = breaksAreFields || next.block !== line.block;
  return fieldEnds && !/[.,;:!?)\]]\s*$/.test(line.text) ? '. ' : ' ';
}

function joinLines(block: CandidateBlock, breaksAreFields: boolean): string {
  return block.lines
    .map((l, i) => (i === 0 ? '' : lineBreak(block.lines[i - 1]!, l, breaksAreFields)) + l.text)
    .join('');
}

/**
 * The block's runs in order, separated as the raw text is (a space between cells, lineBreak between
 * lines), or "Learning" ending one line and "Shaojie" starting the next read as "LearningShaojie".
 */
function blockRuns(block: CandidateBlock, breaksAreFields: boolean): Run[] {
  const runs: Run[] = [];
  block.lines.forEach((line, i) => {
    line.cells.forEach((cell, j) => {
      const gap = j > 0 ? ' ' : i > 0 ? lineBreak(block.lines[i - 1]!, line, breaksAreFields) : '';
      if (gap) runs.push({ text: gap, bold: false, italic: false, href: null });
      runs.push(...cell.runs);
    });
  });
  return runs;
}

const OTHER = PUBLICATION_BLOCK_LABELS.indexOf('other');
const CONTINUATION = PUBLICATION_BLOCK_LABELS.indexOf('continuation');
const BETWEEN = PUBLICATION_BLOCK_LABELS.indexOf('between');

/** A continuation continues a publication: it never opens the document or follows an other block. */
export const continuesNothing = (from: number, to: number): boolean =>
  to === CONTINUATION && (from === -1 || from === OTHER || from === BETWEEN);

const YEAR_WORD = new RegExp(`\\b${MODERN_YEAR}\\b`);

/**
 * A note sending the reader to the full list elsewhere ("For a complete list, see my Google Scholar
 * page"), with no year: never an entry. Such notes are too rare in the corpus for the model to learn
 * them from its "list note" feature against the weight of standing under a publications heading.
 */
function pointsToTheList(block: CandidateBlock): boolean {
  const text = blockText(block);
  return LIST_POINTER.test(text) && !YEAR_WORD.test(text);
}

/**
 * What each candidate block is, decided over the document's blocks as one consistent sequence;
 * `pageTitle` is the document's title, which names a list that has no heading.
 */
export function labelPublicationBlocks(
  blocks: readonly CandidateBlock[],
  surnameKey: string | null,
  model: LinearChainModel = PUBLICATION_BLOCK_MODEL,
  pageTitle: string | null = null,
): PublicationBlockLabel[] {
  return decode(model, publicationBlockFeatures(blocks, surnameKey, pageTitle), continuesNothing).map(
    (label, i) => {
      const name = PUBLICATION_BLOCK_LABELS[label] ?? 'other';
      return pointsToTheList(blocks[i]!) || name === 'between' ? 'other' : name;
    },
  );
}

/** A publication's title, authors and venue fill at most this many blocks after its first. */
export const MAX_CONTINUATIONS = 3;

/**
 * The candidate blocks grouped into publications: a publication block with the continuations that
 * follow it (a continuation with no publication above it, past MAX_CONTINUATIONS, or starting a list
 * item of its own, starts one of its own). A list item is one entry: of the dev split's gold
 * continuations, one in 156 starts with a list item.
 */
export function publicationGroups(
  blocks: readonly CandidateBlock[],
  labels: readonly PublicationBlockLabel[],
): CandidateBlock[] {
  const groups: CandidateBlock[] = [];
  let continuations = 0;
  labels.forEach((label, i) => {
    const block = blocks[i]!;
    const last = groups[groups.length - 1];
    const joins =
      label === 'continuation' &&
      !!last &&
      labels[i - 1] !== 'other' &&
      last.hint === block.hint &&
      block.lines[0]!.kind !== 'list-item' &&
      continuations < MAX_CONTINUATIONS;
    if (joins) {
      last.lines.push(...block.lines);
      continuations++;
    } else if (label !== 'other') {
      groups.push({ ...block, lines: [...block.lines] });
      continuations = 0;
    }
  });
  return groups;
}

/**
 * One publication input per publication the publication-block model finds — under a publications
 * heading or not (a page with no headings, a list under "Research").
 */
export function collectPublicationInputs(
  sections: readonly Section[],
  surnameKey: string | null,
  model: LinearChainModel = PUBLICATION_BLOCK_MODEL,
  breaksAreFields = false,
  pageTitle: string | null = null,
): PublicationInput[] {
  const blocks = candidateBlocks(sections);
  return publicationGroups(blocks, labelPublicationBlocks(blocks, surnameKey, model, pageTitle)).map(
    (group) => ({
      raw: stripLeadingBullet(collapseWhitespace(joinLines(group, breaksAreFields))),
      runs: blockRuns(group, breaksAreFields),
      sectionHint: group.hint,
    }),
  );
}
