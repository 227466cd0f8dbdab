import { runCorpusEval } from './eval/corpus';
import { runCrossValidation } from './eval/crossval';
import { runCvEval } from './eval/cv';
import { runReferencesEval } from './eval/references';
import { runRipple } from './eval/ripple';
import { runSectionConfusion } from './eval/section-confusion';

/**
 * `npm run eval [cv|corpus|references|crossval|ripple|sections] [args]`: accuracy on documents with truth files and on the
 * hand-tagged reference corpus, each compared with its last saved run.
 */
const SUITES: Record<string, (args: string[]) => Promise<number>> = {
  cv: runCvEval,
  corpus: runCorpusEval,
  references: runReferencesEval,
};

/** Suites run only when named: they take minutes. */
const ON_REQUEST: Record<string, (args: string[]) => Promise<number>> = {
  crossval: runCrossValidation,
  ripple: runRipple,
  sections: runSectionConfusion,
};

async function main(): Promise<number> {
  const [first, ...rest] = process.argv.slice(2);
  if (first && SUITES[first]) return SUITES[first](rest);
  if (first && ON_REQUEST[first]) return ON_REQUEST[first](rest);
  let worst = 0;
  for (const [name, run] of Object.entries(SUITES)) {
    process.stdout.write(`\n=== eval: ${name} ===\n`);
    worst = Math.max(worst, await run(first ? [first, ...rest] : []));
  }
  return worst;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`cv-lens eval: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
