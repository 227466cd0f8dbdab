import { decode, type LinearChainModel } from '../../utils/learn/linear-chain';
import { trainLinearChain, type TrainingSequence } from '../../utils/learn/train-linear-chain';
import { groupLinesIntoSections, type SectionModels } from '../../utils/sections/group-lines-into-sections';
import { SECTION_KIND_MODEL } from '../../utils/sections/section-kind';
import { sectionKindFeatures } from '../../utils/sections/section-kind-features';
import type { LoadedDocument } from './dev-documents';
import { headingKey } from './heading-labels';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const SECTION_KIND_TRAINING = { epochs: 30, seed: 29, minCount: 2, orders: 32 } as const;

/** Every section under a heading the truth lists, as one position labelled with the truth's kind. */
function sectionExamples(
  { truth, document }: LoadedDocument,
  sectionModels: SectionModels,
): TrainingSequence[] {
  const kinds = new Map(truth.headings.map((h) => [headingKey(h.text), h.kind]));
  const labels = SECTION_KIND_MODEL.labels;
  return groupLinesIntoSections(document.lines, sectionModels).flatMap((section) => {
    const kind = section.heading === null ? undefined : kinds.get(headingKey(section.heading));
    const gold = kind === undefined ? -1 : labels.indexOf(kind);
    return gold < 0 ? [] : [{ features: [sectionKindFeatures(section)], gold: [gold] }];
  });
}

export function trainSectionKindModel(
  docs: LoadedDocument[],
  sectionModels: SectionModels,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.filter((d) => d.fromCorpus).flatMap((d) => sectionExamples(d, sectionModels));
  const model = trainLinearChain(
    SECTION_KIND_MODEL.labels,
    data,
    withSeedOffset(SECTION_KIND_TRAINING, seedOffset),
  );
  const right = data.filter((d) => decode(model, d.features)[0] === d.gold[0]).length;
  return {
    model,
    report: `section-kind model: ${Object.keys(model.weights).length} weights; right on ${right} of ${data.length} training sections`,
  };
}
