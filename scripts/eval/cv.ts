import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from '../cli/parse-file';
import { listEvalDocuments } from './cv-documents';
import { scoreCv, type CvScore, type CvTruth } from './cv-score';
import { BLIND_FIXTURES, CV_FIXTURES, OWN_PAGES, REPO } from '../../tests/support/fixtures';

const DEFAULT_FOLDERS = [CV_FIXTURES, OWN_PAGES, BLIND_FIXTURES];
const LAST_RUN = path.join(REPO, '.eval/last-cv.json');
const COLUMNS = [
  'name',
  'emails',
  'entries',
  'publications',
  'counts',
  'exact',
  'lenient',
  'overall',
] as const;

const pct = (n: number): string => `${Math.round(n * 100)}%`.padStart(5);

/**
 * `npm run eval cv [folder…]`: scores the parser on documents with truth files, per document and on
 * average, and tells how many documents improved or regressed since the last saved run.
 */
export async function runCvEval(args: string[]): Promise<number> {
  const folders = args.filter((a) => !a.startsWith('--'));
  const docs = (folders.length > 0 ? folders : DEFAULT_FOLDERS).flatMap((f) =>
    listEvalDocuments(path.resolve(f)),
  );
  if (docs.length === 0) {
    process.stderr.write('eval cv: no documents with truth files found\n');
    return 1;
  }
  const scores: Record<string, CvScore> = {};
  const idWidth = Math.max(8, ...docs.map((d) => d.id.length));
  process.stdout.write(
    `${'document'.padEnd(idWidth)}  ${COLUMNS.map((c) => c.slice(0, 5).padStart(5)).join(' ')}\n`,
  );
  for (const doc of docs) {
    const truth = JSON.parse(fs.readFileSync(doc.truthFile, 'utf8')) as CvTruth;
    let score: CvScore;
    try {
      score = scoreCv(await parseFile(doc.file), truth);
    } catch (error) {
      process.stdout.write(`${doc.id.padEnd(idWidth)}  parser threw: ${(error as Error).message}\n`);
      score = {
        name: 0,
        emails: 0,
        entries: 0,
        publications: 0,
        counts: 0,
        exact: 0,
        lenient: 0,
        overall: 0,
      };
    }
    scores[doc.id] = score;
    process.stdout.write(`${doc.id.padEnd(idWidth)}  ${COLUMNS.map((c) => pct(score[c])).join(' ')}\n`);
  }
  const all = Object.values(scores);
  const mean = (c: (typeof COLUMNS)[number]): number => all.reduce((n, s) => n + s[c], 0) / all.length;
  process.stdout.write(`${'average'.padEnd(idWidth)}  ${COLUMNS.map((c) => pct(mean(c))).join(' ')}\n`);

  if (fs.existsSync(LAST_RUN)) {
    const last = JSON.parse(fs.readFileSync(LAST_RUN, 'utf8')) as Record<string, CvScore>;
    let improved = 0;
    let regressed = 0;
    for (const [id, s] of Object.entries(scores)) {
      const before = last[id];
      if (!before) continue;
      if (s.overall > before.overall + 1e-6) improved++;
      else if (s.overall < before.overall - 1e-6) regressed++;
      if (s.overall < before.overall - 1e-6)
        process.stdout.write(`  regressed: ${id} ${pct(before.overall)} → ${pct(s.overall)}\n`);
    }
    process.stdout.write(
      `vs last run: ${improved} improved, ${regressed} regressed, ${all.length - improved - regressed} unchanged\n`,
    );
  } else {
    process.stdout.write('vs last run: no saved run yet\n');
  }
  fs.mkdirSync(path.dirname(LAST_RUN), { recursive: true });
  fs.writeFileSync(LAST_RUN, JSON.stringify(scores, null, 1));
  return 0;
}
