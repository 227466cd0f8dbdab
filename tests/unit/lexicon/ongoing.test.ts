import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCellRow } from '../../../utils/acquire/html/row-cells';
import { parseDateRange } from '../../../utils/dates/parse-date-range';
import lexicon from '../../../utils/lexicon/ongoing.json';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);

describe('ongoing lexicon', () => {
  it.each(WORDS)('$language "$word" ends a range that is still running', ({ word }) => {
    for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
      expect(parseDateRange(`Lecturer, Oxford, 2019 – ${form}`), form).toMatchObject({
        start: '2019',
        end: 'present',
      });
      expect(parseDateRange(`03/2019 - ${form} | Paris`), form).toMatchObject({
        start: '2019-03',
        end: 'present',
      });
    }
  });

  it.each(WORDS)('$language "$word" in a later cell makes a row of cells', ({ word }) => {
    const row = (cell: string) =>
      parseHTML(`<div id="row"><div>Lecturer, Oxford</div><div>${cell}</div></div>`).document.getElementById(
        'row',
      )!;
    expect(isCellRow(row(`Until ${word}`))).toBe(true);
    expect(isCellRow(row('Until March'))).toBe(false);
  });

  it('reads no word that merely contains one', () => {
    expect(parseDateRange('2019 – nowhere')?.end).toBe('2019');
    expect(parseDateRange('2019 – presently')?.end).toBe('2019');
  });
});
