import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { benchBundle } from './bench/bundle';
import { benchHtml } from './bench/html';
import { benchPdf } from './bench/pdf';
import { benchPopup } from './bench/popup';
import { benchReferences } from './bench/references';
import { benchScholar } from './bench/scholar';
import { benchSidePanel } from './bench/sidepanel';
import { benchStore } from './bench/store';
import type { BenchFigure } from './bench/types';

/**
 * `npm run bench`: one table of every figure with its budget. `-- --json FILE` also writes the
 * figures as [{name, value, unit, budget, met}] so a change can be compared with the last run.
 */
const SUITES: { name: string; run: () => Promise<BenchFigure[]> }[] = [
  { name: 'html', run: benchHtml },
  { name: 'pdf', run: benchPdf },
  { name: 'references', run: benchReferences },
  { name: 'scholar', run: benchScholar },
  { name: 'store', run: benchStore },
  { name: 'sidepanel', run: benchSidePanel },
  { name: 'popup', run: benchPopup },
  { name: 'bundle', run: benchBundle },
];

function table(figures: BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.budget === null ? '—' : `≤ ${f.budget} ${f.unit}`,
    f.met === null ? '' : f.met ? 'met' : 'NOT MET',
  ]);
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const SUITE_FLAG = '--suite-only';

/**
 * Runs one suite in a process of its own: suites must not time each other's leftovers (pdf.js's
 * legacy build, for one, installs polyfills that slow JSON.stringify several times over).
 */
function runInChild(name: string): BenchFigure[] {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, SUITE_FLAG, name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${name} suite failed`);
  return JSON.parse(child.stdout) as BenchFigure[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === SUITE_FLAG) {
    const suite = SUITES.find((s) => s.name === args[1]);
    if (!suite) throw new Error(`no suite ${args[1]}`);
    process.stdout.write(JSON.stringify(await suite.run()));
    return;
  }
  const jsonAt = args.indexOf('--json');
  const only = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const figures: BenchFigure[] = [];
  for (const suite of SUITES) {
    if (only.length && !only.includes(suite.name)) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    figures.push(...runInChild(suite.name));
  }
  process.stdout.write(`${table(figures)}\n`);
  const missed = figures.filter((f) => f.met === false);
  process.stdout.write(
    `\n${figures.length - missed.length} of ${figures.length} figures within budget or informational\n`,
  );
  if (jsonAt >= 0) {
    const file = args[jsonAt + 1];
    if (!file) throw new Error('--json needs a file');
    fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`cv-lens bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
