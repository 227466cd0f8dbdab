import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from '../cli/parse-file';
import { listCorpus, type CorpusDocument, type Split } from '../corpus/corpus';
import { scoreCorpusDocument, type CorpusScore } from './corpus-score';

const LAST_RUN = path.join(process.cwd(), '.eval/last-corpus.json');

/** The measures of a document's row, by column name. */
export const MEASURES = [
  ['found', (s: CorpusScore) => s.pubsFound],
  ['right', (s: CorpusScore) => s.pubsRight],
  ['educ', (s: CorpusScore) => s.educationF1],
  ['posit', (s: CorpusScore) => s.positionsF1],
  ['dates', (s: CorpusScore) => s.dates],
  ['name', (s: CorpusScore) => s.name],
  ['kind', (s: CorpusScore) => (s.kindRight ? 1 : 0)],
] as const;

const cell = (n: number | null): string => (n === null ? '    -' : `${(n * 100).toFixed(0)}%`.padStart(5));

/** One number per document for "improved / regressed": the mean of the measures it has. */
function overall(s: CorpusScore): number {
  const values = MEASURES.map(([, get]) => get(s)).filter((v): v is number => v !== null);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function meanRow(scores: CorpusScore[]): string {
  return MEASURES.map(([, get]) => {
    const values = scores.map(get).filter((v): v is number => v !== null);
    return cell(values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  }).join(' ');
}

export function printDocumentHeader(idWidth: number): void {
  process.stdout.write(
    `${'document'.padEnd(idWidth)} split ${MEASURES.map(([n]) => n.padStart(5)).join(' ')}  pubs\n`,
  );
}

/** One document's measures, and how many publications it gave against its truth's. */
export function printDocumentRow(id: string, split: string, score: CorpusScore, idWidth: number): void {
  const row = MEASURES.map(([, get]) => cell(get(score))).join(' ');
  process.stdout.write(
    `${id.padEnd(idWidth)} ${split.padEnd(5)} ${row}  ${score.predictedPubs}/${score.truthPubs}${score.kindRight ? '' : `  read as ${score.predictedKind}`}\n`,
  );
}

/**
 * The mean of each measure over the scores of each group, one row per group in key order, under a
 * header; `minWidth` lines the rows up with a per-document table printed above them.
 */
export function printMeanRows(rows: readonly [group: string, score: CorpusScore][], minWidth = 0): void {
  const groups = new Map<string, CorpusScore[]>();
  for (const [key, score] of rows) groups.set(key, [...(groups.get(key) ?? []), score]);
  const width = Math.max(minWidth, ...[...groups.keys()].map((k) => k.length + 6));
  process.stdout.write(
    `\n${'mean over documents'.padEnd(width)} ${MEASURES.map(([n]) => n.padStart(5)).join(' ')}\n`,
  );
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    process.stdout.write(`${`${key} (${group.length})`.padEnd(width)} ${meanRow(group)}\n`);
  }
}

/**
 * `npm run eval corpus [--split dev|test] [--quiet]`: the reader on the real-CV corpus of
 * tests/corpus — per document, per split and per layout family — and how many documents improved
 * or regressed since the last saved run. `--split dev` keeps the test split's rows out of sight
 * while studying errors; the test split is still scored in the summary.
 */
export async function runCorpusEval(args: string[]): Promise<number> {
  const only = args.find((a) => a.startsWith('--split='))?.slice(8) as Split | undefined;
  const quiet = args.includes('--quiet');
  const docs = listCorpus();
  if (docs.length === 0) {
    process.stderr.write('eval corpus: tests/corpus holds no document with a truth file\n');
    return 1;
  }
  const scores = new Map<CorpusDocument, CorpusScore>();
  const idWidth = Math.max(...docs.map((d) => d.id.length));
  if (!quiet) printDocumentHeader(idWidth);
  for (const doc of docs) {
    const score = scoreCorpusDocument(doc.truth, await parseFile(doc.file, doc.truth.source.url));
    scores.set(doc, score);
    if (!quiet && (!only || doc.split === only)) printDocumentRow(doc.id, doc.split, score, idWidth);
  }
  const rows: [string, CorpusScore][] = [];
  for (const [doc, s] of scores) {
    rows.push([`split ${doc.split}`, s], [`split ${doc.split} ${doc.truth.format}`, s]);
    if (!only || doc.split === only) rows.push([`family ${doc.truth.family}`, s]);
  }
  printMeanRows(rows, idWidth);
  compareWithLastRun(new Map([...scores].map(([doc, s]) => [doc.id, overall(s)])));
  return 0;
}

function compareWithLastRun(now: Map<string, number>): void {
  if (fs.existsSync(LAST_RUN)) {
    const last = JSON.parse(fs.readFileSync(LAST_RUN, 'utf8')) as Record<string, number>;
    let improved = 0;
    let regressed = 0;
    for (const [id, value] of now) {
      const before = last[id];
      if (before === undefined) continue;
      if (value > before + 1e-6) improved++;
      else if (value < before - 1e-6) regressed++;
    }
    process.stdout.write(
      `vs last run: ${improved} improved, ${regressed} regressed, ${now.size - improved - regressed} unchanged or new\n`,
    );
  } else {
    process.stdout.write('vs last run: no saved run yet\n');
  }
  fs.mkdirSync(path.dirname(LAST_RUN), { recursive: true });
  fs.writeFileSync(LAST_RUN, JSON.stringify(Object.fromEntries(now), null, 1));
}
