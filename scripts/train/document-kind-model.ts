import { decode, type LinearChainModel } from '../../utils/learn/linear-chain';
import { trainLinearChain } from '../../utils/learn/train-linear-chain';
import { partsBeforeKind } from './document-parts';
import { documentKindFeatures } from '../../utils/profile/document-kind-features';
import type { ReaderModels } from '../../utils/profile/reader-models';
import { DOCUMENT_KINDS, type DocumentKind } from '../../utils/model/profile';
import type { LoadedDocument } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const DOCUMENT_KIND_TRAINING = { epochs: 30, seed: 23, minCount: 2, orders: 32 } as const;

/** Each document as one position: its features under the models fitted so far, labelled with the truth's kind. */
export function trainDocumentKindModel(
  docs: LoadedDocument[],
  models: ReaderModels,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.map(({ truth, document }) => ({
    features: [documentKindFeatures(partsBeforeKind(document, models).kindSubject)],
    gold: [DOCUMENT_KINDS.indexOf(truth.document_kind as DocumentKind)],
  }));
  const model = trainLinearChain(DOCUMENT_KINDS, data, withSeedOffset(DOCUMENT_KIND_TRAINING, seedOffset));
  const right = data.filter((d) => decode(model, d.features)[0] === d.gold[0]).length;
  return {
    model,
    report: `document-kind model: ${Object.keys(model.weights).length} weights; right on ${right} of ${data.length} training documents`,
  };
}
