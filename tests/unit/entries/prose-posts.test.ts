import { describe, expect, it } from 'vitest';
import { prosePostCandidates } from '../../../utils/entries/prose-post-features';
import { prosePositions } from '../../../utils/entries/prose-positions';
import type { LinearChainModel } from '../../../utils/learn/linear-chain';
import roles from '../../../utils/lexicon/roles.json';

const BIO =
  'I work at Dalhousie University, where I am a Professor of Psychology. ' +
  'He was the Director of the McCaig Institute for Bone and Joint Health from 2016 to 2023.';

describe('prose-post candidates', () => {
  const candidates = prosePostCandidates([BIO]);
  const read = candidates.map((c) => [c.mention, c.entry.title, c.entry.organization]);

  it('pairs each role mention with the nearest organisation on each side in its sentence', () => {
    expect(read).toEqual([
      [0, 'Professor of Psychology', 'Dalhousie University'],
      [1, 'Director', 'McCaig Institute for Bone and Joint Health'],
    ]);
  });

  it.each(Object.values(roles.ranks).flat())(
    'reads the rank "%s" as part of the post it stands before',
    (rank) => {
      const [candidate] = prosePostCandidates([`She is a ${rank} lecturer at Lund University.`]);
      expect(candidate?.entry.title?.toLowerCase()).toBe(`${rank} lecturer`);
    },
  );

  it('names the words around the post, its side and its distance as features', () => {
    expect(candidates[0]!.features).toEqual(
      expect.arrayContaining([
        'role:professor',
        'before:am',
        'side:before',
        'role:with a field',
        'sentence:first person',
      ]),
    );
    expect(candidates[1]!.features).toEqual(
      expect.arrayContaining(['before:was', 'side:after', 'link:of', 'cue:was … of', 'sentence:date']),
    );
  });

  it('dates a post by the range written after it in the sentence', () => {
    expect([candidates[1]!.entry.start, candidates[1]!.entry.end]).toEqual(['2016', '2023']);
  });

  it('with no range after a post, takes the one date of its sentence as when it began', () => {
    const dates = prosePostCandidates([
      'Since 2023, she has been Professor of Psychology at Bielefeld University. ' +
        'In November 2018 I joined the University of California San Francisco as a postdoctoral researcher. ' +
        'In 2012 he received his PhD and in 2014 was a Lecturer at Leeds Beckett University.',
    ]).map((c) => [c.entry.title, c.entry.start, c.entry.end]);
    expect(dates).toEqual([
      ['Professor of Psychology', '2023', 'present'],
      ['Postdoctoral Researcher', '2018-11', null],
      ['Lecturer', null, null],
    ]);
  });

  it('holds a post now when the last verb before it in its sentence is in the present', () => {
    const ends = prosePostCandidates([
      'She is an Assistant Professor in the Department of Epidemiology and the Director of the Prostate Cancer Project. ' +
        'She previously was a Research Fellow at Harvard University, and now leads the Lab. ' +
        'I’m working as a research assistant at Monash University.',
    ]).map((c) => [c.entry.title, c.entry.end]);
    expect(ends).toEqual([
      ['Assistant Professor', 'present'],
      ['Director', 'present'],
      ['Research Fellow', null],
      ['Research Assistant', 'present'],
    ]);
  });
});

describe('prose positions', () => {
  it('keeps the candidates the model labels a position, and no others', () => {
    const model: LinearChainModel = { labels: ['drop', 'position'], weights: { 'position\tbefore:was': 1 } };
    expect(prosePositions([BIO], model).map((e) => e.title)).toEqual(['Director']);
  });

  it('gives a role mention the one of its kept candidates the model scores highest', () => {
    const sentence =
      'He received his PhD from the Stockholm School of Economics and was an assistant professor at the University of Copenhagen.';
    const bothKept: LinearChainModel = {
      labels: ['drop', 'position'],
      weights: { 'position\tbias': 1, 'position\tside:after': 1 },
    };
    expect(prosePostCandidates([sentence]).map((c) => c.entry.organization)).toEqual([
      'Stockholm School of Economics',
      'University of Copenhagen',
    ]);
    expect(prosePositions([sentence], bothKept).map((e) => e.organization)).toEqual([
      'University of Copenhagen',
    ]);
  });

  it('reads a biography with the shipped model, a post written in the present held now', () => {
    const entries = prosePositions([
      'Dr Jo Marsh is a Postdoctoral Research Associate at the University of Oxford. She was a lecturer at Leeds Beckett University from 2015 to 2018.',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Postdoctoral Research Associate', 'University of Oxford', null, 'present'],
      ['Lecturer', 'Leeds Beckett University', '2015', '2018'],
    ]);
  });
});
