import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../scripts/cli/parse-file';
import type { CorpusTruth } from '../../../scripts/corpus/corpus';
import { corpusTitleFigures } from '../../../scripts/eval/corpus-references';
import { limitDocument } from '../../../utils/document/limits';

interface SeedPublication {
  title: string;
  year: number | null;
}

describe('corpus title figures', () => {
  // hayou's PDF opens its list with a legend line that is read as an entry and then left out as
  // naming no work: each truth title must still be scored against its own string, not its neighbour's.
  it('scores each truth title against the publication read from its own string', async () => {
    const document = limitDocument(await readDocument('tests/fixtures/seeds/pdf/hayou.pdf'));
    const seed = JSON.parse(readFileSync('tests/fixtures/seeds/truth/hayou.json', 'utf8')) as {
      publications: SeedPublication[];
    };
    const truth = { publications: seed.publications } as unknown as CorpusTruth;
    const figures = corpusTitleFigures([{ id: 'hayou', split: 'dev', truth, document }]).get('dev');
    expect(figures).toEqual({ entries: 24, strings: 24, strict: 24, lenient: 24 });
  }, 30_000);
});
