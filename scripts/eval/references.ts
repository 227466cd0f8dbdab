import fs from 'node:fs';
import path from 'node:path';
import { parsePublication } from '../../utils/publications/parse-publication';
import { readSequences } from './anystyle-xml';
import { compareField, expectedOf, FIELDS, type Field } from './reference-compare';
import { REFERENCE_CORPUS, REPO } from '../../tests/support/fixtures';

const CORPUS = REFERENCE_CORPUS;
const LAST = path.join(REPO, '.eval/last-references.json');

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
`;

const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;

/**
 * Field accuracy of the publication parser on the AnyStyle corpus, strict and lenient, and how
 * many entries improved or regressed since the last run.
 */
export async function runReferencesEval(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  const only = args.find((a) => a.startsWith('--field='))?.slice(8) as Field | undefined;
  // --strict lists entries that fail the strict rule; by default only lenient failures are listed.
  const listStrict = args.includes('--strict');
  const sequences = readSequences(fs.readFileSync(CORPUS, 'utf8'));
  const strict: Record<Field, number> = { authors: 0, title: 0, venue: 0, year: 0 };
  const lenient: Record<Field, number> = { authors: 0, title: 0, venue: 0, year: 0 };
  const entries: Record<Field, boolean>[] = [];
  sequences.forEach((fields, n) => {
    const raw = fields.map((f) => f.text).join(' ');
    const expected = expectedOf(fields);
    const got = parsePublication({ raw, runs: [], sectionHint: null });
    const row = {} as Record<Field, boolean>;
    for (const field of FIELDS) {
      const r = compareField(field, expected, got);
      row[field] = r.strict;
      if (r.strict) strict[field]++;
      if (r.lenient) lenient[field]++;
      if (verbose && (!only || only === field) && !(listStrict ? r.strict : r.lenient)) {
        const want = field === 'authors' ? expected.authors : expected[field];
        const have = field === 'authors' ? got.authors.join(' | ') : got[field];
        process.stdout.write(
          `#${n} ${field}\n  raw:  ${raw}\n  want: ${String(want)}\n  got:  ${String(have)}\n`,
        );
      }
    }
    entries.push(row);
  });
  const total = sequences.length;
  process.stdout.write(`references: ${total} entries (AnyStyle core)\n${RULES}`);
  for (const field of FIELDS) {
    process.stdout.write(
      `  ${field.padEnd(8)} strict ${pct(strict[field], total).padStart(6)}   lenient ${pct(lenient[field], total).padStart(6)}\n`,
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
