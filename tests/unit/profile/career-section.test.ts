import { describe, expect, it } from 'vitest';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { readOwnPage } from '../../support/fixtures';
import { degreeUnder } from '../../../utils/entries/parse-education-entry';
import type { Entry } from '../../../utils/model/profile';

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

describe('an education section that also lists posts', () => {
  const html = `<html><head><title>Jana Nowak</title></head><body>
    <h1>Jana Nowak</h1>
    <h2>Education and Employment</h2>
    <ul>
      <li>2019 – present: Postdoctoral Researcher, Faculty of Philosophy, University of Warsaw</li>
      <li>2018 – 2019: Lecturer, Faculty of Humanities, Leiden University</li>
      <li>2014 – 2019: PhD in Philosophy, Radboud University Nijmegen</li>
      <li>2011: MA in Classics, University of Warsaw</li>
    </ul>
    <h2>Teaching</h2>
    <ul><li>Pragmatics (seminar), Leiden University, 2018</li></ul>
  </body></html>`;

  it('files the posts under positions and the degrees under education', () => {
    const profile = profileFromHtml(html, null);
    expect(profile.positions.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Postdoctoral Researcher', '2019', 'present'],
      ['Lecturer', '2018', '2019'],
    ]);
    expect(profile.education.map((e) => e.title)).toEqual(['PhD in Philosophy', 'MA in Classics']);
  });
});

describe('roles listed under one organisation, each with its dates', () => {
  it('gives every role the organisation written above them', () => {
    const html = `<html><head><title>Kyle Sanders</title></head><body>
      <h1>Kyle Sanders</h1>
      <h2>Employment</h2>
      <p>Sewanee: The University of the South</p>
      <p>Visiting Assistant Professor 2018 – 2019</p>
      <p>Visiting Instructor in Greek 2016 – 2018</p>
    </body></html>`;
    const profile = profileFromHtml(html, null);
    expect(profile.positions.map((p) => [p.title, p.organization, p.start, p.end])).toEqual([
      ['Visiting Assistant Professor', 'Sewanee: The University of the South', '2018', '2019'],
      ['Visiting Instructor in Greek', 'Sewanee: The University of the South', '2016', '2018'],
    ]);
  });

  it('keeps the organisation above when a role names only a unit inside it', () => {
    const html = `<html><head><title>Dana Ferris</title></head><body>
      <h1>Dana Ferris</h1>
      <h2>Employment</h2>
      <p>Northfield University</p>
      <p>Research Scientist, Plant Ecology Laboratory. 2012 – 2018</p>
      <p>Lab Manager, Department of Biology 2009 – 2012</p>
      <p>Fellow, Center for Soil Studies 2008 – 2009</p>
    </body></html>`;
    const profile = profileFromHtml(html, null);
    expect(profile.positions.map((p) => [p.organization, p.start, p.end])).toEqual([
      ['Northfield University', '2012', '2018'],
      ['Northfield University', '2009', '2012'],
      ['Northfield University', '2008', '2009'],
    ]);
  });
});

describe('degrees listed under one institution, each with its dates', () => {
  const degree = (organization: string | null): Entry => ({
    title: 'BSc in Pure Mathematics',
    organization,
    location: null,
    start: '2000',
    end: '2004',
    raw: 'BSc in Pure Mathematics 2000 – 2004',
  });

  it('holds a degree that names no institution under the one written above it', () => {
    expect(degreeUnder(degree(null), 'University of Melbourne').organization).toBe('University of Melbourne');
    expect(degreeUnder(degree('Pure Mathematics'), 'University of Melbourne').organization).toBe(
      'University of Melbourne',
    );
  });

  it('keeps an institution the degree names itself, and a degree with nothing above it', () => {
    expect(degreeUnder(degree('University of Oslo'), 'University of Melbourne').organization).toBe(
      'University of Oslo',
    );
    expect(degreeUnder(degree(null), null).organization).toBeNull();
  });
});
