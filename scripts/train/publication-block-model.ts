import { holdsWords } from '../../utils/document/normalize-text';
import {
  candidateBlocks,
  continuesNothing,
  MAX_CONTINUATIONS,
  PUBLICATION_BLOCK_LABELS,
  type PublicationBlockLabel,
} from '../../utils/entries/collect-publication-inputs';
import type { CandidateBlock } from '../../utils/entries/publication-block-features';
import {
  publicationBlockFeatures,
  readsAsReference,
  surnameKey,
} from '../../utils/entries/publication-block-features';
import {
  decode,
  denseViterbi,
  emissionRows,
  START,
  transitionKey,
  withTransitions,
  type LinearChainModel,
} from '../../utils/learn/linear-chain';
import {
  trainLinearChain,
  type ScoredSequence,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { hashBucket } from '../corpus/corpus';
import { cover, dice } from '../eval/corpus-score';
import type { LoadedDocument, SectionsOf } from './dev-documents';
import { headingKey } from './heading-labels';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const PUBLICATION_BLOCK_TRAINING = { epochs: 12, seed: 19, minCount: 2, orders: 16 } as const;

type Truth = LoadedDocument['truth'];
type TruthPublication = Truth['publications'][number];

/**
 * Which blocks hold a truth publication's title, and which: blocks where the title's words stand
 * (cover ≥ .8) and make up at least half as much of the block as in the block that fits the title
 * best (Dice). A title quoted again in a position's long description does not make that block a
 * publication; the same entry listed twice (preprint and journal version, selected and full list)
 * is a publication both times.
 */
function titleBlocks(
  publications: readonly TruthPublication[],
  texts: readonly string[],
  listedAsOther: (block: number) => boolean,
): Map<number, TruthPublication> {
  const chosen = new Map<number, { publication: TruthPublication; score: number }>();
  for (const publication of publications) {
    if (publication.title.split(/\s+/).length < 2) continue;
    const fits = texts.flatMap((text, block) =>
      cover(publication.title, text) >= 0.8 && !listedAsOther(block)
        ? [{ block, score: dice(publication.title, text) }]
        : [],
    );
    const best = Math.max(0, ...fits.map((f) => f.score));
    for (const { block, score } of fits) {
      const held = chosen.get(block);
      if (score >= best / 2 && (!held || held.score < score)) chosen.set(block, { publication, score });
    }
  }
  return new Map([...chosen].map(([block, { publication }]) => [block, publication]));
}

/**
 * Kinds of heading whose entries the truth counts as something else, though they may repeat a
 * publication's title: a talk on the paper, a course built on the book. Taught as publications,
 * they had the model read talks sections as publications.
 */
const NOT_PUBLICATIONS = new Set(['talks', 'teaching']);

/**
 * Gold labels: each title block is a publication; the block after it continues it when it holds no
 * title but that publication's venue, a year the title block lacks, or the person's surname the
 * title block lacks (title line, then authors and venue line); the block before it starts it when
 * that block holds the person's surname and no title while the title block lacks the surname
 * (authors line, then title line).
 */
function goldLabels(
  truth: Truth,
  blocks: readonly CandidateBlock[],
  surname: string | null,
): { gold: number[]; titlePiece: boolean[] } {
  const texts = blocks.map((b) => b.lines.map((l) => l.text).join(' '));
  const headingKinds = new Map(truth.headings.map((h) => [headingKey(h.text), h.kind]));
  const listedAsOther = (i: number): boolean => {
    const hint = blocks[i]!.hint;
    return hint !== null && NOT_PUBLICATIONS.has(headingKinds.get(headingKey(hint)) ?? '');
  };
  const titled = titleBlocks(truth.publications, texts, listedAsOther);
  const untitled = (i: number): boolean =>
    i >= 0 &&
    i < blocks.length &&
    !titled.has(i) &&
    truth.publications.every((p) => cover(p.title, texts[i]) < 0.5);
  const label = (name: PublicationBlockLabel): number => PUBLICATION_BLOCK_LABELS.indexOf(name);
  const gold = blocks.map((_, i) => label(titled.has(i) ? 'publication' : 'other'));
  for (const [i, publication] of titled) {
    const year = publication.year === null ? null : String(publication.year);
    // Each following block adds what the publication still lacked: authors, venue, year.
    let own = texts[i]!;
    for (let j = i + 1; j <= i + MAX_CONTINUATIONS; j++) {
      const text = texts[j] ?? '';
      const continues =
        untitled(j) &&
        gold[j] === label('other') &&
        blocks[j]!.hint === blocks[i]!.hint &&
        ((cover(publication.venue, text) >= 0.8 && cover(publication.venue, own) < 0.8) ||
          (holdsWords(text, year) && !holdsWords(own, year)) ||
          (holdsWords(text, surname) && !holdsWords(own, surname)));
      if (!continues) break;
      gold[j] = label('continuation');
      own += ` ${text}`;
    }
    const before = i - 1;
    if (
      untitled(before) &&
      gold[before] === label('other') &&
      blocks[before]!.hint === blocks[i]!.hint &&
      holdsWords(texts[before]!, surname) &&
      !holdsWords(texts[i]!, surname)
    ) {
      gold[before] = label('publication');
      gold[i] = label('continuation');
    }
  }
  // A block made mostly of a title's words, not that title's block: a wrapped title's other half.
  // (An abstract holds many of its title's words too, but mostly words of its own.)
  const titlePiece = texts.map(
    (text, i) =>
      !titled.has(i) &&
      truth.publications.some(
        (p) => cover(p.title, text) >= TITLE_PIECE && cover(text, p.title) >= MOSTLY_TITLE,
      ),
  );
  return { gold: markBetween(gold, blocks), titlePiece };
}

/** Share of a title's words a block holds to count as a piece of it, and of its own words that are the title's. */
const TITLE_PIECE = 0.3;
const MOSTLY_TITLE = 0.6;

/**
 * Between blocks whose label the truth cannot decide, left free in training: "between" is said by
 * position alone, but a block inside a list that reads as a reference by itself (a second version,
 * a reference the truth does not list) or holds a piece of a truth title may be an entry's part.
 */
function undecided(
  gold: readonly number[],
  titlePiece: readonly boolean[],
  features: readonly (readonly string[])[],
): boolean[] {
  const between = PUBLICATION_BLOCK_LABELS.indexOf('between');
  return gold.map((g, i) => g === between && (titlePiece[i]! || readsAsReference(features[i]!)));
}

/**
 * Each run of other blocks with a publication (or continuation) above and below it, all under one
 * heading, relabelled "between": an abstract or a links line inside a list, not what precedes a list.
 */
function markBetween(gold: number[], blocks: readonly CandidateBlock[]): number[] {
  const other = PUBLICATION_BLOCK_LABELS.indexOf('other');
  const out = [...gold];
  let start = 0;
  while (start < gold.length) {
    let end = start;
    while (end < gold.length && gold[end] === other) end++;
    const hint = blocks[end]?.hint;
    if (
      end > start &&
      start > 0 &&
      end < gold.length &&
      blocks.slice(start - 1, end).every((b) => b.hint === hint)
    )
      out.fill(PUBLICATION_BLOCK_LABELS.indexOf('between'), start, end);
    start = Math.max(end, start + 1);
  }
  return out;
}

/**
 * Each document's candidate blocks (under the headings the just-fitted heading model finds), labelled.
 * The person's surname is the truth's, not the one the name model finds: fitted on its own training
 * documents that model is right on nearly all of them anyway, and reading its output tied every
 * refit of the name model to this one's weights (a name feature flipped a plain two-entry list).
 * A document with a surname is given a second time with the surname withheld (same gold labels):
 * when the reader finds no name on a page (a list with no person, a name the name model misses)
 * the blocks carry no surname feature, and a model fitted only with it rejected every block there.
 */
export function blockSequences(
  { truth, document }: LoadedDocument,
  sectionsOf: SectionsOf,
): TrainingSequence[] {
  const blocks = candidateBlocks(sectionsOf(document));
  const surname = surnameKey(truth.name);
  const { gold, titlePiece } = goldLabels(truth, blocks, surname);
  const features = publicationBlockFeatures(blocks, surname, document.meta.title);
  const free = undecided(gold, titlePiece, features);
  const withSurname = { features, gold, free };
  if (surname === null) return [withSurname];
  return [withSurname, { features: publicationBlockFeatures(blocks, null, document.meta.title), gold, free }];
}

/** Folds of the training documents whose block emissions are scored by models fitted without them. */
const TRANSITION_FOLDS = 5;

/**
 * The block transitions fitted on cross-fitted emissions: each document's blocks scored by a model
 * fitted on the other folds' documents, and the transitions fitted on those scores with the
 * emissions held. Fitted jointly with emissions that read their own training documents almost
 * perfectly, the transitions had learned a sticky "other" (other → other far above publication →
 * publication) that outweighed a held-out list's own evidence block by block.
 */
export function crossFittedScores(
  docs: readonly LoadedDocument[],
  sequencesOf: readonly TrainingSequence[][],
  options: typeof PUBLICATION_BLOCK_TRAINING,
): (ScoredSequence & { doc: number })[] {
  const foldOf = docs.map((d) => hashBucket(`blocks:${d.id}`, TRANSITION_FOLDS));
  const scored: (ScoredSequence & { doc: number })[] = [];
  for (let fold = 0; fold < TRANSITION_FOLDS; fold++) {
    const train = sequencesOf.filter((_, d) => foldOf[d] !== fold).flat();
    const foldModel = trainLinearChain(PUBLICATION_BLOCK_LABELS, train, {
      ...options,
      orders: CROSS_FIT_ORDERS,
    });
    sequencesOf.forEach((sequences, doc) => {
      if (foldOf[doc] !== fold) return;
      for (const sequence of sequences)
        scored.push({
          doc,
          emissions: emissionRows(foldModel, sequence.features),
          gold: sequence.gold,
          free: sequence.free,
        });
    });
  }
  return scored;
}

/** Training orders averaged in each cross-fitting model: its emissions only score, so fewer orders do. */
const CROSS_FIT_ORDERS = 4;

/** The scales of the jointly fitted transitions tried against the cross-fitted emissions. */
const TRANSITION_SCALES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2];

/**
 * Per document, how well a decoding finds its publication blocks: F1 of the blocks labelled
 * publication against the gold (free blocks left out; 1 for a document with none and none found),
 * as the per-document means the reader is judged by count it.
 */
function publicationBlockF1(
  gold: readonly number[],
  guess: ArrayLike<number>,
  free?: readonly boolean[],
): number {
  const publication = PUBLICATION_BLOCK_LABELS.indexOf('publication');
  let golds = 0;
  let guesses = 0;
  let both = 0;
  gold.forEach((g, i) => {
    if (free?.[i]) return;
    if (g === publication) golds++;
    if (guess[i] === publication) guesses++;
    if (g === publication && guess[i] === publication) both++;
  });
  return golds + guesses === 0 ? 1 : (2 * both) / (golds + guesses);
}

/**
 * The jointly fitted transitions, scaled by the factor under which decoding the cross-fitted
 * emissions finds each training document's publication blocks best (mean F1 over documents, the
 * sequence with the person's surname; the first best scale on a tie). Fitted jointly with emissions
 * that read their own training documents almost perfectly, the transitions are sized against
 * in-sample evidence; this sizes them against evidence from models that never saw the document.
 */
function crossFittedTransitionScale(
  joint: LinearChainModel,
  docs: readonly LoadedDocument[],
  sequencesOf: readonly TrainingSequence[][],
  options: typeof PUBLICATION_BLOCK_TRAINING,
): { transitions: Float64Array; scale: number } {
  const k = PUBLICATION_BLOCK_LABELS.length;
  // Each document's first sequence: the one with the surname, as the reader has one on most pages.
  const firsts = crossFittedScores(docs, sequencesOf, options).filter(
    (s, i, all) => i === 0 || all[i - 1]!.doc !== s.doc,
  );
  const base = new Float64Array((k + 1) * k);
  for (let from = -1; from < k; from++)
    for (let to = 0; to < k; to++)
      base[(from + 1) * k + to] =
        joint.weights[
          transitionKey(from < 0 ? START : PUBLICATION_BLOCK_LABELS[from]!, PUBLICATION_BLOCK_LABELS[to]!)
        ] ?? 0;
  const meanF1 = (scale: number): number => {
    const table = base.map((w, at) =>
      continuesNothing(Math.floor(at / k) - 1, at % k) ? -Infinity : w * scale,
    );
    const sum = firsts.reduce(
      (total, s) =>
        total + publicationBlockF1(s.gold, denseViterbi(k, s.emissions, table, s.gold.length), s.free),
      0,
    );
    return sum / Math.max(1, firsts.length);
  };
  const scored = TRANSITION_SCALES.map((scale) => ({ scale, f1: meanF1(scale) }));
  const { scale } = scored.reduce((best, next) => (next.f1 > best.f1 ? next : best));
  return { transitions: base.map((w) => w * scale), scale };
}

export function trainPublicationBlockModel(
  docs: LoadedDocument[],
  sectionsOf: SectionsOf,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const sequencesOf = docs.map((d) => blockSequences(d, sectionsOf));
  const data = sequencesOf.flat();
  const options = withSeedOffset(PUBLICATION_BLOCK_TRAINING, seedOffset);
  const joint = trainLinearChain(PUBLICATION_BLOCK_LABELS, data, options);
  const { transitions, scale } = crossFittedTransitionScale(joint, docs, sequencesOf, options);
  const model = withTransitions(joint, transitions);
  const right = PUBLICATION_BLOCK_LABELS.map(() => 0);
  const gold = PUBLICATION_BLOCK_LABELS.map(() => 0);
  let wrong = 0;
  let free = 0;
  for (const sequence of data) {
    const guess = decode(model, sequence.features, continuesNothing);
    sequence.gold.forEach((g, i) => {
      if (sequence.free?.[i]) {
        free++;
        return;
      }
      gold[g]!++;
      if (guess[i] === g) right[g]!++;
      else wrong++;
    });
  }
  const perLabel = PUBLICATION_BLOCK_LABELS.map((l, i) => `${l} ${right[i]}/${gold[i]}`).join(', ');
  const transitionsOf = (m: LinearChainModel): string =>
    Object.entries(m.weights)
      .filter(([key]) => !key.includes('\t'))
      .map(([key, weight]) => `${key} ${Math.round(weight)}`)
      .join(', ');
  const report = `publication-block model: ${Object.keys(model.weights).length} weights; on its training data right: ${perLabel}; ${wrong} wrong; ${free} left free; transitions scaled by ${scale} on cross-fitted emissions: ${transitionsOf(model)}`;
  return { model, report };
}
