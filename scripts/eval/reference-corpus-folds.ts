import { entryParser } from '../../utils/publications/parse-publication';
import { modelFromWeights } from '../../utils/publications/sequence/model';
import {
  trainPerceptron,
  type TrainingExample,
  type TrainOptions,
} from '../../utils/publications/sequence/train';
import type { ReaderModels } from '../../utils/profile/reader-models';
import { corpusExample, corpusStrings, type CorpusString } from '../train/corpus-references';
import type { LoadedDocument } from '../train/dev-documents';
import { compareField, type Expected, type Field } from './reference-compare';

/** Folds of the corpus's dev documents: document n is held out in fold n mod CORPUS_FOLDS. */
export const CORPUS_FOLDS = 5;

/** The fields scored on the corpus strings. */
const SCORED = ['title', 'venue'] as const;

/** Strings scored on a field (for the venue, those whose truth names one) and their strict and lenient hits. */
export interface FieldHits {
  scored: number;
  strict: number;
  lenient: number;
}

export type CorpusFoldFigures = Record<(typeof SCORED)[number], FieldHits>;

/** One held-out reading that missed the truth strictly, for the error listing. */
export interface CorpusMiss {
  doc: string;
  field: Field;
  raw: string;
  want: string;
  got: string | null;
  /** Right by the lenient rule all the same. */
  lenient: boolean;
}

/**
 * The dev documents' publication strings read by labellers trained without their document: each
 * fold's model learns from the AnyStyle set and the other folds' documents' strings, as the shipped
 * one learns from all, under the training options given. Titles and venues are compared with the
 * truth by the AnyStyle rules. Only the dev split is given here: the test split is never studied
 * string by string.
 */
export function corpusFolds(
  docs: LoadedDocument[],
  models: ReaderModels,
  anystyle: TrainingExample[],
  options: TrainOptions,
): { figures: CorpusFoldFigures; misses: CorpusMiss[] } {
  const strings: CorpusString[][] = docs.map((d) => corpusStrings(d, models));
  const examples = strings.map((list) => list.map(corpusExample).filter((e) => e !== null));
  const figures: CorpusFoldFigures = {
    title: { scored: 0, strict: 0, lenient: 0 },
    venue: { scored: 0, strict: 0, lenient: 0 },
  };
  const misses: CorpusMiss[] = [];
  for (let fold = 0; fold < CORPUS_FOLDS; fold++) {
    const model = modelFromWeights(
      trainPerceptron([...anystyle, ...examples.filter((_, n) => n % CORPUS_FOLDS !== fold).flat()], options),
    );
    docs.forEach((doc, n) => {
      if (n % CORPUS_FOLDS !== fold) return;
      for (const s of strings[n]!) {
        const got = entryParser(s.names, model)(s.input).publication;
        const expected: Expected = {
          authors: null,
          title: s.truth.title,
          venue: s.truth.venue,
          genreWords: null,
          hostWords: [],
          year: s.truth.year,
        };
        for (const field of SCORED) {
          const want = s.truth[field];
          if (!want && field === 'venue') continue;
          const hits = figures[field];
          hits.scored++;
          const r = compareField(field, expected, got);
          if (r.strict) hits.strict++;
          if (r.lenient) hits.lenient++;
          if (!r.strict)
            misses.push({
              doc: doc.id,
              field,
              raw: s.input.raw,
              want: want ?? '',
              got: got[field],
              lenient: r.lenient,
            });
        }
      }
    });
  }
  return { figures, misses };
}
