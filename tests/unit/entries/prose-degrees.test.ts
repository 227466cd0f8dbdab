import { describe, expect, it } from 'vitest';
import { degreeKey, proseDegreeCandidates } from '../../../utils/entries/prose-degree-features';
import { proseEducation } from '../../../utils/entries/prose-education';
import type { LinearChainModel } from '../../../utils/learn/linear-chain';

const BIO =
  'Jun Chien received B.S. and M.S. degrees from National Taiwan University in 2004 and 2006 ' +
  'and the Ph.D. degree from the University of California, Berkeley, in 2015.';

describe('prose-degree candidates', () => {
  const candidates = proseDegreeCandidates([BIO]);
  const read = candidates.map((c) => [c.mention, c.entry.title, c.entry.organization]);

  it('pairs each degree word with the nearest name before it and the nearest organisation after it', () => {
    expect(read).toEqual([
      [0, 'B.S.', 'Jun Chien'],
      [0, 'B.S.', 'National Taiwan University'],
      [1, 'M.S.', 'Jun Chien'],
      [1, 'M.S.', 'National Taiwan University'],
      [2, 'PhD', 'National Taiwan University'],
      [2, 'PhD', 'University of California'],
    ]);
  });

  it('names the degree words between, the link and the kind of name as features', () => {
    expect(candidates[1]!.features).toEqual(
      expect.arrayContaining(['side:after', 'link:and', 'between:degree words:1', 'name:organisation']),
    );
    expect(candidates[0]!.features).toEqual(expect.arrayContaining(['side:before', 'name:capitalised only']));
  });

  it('names the word just before a name that stands past other words after the degree', () => {
    const [, warwick] = proseDegreeCandidates([
      'She took up a PhD with Prof Woodland at Warwick in 1992.',
    ]).slice(1);
    expect(warwick!.entry.organization).toBe('Warwick');
    expect(warwick!.features).toEqual(expect.arrayContaining(['lead:at', 'lead:at … not the nearest']));
  });

  it('passes over a field after the degree to the institution after it', () => {
    const read = proseDegreeCandidates([
      'She completed a PhD in Clinical Neuroscience at Karolinska Institutet in Stockholm.',
    ]).map((c) => [c.entry.organization, c.features.includes('name:not the nearest')]);
    expect(read).toEqual([
      ['She', false],
      ['Clinical Neuroscience', false],
      ['Karolinska Institutet', true],
    ]);
  });

  it('dates a degree by the date written just after its institution', () => {
    expect([candidates[1]!.entry.end, candidates[5]!.entry.end]).toEqual(['2004', '2015']);
  });

  it("reads a list's line: the degree first, then the institution and the year", () => {
    const [line] = proseDegreeCandidates(['Ph.D., Texas Tech University, USA, 2016']);
    expect(line!.entry).toMatchObject({ title: 'PhD', organization: 'Texas Tech University', end: '2016' });
    expect(line!.features).toEqual(expect.arrayContaining(['line:short', 'degree:starts the line']));
  });

  it("dates a list's degree by the range written between it and its institution", () => {
    const [kassel] = proseDegreeCandidates([
      'Psychologie M.Sc. | 2013-2016 | Universität Kassel, Germany, since 2020 abroad',
    ]).filter((c) => c.entry.organization === 'Universität Kassel');
    expect([kassel!.entry.start, kassel!.entry.end]).toEqual(['2013', '2016']);
  });

  it('keeps the degree words of a name out of it: "the University of Washington and B.Sc."', () => {
    const orgs = proseDegreeCandidates([
      'She obtained a Ph.D. degree from the University of Washington and B.Sc. from Peking University.',
    ]).map((c) => c.entry.organization);
    expect(orgs).toContain('University of Washington');
    expect(orgs).toContain('Peking University');
    expect(orgs.some((o) => o?.includes('B.Sc'))).toBe(false);
  });

  it('tells the same degree however it is written', () => {
    expect(
      ['Ph.D. in Biology', 'PhD', 'M.Sc.', 'MSc', 'Psychologie B.Sc.', 'Zoology'].map(degreeKey),
    ).toEqual(['phd', 'phd', 'msc', 'msc', 'bsc', null]);
  });
});

describe('prose education', () => {
  it('keeps, per degree word, the kept candidate the model scores highest', () => {
    const model: LinearChainModel = {
      labels: ['drop', 'degree'],
      weights: { 'degree\tname:organisation': 1, 'degree\tname:not the nearest': -2 },
    };
    expect(proseEducation([BIO], null, model).map((e) => [e.title, e.organization])).toEqual([
      ['B.S.', 'National Taiwan University'],
      ['M.S.', 'National Taiwan University'],
      ['PhD', 'National Taiwan University'],
    ]);
  });

  it('keeps nothing the model drops', () => {
    const model: LinearChainModel = { labels: ['drop', 'degree'], weights: { 'drop\tbias': 1 } };
    expect(proseEducation([BIO], null, model)).toEqual([]);
  });

  it('dates a doctorate the text calls recent by the document', () => {
    const model: LinearChainModel = { labels: ['drop', 'degree'], weights: { 'degree\tside:after': 1 } };
    expect(proseEducation(['I am a fresh PhD graduate of EPFL.'], '2019-12', model)).toMatchObject([
      { title: 'PhD', organization: 'EPFL', end: '2019' },
    ]);
  });
});
