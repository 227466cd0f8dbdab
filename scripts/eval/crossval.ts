import { buildProfile } from '../../utils/profile/build-profile';
import { loadTrainingDocuments, type LoadedDocument } from '../train/dev-documents';
import { fitReaderModels } from '../train/reader-models';
import { hashBucket, listCorpus, splitKey, type CorpusTruth } from '../corpus/corpus';
import { printDocumentHeader, printDocumentRow, printMeanRows } from './corpus';
import { scoreCorpusDocument, type CorpusScore } from './corpus-score';

const DEFAULT_FOLDS = 5;

/** A dev document's fold: by a hash of its split key alone, like the split, so folds never move. */
function foldOf(key: string, folds: number): number {
  return hashBucket(`fold:${key}`, folds);
}

/** `--folds=N`, or the default; null (after saying why) when N is not a whole number of at least 2. */
export function foldsArgument(args: string[], suite: string): number | null {
  const folds = Number(args.find((a) => a.startsWith('--folds='))?.slice(8) ?? DEFAULT_FOLDS);
  if (Number.isInteger(folds) && folds >= 2) return folds;
  process.stderr.write(`eval ${suite}: --folds takes a whole number of at least 2\n`);
  return null;
}

/** The training documents split into folds: each fold's held-out dev documents and the rest. */
export async function crossFolds(folds: number): Promise<{
  truths: Map<string, CorpusTruth>;
  folds: { train: LoadedDocument[]; heldOut: LoadedDocument[] }[];
}> {
  const truths = new Map(listCorpus().map((d) => [d.id, d.truth]));
  const docs = await loadTrainingDocuments();
  return {
    truths,
    folds: Array.from({ length: folds }, (_, fold) => {
      const held = (d: LoadedDocument): boolean =>
        d.fromCorpus && foldOf(splitKey(truths.get(d.id)!), folds) === fold;
      return { train: docs.filter((d) => !held(d)), heldOut: docs.filter(held) };
    }),
  };
}

/** `--seed-offset=N` (default 0): added to every trainer's seed; null (after saying why) when N is not whole. */
export function seedOffsetArgument(args: string[], suite: string): number | null {
  const offset = Number(args.find((a) => a.startsWith('--seed-offset='))?.slice(14) ?? 0);
  if (Number.isInteger(offset)) return offset;
  process.stderr.write(`eval ${suite}: --seed-offset takes a whole number\n`);
  return null;
}

/**
 * `npm run eval crossval [--folds=N] [--seed-offset=N] [--documents]`: the reader's models fitted N times, each time without one
 * fold of the dev split, and scored on the fold left out — what the reader does on dev documents
 * it was not fitted on, so a change can be judged on the dev split without the test split. The
 * reference labeller is the shipped one (fitted on every dev string), so "right" leans optimistic.
 * `--documents` prints each held-out document's row too. `--seed-offset=N` shifts every trainer's
 * seed by N: two runs that differ only there show how far held-out rows move with the training
 * orders alone, the noise any other change is judged through.
 */
export async function runCrossValidation(args: string[]): Promise<number> {
  const folds = foldsArgument(args, 'crossval');
  const seedOffset = seedOffsetArgument(args, 'crossval');
  if (folds === null || seedOffset === null) return 1;
  const { truths, folds: split } = await crossFolds(folds);
  const scores: { doc: LoadedDocument; score: CorpusScore }[] = [];
  for (const [fold, { train, heldOut }] of split.entries()) {
    const models = fitReaderModels(train, () => undefined, seedOffset);
    for (const doc of heldOut) {
      const truth = truths.get(doc.id)!;
      scores.push({ doc, score: scoreCorpusDocument(truth, buildProfile(doc.document, { models })) });
    }
    process.stdout.write(`fold ${fold + 1} of ${folds}: ${heldOut.length} documents held out\n`);
  }
  const rows: [string, CorpusScore][] = scores.flatMap(({ doc, score }) => {
    const truth = truths.get(doc.id)!;
    return [
      ['dev, held out', score],
      [`dev, held out, ${truth.format}`, score],
      [`family ${truth.family}`, score],
    ];
  });
  if (args.includes('--documents')) {
    const idWidth = Math.max(...scores.map(({ doc }) => doc.id.length));
    printDocumentHeader(idWidth);
    for (const { doc, score } of [...scores].sort((a, b) => a.doc.id.localeCompare(b.doc.id))) {
      printDocumentRow(doc.id, 'dev', score, idWidth);
    }
  }
  printMeanRows(rows);
  return 0;
}
