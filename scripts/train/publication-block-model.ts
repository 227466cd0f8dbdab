import { candidateBlocks, PUBLICATION_BLOCK_LABELS } from '../../utils/entries/collect-publication-inputs';
import { publicationBlockFeatures, surnameKey } from '../../utils/entries/publication-block-features';
import { decode, type LinearChainModel } from '../../utils/learn/linear-chain';
import type { RankerModel } from '../../utils/learn/ranker';
import { trainLinearChain, type TrainingSequence } from '../../utils/learn/train-linear-chain';
import { findPersonName } from '../../utils/profile/find-person-name';
import { cover } from '../eval/corpus-score';
import type { LoadedDocument, SectionsOf } from './dev-documents';

export const PUBLICATION_BLOCK_TRAINING = { epochs: 12, seed: 19, minCount: 2 } as const;

/**
 * Each document's candidate blocks (under the headings the just-fitted heading model finds), labelled
 * publication where a truth publication's title words stand in the block.
 */
function blockSequence(
  { truth, document }: LoadedDocument,
  sectionsOf: SectionsOf,
  nameModel: RankerModel,
): TrainingSequence {
  const sections = sectionsOf(document);
  const blocks = candidateBlocks(sections);
  const name = findPersonName(document, sections, nameModel);
  const titles = truth.publications.map((p) => p.title).filter((t) => t.split(/\s+/).length >= 2);
  const gold = blocks.map((b) => {
    const text = b.lines.map((l) => l.text).join(' ');
    return titles.some((t) => cover(t, text) >= 0.8) ? 1 : 0;
  });
  return { features: publicationBlockFeatures(blocks, surnameKey(name)), gold };
}

export function trainPublicationBlockModel(
  docs: LoadedDocument[],
  sectionsOf: SectionsOf,
  nameModel: RankerModel,
): { model: LinearChainModel; report: string } {
  const data = docs.map((d) => blockSequence(d, sectionsOf, nameModel));
  const model = trainLinearChain(PUBLICATION_BLOCK_LABELS, data, PUBLICATION_BLOCK_TRAINING);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { features, gold } of data) {
    const guess = decode(model, features);
    gold.forEach((g, i) => {
      if (g === 1 && guess[i] === 1) tp++;
      else if (guess[i] === 1) fp++;
      else if (g === 1) fn++;
    });
  }
  const report = `publication-block model: ${Object.keys(model.weights).length} weights; on its training data ${tp} right, ${fp} taken wrongly, ${fn} missed`;
  return { model, report };
}
