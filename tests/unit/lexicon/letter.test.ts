import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import lexicon from '../../../utils/lexicon/letter.json';
import { documentKindFeatures } from '../../../utils/profile/document-kind-features';
import { nameCandidates } from '../../../utils/profile/name-candidates';

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const each = (byLanguage: Record<string, string[]>) =>
  Object.entries(byLanguage).flatMap(([language, words]) => words.map((word) => ({ language, word })));

function letterFeatures(text: string): string[] {
  const doc = acquireText(text);
  return documentKindFeatures({
    lines: doc.lines,
    sections: [],
    format: 'text',
    title: null,
    address: null,
    personMargin: null,
    nameAtTop: false,
    nameLikeLines: 0,
    hasContact: false,
    datedEntries: 0,
    timeline: 0,
    publications: 0,
  });
}

describe('letter lexicon', () => {
  it.each(each(lexicon.salutations))('$language salutation "$word" opens a letter', ({ word }) => {
    expect(
      letterFeatures(`${capitalised(word)} Committee,\n\nI write in support of Dr Ada Byron.`),
    ).toContain('letter:salutation');
  });

  it('takes no other opening for a salutation', () => {
    for (const line of ['Dearborn Institute', 'Madamey', 'Education'])
      expect(letterFeatures(`${line}\n\nText.`)).not.toContain('letter:salutation');
  });

  it.each(each(lexicon.closings))(
    '$language closing "$word" ends a letter and precedes its signature',
    ({ word }) => {
      const text = `Dear Committee,\n\nI recommend her.\n\n${capitalised(word)},\n\nAda Byron`;
      expect(letterFeatures(text)).toContain('letter:closing');
      const doc = acquireText(text);
      const signed = nameCandidates(doc, []).find((c) => c.features.includes('src:signature'));
      expect(signed?.name).toBe('Ada Byron');
    },
  );

  it('takes no award line for a closing', () => {
    expect(letterFeatures('Best Paper Award, ICML 2019\nRegards to the organisers were sent.')).not.toContain(
      'letter:closing',
    );
  });
});
