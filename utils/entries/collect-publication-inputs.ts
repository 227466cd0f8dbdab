import type { PublicationInput } from '../publications/index';
import type { Section } from '../sections/types';
import { collapseWhitespace, stripLeadingBullet } from '../document/normalize-text';
import type { Line, Run } from '../document/types';
import { decode, type LinearChainModel } from '../learn/linear-chain';
import fitted from './publication-block-model.json';
import { publicationBlockFeatures, type CandidateBlock } from './publication-block-features';

/** The labels of the publication-block model, in the order of its weights file. */
export const PUBLICATION_BLOCK_LABELS = ['other', 'publication'] as const;

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
 * What goes between two lines of a block. In a web page every line of a block is an element of its
 * own (a title <div>, an authors <div>, a venue <div>), never a soft wrap, so a line that ends without
 * punctuation ends a field: a period keeps "…Reinforcement Learning" apart from "Shaojie Bai, …".
 */
function lineBreak(line: Line, breaksAreFields: boolean): string {
  return breaksAreFields && !/[.,;:!?)\]]\s*$/.test(line.text) ? '. ' : ' ';
}

function joinLines(block: CandidateBlock, breaksAreFields: boolean): string {
  return block.lines
    .map((l, i) => (i === 0 ? '' : lineBreak(block.lines[i - 1]!, breaksAreFields)) + l.text)
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
      const gap = j > 0 ? ' ' : i > 0 ? lineBreak(block.lines[i - 1]!, breaksAreFields) : '';
      if (gap) runs.push({ text: gap, bold: false, italic: false, href: null });
      runs.push(...cell.runs);
    });
  });
  return runs;
}

/** Which candidate blocks are publications, decided over the document's blocks as one sequence. */
export function labelPublicationBlocks(
  blocks: readonly CandidateBlock[],
  surnameKey: string | null,
  model: LinearChainModel = PUBLICATION_BLOCK_MODEL,
): boolean[] {
  return decode(model, publicationBlockFeatures(blocks, surnameKey)).map(
    (label) => PUBLICATION_BLOCK_LABELS[label] === 'publication',
  );
}

/**
 * One publication input per block the publication-block model takes for a publication — under a
 * publications heading or not (a page with no headings, a list under "Research").
 */
export function collectPublicationInputs(
  sections: readonly Section[],
  surnameKey: string | null,
  model: LinearChainModel = PUBLICATION_BLOCK_MODEL,
  breaksAreFields = false,
): PublicationInput[] {
  const blocks = candidateBlocks(sections);
  const chosen = labelPublicationBlocks(blocks, surnameKey, model);
  return blocks
    .filter((_, i) => chosen[i])
    .map((block) => ({
      raw: stripLeadingBullet(collapseWhitespace(joinLines(block, breaksAreFields))),
      runs: blockRuns(block, breaksAreFields),
      sectionHint: block.hint,
    }));
}
