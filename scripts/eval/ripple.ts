import { seededRandom, shuffleInPlace } from '../../utils/learn/seeded-random';
import { buildProfile } from '../../utils/profile/build-profile';
import type { LoadedDocument } from '../train/dev-documents';
import { fitReaderModels } from '../train/reader-models';
import { MEASURES, printMeanRows } from './corpus';
import { scoreCorpusDocument, type CorpusScore } from './corpus-score';
import { crossFolds, foldsArgument } from './crossval';

/**
 * What a perturbation does to a fold's training documents. Neither should move what the reader
 * does on a held-out document much: `order` only visits the same documents in another order (as a
 * change of the training seeds would), `drop` leaves out one training document of the corpus.
 */
const PERTURBATIONS: Record<string, (train: LoadedDocument[], next: () => number) => LoadedDocument[]> = {
  order: (train, next) => shuffleInPlace([...train], next),
  drop: (train, next) => {
    const corpus = train.filter((d) => d.fromCorpus);
    const dropped = corpus[Math.floor(next() * corpus.length)]!;
    return train.filter((d) => d !== dropped);
  },
};

/**
 * `npm run eval ripple [--perturb=order|drop] [--seed=N] [--folds=N] [--documents]`: how far the
 * reader's rows on held-out dev documents move when the training data are perturbed in a way that
 * should not matter. Each crossval fold is fitted twice, as is and perturbed (seeded by --seed);
 * printed are both arms' means, how many held-out documents change row, and the mean absolute
 * change per column in points. `--documents` lists the changed documents.
 */
export async function runRipple(args: string[]): Promise<number> {
  const folds = foldsArgument(args, 'ripple');
  if (folds === null) return 1;
  const kind = args.find((a) => a.startsWith('--perturb='))?.slice(10) ?? 'order';
  const perturb = PERTURBATIONS[kind];
  const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1);
  if (!perturb || !Number.isInteger(seed)) {
    process.stderr.write(
      `eval ripple: --perturb takes ${Object.keys(PERTURBATIONS).join(' or ')}, --seed a whole number\n`,
    );
    return 1;
  }
  const { truths, folds: split } = await crossFolds(folds);
  const next = seededRandom(seed);
  const pairs: { id: string; base: CorpusScore; perturbed: CorpusScore }[] = [];
  for (const [fold, { train, heldOut }] of split.entries()) {
    const base = fitReaderModels(train, () => undefined);
    const perturbed = fitReaderModels(perturb(train, next), () => undefined);
    for (const doc of heldOut) {
      const truth = truths.get(doc.id)!;
      pairs.push({
        id: doc.id,
        base: scoreCorpusDocument(truth, buildProfile(doc.document, { models: base })),
        perturbed: scoreCorpusDocument(truth, buildProfile(doc.document, { models: perturbed })),
      });
    }
    process.stdout.write(`fold ${fold + 1} of ${folds}: ${heldOut.length} documents held out\n`);
  }
  printMeanRows(
    pairs.flatMap(({ base, perturbed }) => [
      ['as is', base],
      [`perturbed (${kind})`, perturbed],
    ]),
  );
  // The same means to a tenth of a point: the aggregate a change must not lose.
  for (const [arm, pick] of [
    ['as is', 'base'],
    ['perturbed', 'perturbed'],
  ] as const) {
    const means = MEASURES.map(([, get]) => {
      const values = pairs.map((p) => get(p[pick])).filter((v): v is number => v !== null);
      return ((values.reduce((a, b) => a + b, 0) / values.length) * 100).toFixed(1);
    });
    process.stdout.write(`${arm}: ${means.join('/')}\n`);
  }
  // Per column: the documents whose value changes, and the mean absolute change over those that have one.
  const columns = MEASURES.map(([name, get]) => {
    const both = pairs
      .map(({ base, perturbed }) => [get(base), get(perturbed)])
      .filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
    const changes = both.map(([a, b]) => Math.abs(a - b) * 100);
    return {
      name,
      changed: changes.filter((c) => c > 1e-9).length,
      mean: changes.reduce((a, b) => a + b, 0) / both.length,
    };
  });
  const changedRows = pairs.filter(({ base, perturbed }) =>
    MEASURES.some(([, get]) => get(base) !== get(perturbed)),
  );
  process.stdout.write(
    `\nripple (${kind}, seed ${seed}): ${changedRows.length} of ${pairs.length} documents change row\n`,
  );
  process.stdout.write(`${'column'.padEnd(22)} ${columns.map(({ name }) => name.padStart(6)).join(' ')}\n`);
  process.stdout.write(
    `${'documents changed'.padEnd(22)} ${columns.map(({ changed }) => String(changed).padStart(6)).join(' ')}\n`,
  );
  process.stdout.write(
    `${'mean |change|, points'.padEnd(22)} ${columns.map(({ mean }) => mean.toFixed(2).padStart(6)).join(' ')}\n`,
  );
  if (args.includes('--documents'))
    for (const { id, base, perturbed } of changedRows.sort((a, b) => a.id.localeCompare(b.id))) {
      const moves = MEASURES.filter(([, get]) => get(base) !== get(perturbed)).map(
        ([name, get]) =>
          `${name} ${Math.round((get(base) ?? 0) * 100)}→${Math.round((get(perturbed) ?? 0) * 100)}`,
      );
      process.stdout.write(`  ${id}: ${moves.join(', ')}\n`);
    }
  return 0;
}
