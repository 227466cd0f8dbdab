import { describe, expect, it } from 'vitest';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { readOwnPage } from '../../support/fixtures';

describe('a chronological career section that mixes degrees and posts', () => {
  it('files the degrees under education and the posts under positions', () => {
    const profile = profileFromHtml(readOwnPage('table-layout').html, null);
    expect(profile.education.map((e) => [e.title, e.organization, e.end])).toEqual([
      ['Diplom in Mathematics', 'University of Göttingen', '1993'],
      [expect.stringMatching(/^Dr\. rer\. nat\.?$/), 'University of Bonn', '1996'],
    ]);
    expect(profile.positions.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Postdoc', 'Wissenschaftlicher Assistent', 'Professor (C3)']),
    );
    expect(profile.positions.some((p) => /Dr\. rer\. nat|Diplom/.test(p.title ?? ''))).toBe(false);
  });
});
