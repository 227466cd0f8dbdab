import fs from 'node:fs';
import path from 'node:path';
import type { Publication } from '../../utils/model/profile';
import { parsePublication, readByRules } from '../../utils/publications/parse-publication';
import { modelFromWeights } from '../../utils/publications/sequence/model';
import {
  DEFAULT_TRAINING,
  trainPerceptron,
  type TrainingExample,
  type TrainOptions,
} from '../../utils/publications/sequence/train';
import { exampleOf, rawOf } from '../train/anystyle-examples';
import { readSequences, type TaggedField } from './anystyle-xml';
import { corpusTitleFigures, readCorpusDocuments } from './corpus-references';
import { labellerReading, readCorpusExamples, readTrainingSet } from '../train/references';
import { CORPUS_FOLDS, corpusFolds } from './reference-corpus-folds';
import { seedOffsetArgument } from './crossval';
import { SHIPPED_MODELS } from '../../utils/profile/reader-models';
import { compareField, expectedOf, FIELDS, type Field } from './reference-compare';
import { STYLE_FAMILIES, styleFamily, type StyleFamily } from './reference-styles';
import { REFERENCE_CORPUS, REPO } from '../../tests/support/fixtures';
import { withSeedOffset } from '../../utils/learn/seeded-random';

const CORPUS = REFERENCE_CORPUS;
const LAST = path.join(REPO, '.eval/last-references.json');
/** Folds of the cross-validation: entry n is held out in fold n mod FOLDS. */
export const FOLDS = 10;

interface Saved {
  /** Per entry, per field: 1 when strictly right. */
  entries: Record<Field, boolean>[];
}

/** How each field is compared (see reference-compare.ts): printed with the figures so they are read right. */
const RULES = `  rules: raw = the tagged fields joined in order; trailing punctuation and wrapping quotes stripped.
    authors: strict = same name words (any order); lenient = word F1 >= 0.8. No author tag: the editors
             heading the entry are its authors.
    title:   strict = same text; lenient = same letters and digits, or word F1 >= 0.85.
    venue:   journal / container-title / booktitle ("In" dropped), rules as title. None tagged: null is
             right; for theses and reports so is their genre and institution ("PhD thesis, Rice
             University", as the CV seeds write "PhD Thesis"); leniently also a book's publisher.
    year:    the first four-digit year in a date tag ("1991a" counts); none when no date has one.
  readings: rules alone = the rule-based parser without the model; shipped = parsePublication with
    the committed weights (trained on all of these entries, so an in-sample figure); ${FOLDS}-fold =
    parsePublication with a model trained on the other nine folds (entry n held out in fold n mod ${FOLDS})
    and, as the shipped model is, the corpus's dev strings.
`;

const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;

/** Strict and lenient hits per field over a set of entries. */
interface Tally {
  total: number;
  strict: Record<Field, number>;
  lenient: Record<Field, number>;
}

const tally = (): Tally => ({
  total: 0,
  strict: { authors: 0, title: 0, venue: 0, year: 0 },
  lenient: { authors: 0, title: 0, venue: 0, year: 0 },
});

function score(into: Tally, fields: TaggedField[], got: Publication): Record<Field, boolean> {
  const expected = expectedOf(fields);
  const row = {} as Record<Field, boolean>;
  into.total++;
  for (const field of FIELDS) {
    const r = compareField(field, expected, got);
    row[field] = r.strict;
    if (r.strict) into.strict[field]++;
    if (r.lenient) into.lenient[field]++;
  }
  return row;
}

function line(label: string, t: Tally): string {
  const cells = FIELDS.map(
    (f) => `${f} ${pct(t.strict[f], t.total).padStart(6)} / ${pct(t.lenient[f], t.total).padStart(6)}`,
  );
  return `  ${label.padEnd(26)} ${cells.join('   ')}\n`;
}

/**
 * Every entry parsed by a model trained without its fold, on the other folds and, as the shipped
 * model is, the corpus's dev strings (`corpus`), under the training options given.
 */
function crossValidated(
  sequences: TaggedField[][],
  corpus: TrainingExample[],
  options: TrainOptions,
): Publication[] {
  const examples = sequences.map((fields, n) => exampleOf(fields, n));
  const parsed: Publication[] = new Array<Publication>(sequences.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = modelFromWeights(
      trainPerceptron([...examples.filter((_, n) => n % FOLDS !== fold), ...corpus], options),
    );
    sequences.forEach((fields, n) => {
      if (n % FOLDS === fold)
        parsed[n] = parsePublication({ raw: rawOf(fields), runs: [], sectionHint: null }, model);
    });
  }
  return parsed;
}

/**
 * Field accuracy of the publication parser on the AnyStyle corpus, strict and lenient: the rules
 * alone, the shipped model, and 10-fold cross-validated (overall and per style family); and how
 * many entries improved or regressed since the last run (shipped model).
 */
export async function runReferencesEval(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  const only = args.find((a) => a.startsWith('--field='))?.slice(8) as Field | undefined;
  // --strict lists entries that fail the strict rule; by default only lenient failures are listed.
  const listStrict = args.includes('--strict');
  // --quick skips the cross-validation (ten trainings, about half a minute); --no-corpus the corpus
  // strings (reading every corpus document, about a minute).
  const quick = args.includes('--quick');
  // --corpus-folds adds the dev documents' strings read held out by document (five more trainings).
  const corpusHeldOut = args.includes('--corpus-folds');
  // --seed-offset=N shifts the held-out trainings' seed by N: two runs that differ only there show
  // how far the figures move with the training order alone.
  const seedOffset = seedOffsetArgument(args, 'references');
  if (seedOffset === null) return 1;
  const training: TrainOptions = withSeedOffset(DEFAULT_TRAINING, seedOffset);
  const corpusDocs = args.includes('--no-corpus') ? [] : await readCorpusDocuments();
  const devDocs = corpusDocs.filter((d) => d.split === 'dev').map((d) => ({ ...d, fromCorpus: true }));
  // The dev split's strings, as training reads them (the test split is never trained on).
  const corpusExamples = readCorpusExamples(devDocs, SHIPPED_MODELS);
  const sequences = readSequences(fs.readFileSync(CORPUS, 'utf8'));
  const input = (fields: TaggedField[]) => ({ raw: rawOf(fields), runs: [], sectionHint: null });
  const rules = tally();
  const shipped = tally();
  const entries: Record<Field, boolean>[] = [];
  const list = (n: number, got: Publication) => {
    const expected = expectedOf(sequences[n]!);
    for (const field of FIELDS) {
      const r = compareField(field, expected, got);
      if ((only && only !== field) || (listStrict ? r.strict : r.lenient)) continue;
      const want = field === 'authors' ? expected.authors : expected[field];
      const have = field === 'authors' ? got.authors.join(' | ') : got[field];
      process.stdout.write(
        `#${n} ${field}\n  raw:  ${rawOf(sequences[n]!)}\n  want: ${String(want)}\n  got:  ${String(have)}\n`,
      );
    }
  };
  sequences.forEach((fields, n) => {
    score(rules, fields, readByRules(input(fields), []).publication);
    const got = parsePublication(input(fields));
    entries.push(score(shipped, fields, got));
    // --verbose lists the failures of the cross-validated reading, or with --quick the shipped one's.
    if (verbose && quick) list(n, got);
  });
  const total = sequences.length;
  process.stdout.write(`references: ${total} entries (AnyStyle core)\n${RULES}`);
  process.stdout.write('  figures per field: strict / lenient\n');
  process.stdout.write(line('rules alone', rules));
  process.stdout.write(line('shipped model (in-sample)', shipped));
  if (!quick) {
    const cv = tally();
    const families = new Map<StyleFamily, Tally>(STYLE_FAMILIES.map((f) => [f, tally()]));
    crossValidated(sequences, corpusExamples, training).forEach((got, n) => {
      score(cv, sequences[n]!, got);
      score(families.get(styleFamily(sequences[n]!))!, sequences[n]!, got);
      if (verbose) list(n, got);
    });
    process.stdout.write(line(`${FOLDS}-fold cross-validated`, cv));
    for (const [family, t] of families) process.stdout.write(line(`  ${family} (${t.total})`, t));
  }
  if (corpusDocs.length > 0) {
    process.stdout.write(
      '  corpus strings (tests/corpus: truth titles in the publication strings the reader finds; the parser as the pipeline runs it):\n',
    );
    for (const [split, f] of [...corpusTitleFigures(corpusDocs)].sort(([a], [b]) => a.localeCompare(b)))
      process.stdout.write(
        `    ${split.padEnd(5)} ${f.strings} of ${f.entries} truth entries found   title ${pct(f.strict, f.strings).padStart(6)} / ${pct(f.lenient, f.strings).padStart(6)}\n`,
      );
  }
  if (corpusHeldOut && devDocs.length > 0) {
    const { figures: f, misses } = corpusFolds(
      devDocs,
      labellerReading(SHIPPED_MODELS),
      readTrainingSet(),
      training,
    );
    process.stdout.write(
      `  corpus dev strings, ${CORPUS_FOLDS}-fold by document: ${f.title.scored} strings   title ${pct(f.title.strict, f.title.scored).padStart(6)} / ${pct(f.title.lenient, f.title.scored).padStart(6)}   venue (${f.venue.scored} named) ${pct(f.venue.strict, f.venue.scored).padStart(6)} / ${pct(f.venue.lenient, f.venue.scored).padStart(6)}\n`,
    );
    if (verbose)
      for (const m of misses)
        process.stdout.write(
          `corpus ${m.doc} ${m.field}${m.lenient ? ' (lenient ok)' : ''}\n  raw:  ${m.raw}\n  want: ${m.want}\n  got:  ${String(m.got)}\n`,
        );
  }
  if (fs.existsSync(LAST)) {
    const last = JSON.parse(fs.readFileSync(LAST, 'utf8')) as Saved;
    let improved = 0;
    let regressed = 0;
    entries.forEach((row, i) => {
      const before = last.entries[i];
      if (!before) return;
      const now = FIELDS.filter((f) => row[f]).length;
      const then = FIELDS.filter((f) => before[f]).length;
      if (now > then) improved++;
      if (now < then) regressed++;
    });
    process.stdout.write(`  since last run: ${improved} entries improved, ${regressed} regressed\n`);
  }
  fs.mkdirSync(path.dirname(LAST), { recursive: true });
  fs.writeFileSync(LAST, JSON.stringify({ entries } satisfies Saved));
  return 0;
}
