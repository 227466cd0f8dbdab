import fs from 'node:fs';
import path from 'node:path';
import { parsePublication } from '../../utils/publications/parse-publication';
import { REFERENCE_CORPUS, REPO } from '../../tests/support/fixtures';
import { readSequences } from '../eval/anystyle-xml';
import { figure, median, type BenchFigure } from './types';

/** The sequence model's weights, bundled into the background: budgeted so the bundle stays small. */
const WEIGHTS = path.join(REPO, 'utils/publications/sequence/weights.json');

/**
 * The reference parser (rules, then the sequence model) over the 1,514 tagged references, warm:
 * per corpus and per entry; and the size of the model's weights file.
 */
export async function benchReferences(): Promise<BenchFigure[]> {
  const xml = fs.readFileSync(REFERENCE_CORPUS, 'utf8');
  const lines = readSequences(xml).map((fields) => fields.map((f) => f.text).join(' '));
  const parseAll = () => {
    for (const raw of lines) parsePublication({ raw, runs: [], sectionHint: null });
  };
  parseAll();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    parseAll();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const total = median(times);
  return [
    figure(`reference parser: ${lines.length} tagged references`, total, 'ms', 3000),
    figure('reference parser: per reference', total / lines.length, 'ms', 1),
    // CPU time beside the wall time: on a loaded machine the two part, and the CPU time is the parser's own.
    figure('reference parser: per reference, CPU time', median(cpuTimes) / lines.length, 'ms', null),
    figure('reference model: weights.json', fs.statSync(WEIGHTS).size / 1024, 'KB', 1024),
  ];
}
