import fs from 'node:fs';
import { parsePublication } from '../../utils/publications/parse-publication';
import { REFERENCE_CORPUS } from '../../tests/support/fixtures';
import { readSequences } from '../eval/anystyle-xml';
import { figure, median, type BenchFigure } from './types';

/** The reference parser over the 1,514 tagged references, warm: per corpus and per entry. */
export async function benchReferences(): Promise<BenchFigure[]> {
  const xml = fs.readFileSync(REFERENCE_CORPUS, 'utf8');
  const lines = readSequences(xml).map((fields) => fields.map((f) => f.text).join(' '));
  const parseAll = () => {
    for (const raw of lines) parsePublication({ raw, runs: [], sectionHint: null });
  };
  parseAll();
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    parseAll();
    times.push(performance.now() - start);
  }
  const total = median(times);
  return [
    figure(`reference parser: ${lines.length} tagged references`, total, 'ms', 3000),
    figure('reference parser: per reference', total / lines.length, 'ms', null),
  ];
}
