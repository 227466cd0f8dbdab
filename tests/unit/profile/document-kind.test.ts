import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../utils/profile/document-kind';
import {
  documentKindFeatures,
  plainlyNamed,
  timelineLines,
  type KindSubject,
} from '../../../utils/profile/document-kind-features';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import type { Section, SectionKind } from '../../../utils/sections/types';
import { DOCUMENT_KINDS } from '../../../utils/model/profile';

const section = (kind: SectionKind): Section => ({
  kinds: [kind],
  heading: kind,
  headingLevel: 2,
  lines: [],
});

/** A model that prefers "unknown" whatever it sees, to show what the possible kinds alone allow. */
const prefersUnknown = { labels: [...DOCUMENT_KINDS], weights: { 'unknown\tbias': 100 } };

/** A document's subject with these fields, its timeline counted from its sections as the reader counts it. */
const subject = (over: Partial<Omit<KindSubject, 'timeline'>>): KindSubject => {
  const fields = {
    lines: [],
    sections: [],
    format: 'html' as const,
    title: null,
    address: null,
    personMargin: null,
    nameAtTop: false,
    nameLikeLines: 0,
    hasContact: false,
    datedEntries: 0,
    publications: 0,
    ...over,
  };
  return { ...fields, timeline: timelineLines(fields) };
};

describe('the kinds a document can be', () => {
  it('never "unknown" for plain CV content — several CV sections with dated entries — even with no name found', () => {
    const cv = subject({
      sections: [section('education'), section('positions'), section('awards')],
      datedEntries: 4,
    });
    expect(classifyDocument(cv, prefersUnknown)).toBe('cv');
  });

  it('"unknown" possible for a template whose placeholder words were never replaced, however plain its sections', () => {
    const [line] = htmlToCvDocument(
      '<html><body><p>Your Name, Lorem ipsum dolor</p></body></html>',
      null,
    ).lines;
    const template = subject({
      lines: [line!],
      sections: [section('education'), section('positions'), section('awards')],
      datedEntries: 4,
    });
    expect(classifyDocument(template, prefersUnknown)).toBe('unknown');
  });

  it('"unknown" still possible for a page with a little CV-like content and no name', () => {
    const page = subject({ sections: [section('awards')], datedEntries: 1 });
    expect(classifyDocument(page, prefersUnknown)).toBe('unknown');
  });
});

/** A page's lines as one section of the given kind, as the reader would hand them over. */
const pageSection = (kind: SectionKind, html: string): Section => ({
  kinds: [kind],
  heading: null,
  headingLevel: null,
  lines: htmlToCvDocument(`<html><body>${html}</body></html>`, null).lines.map((line) => ({
    line,
    subheading: null,
  })),
});

const CAREER =
  '<p>2025.03 – 現在 准教授</p><p>2020.03 – 2025.03 助教</p><p>2016 – 2020 Lecturer, Drexel University</p>';

describe('a career timeline', () => {
  it('counts the short lines that state a date range, outside the publication sections', () => {
    expect(timelineLines({ sections: [pageSection('header', CAREER)] })).toBe(3);
    expect(timelineLines({ sections: [pageSection('publications', CAREER)] })).toBe(0);
    expect(timelineLines({ sections: [pageSection('header', '<p>Awarded in 2019.</p>')] })).toBe(0);
  });

  it('makes a CV possible when no heading was read as a CV section', () => {
    const prefersCv = { labels: [...DOCUMENT_KINDS], weights: { 'cv\tbias': 100 } };
    const timeline = subject({ sections: [pageSection('header', CAREER)], personMargin: 6 });
    expect(classifyDocument(timeline, prefersCv)).toBe('cv');
    const none = subject({ sections: [pageSection('header', '<p>Hello.</p>')], personMargin: 6 });
    expect(classifyDocument(none, prefersCv)).not.toBe('cv');
  });

  it('with several CV sections, makes a CV of a page whose name was not found', () => {
    const page = subject({
      sections: [
        section('education'),
        section('positions'),
        section('skills'),
        pageSection('header', CAREER),
      ],
    });
    expect(classifyDocument(page, prefersUnknown)).toBe('cv');
  });

  it('is a feature, with the share of lines in publication and career sections', () => {
    const list = pageSection('publications', '<p>A paper, 2019.</p><p>Another paper, 2020.</p>');
    const features = documentKindFeatures(subject({ sections: [pageSection('header', CAREER), list] }));
    expect(features).toEqual(
      expect.arrayContaining([
        'timeline:2-4',
        'share:publications half',
        'share:education and positions none',
      ]),
    );
  });
  it("reads the timeline and the name-like lines as shares of the page's lines", () => {
    const career = pageSection('header', CAREER);
    const biography = pageSection(
      'header',
      `${'<p>She studies rivers and the towns beside them.</p>'.repeat(20)}${CAREER}`,
    );
    const features = (section: Section, nameLikeLines: number) =>
      documentKindFeatures(
        subject({ sections: [section], lines: section.lines.map((l) => l.line), nameLikeLines }),
      );
    // A page that is all career steps, one in a long biography, a page with no dated step.
    expect(features(career, 0)).toContain('share:timeline lines many');
    expect(features(biography, 0)).toContain('share:timeline lines some');
    expect(features(pageSection('header', '<p>She studies rivers.</p>'), 0)).toContain(
      'share:timeline lines none',
    );
    // A members list is mostly names; one person's page names a few.
    expect(features(career, 3)).toContain('share:name-like lines many');
    expect(features(biography, 1)).toContain('share:name-like lines few');
    expect(features(biography, 0)).toContain('share:name-like lines none');
  });
  it('bounds the kind by how plainly a name candidate beats "no name here", not by the kept name', () => {
    const prefersProfile = { labels: [...DOCUMENT_KINDS], weights: { 'profile-page\tbias': 100 } };
    const career = [section('positions'), pageSection('header', CAREER)];
    // A candidate just below "no name here" (no name kept) still allows a profile page.
    expect(classifyDocument(subject({ sections: career, personMargin: -1 }), prefersProfile)).toBe(
      'profile-page',
    );
    // A kept name just above it leaves "unknown" to the model; a plainly named person with CV content does not.
    expect(classifyDocument(subject({ sections: career, personMargin: 1 }), prefersUnknown)).toBe('unknown');
    expect(classifyDocument(subject({ sections: career, personMargin: 6 }), prefersUnknown)).not.toBe(
      'unknown',
    );
  });
  it('allows a profile page where no name candidate was found: the page names its person all the same', () => {
    const prefersProfile = { labels: [...DOCUMENT_KINDS], weights: { 'profile-page\tbias': 100 } };
    const biography = [pageSection('header', '<p>She studies rivers.</p>')];
    expect(classifyDocument(subject({ sections: biography, personMargin: null }), prefersProfile)).toBe(
      'profile-page',
    );
  });
  it('reads "plainly named" the same way in the features and in the bound', () => {
    const career = [section('positions'), pageSection('header', CAREER)];
    for (const personMargin of [-6, -1, 1, 3.9, 4, 6]) {
      const s = subject({ sections: career, personMargin });
      const namedFeature = documentKindFeatures(s).includes('person:name far above no name');
      expect(namedFeature).toBe(plainlyNamed(personMargin));
      expect(classifyDocument(s, prefersUnknown) !== 'unknown').toBe(plainlyNamed(personMargin));
    }
  });
  it("reads a CV word in a web page's address, per format", () => {
    const at = (address: string | null) => documentKindFeatures(subject({ address }));
    expect(at('https://someone.github.io/pt-br/cv/')).toContain('address:says CV, html');
    expect(at('https://someone.github.io/cv.html')).toContain('address:says CV, html');
    expect(at('https://cvlab.example.org/people/')).not.toContain('address:says CV, html');
    expect(at(null)).not.toContain('address:says CV, html');
  });
});
