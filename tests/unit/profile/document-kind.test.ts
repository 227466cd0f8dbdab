import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../utils/profile/document-kind';
import type { KindSubject } from '../../../utils/profile/document-kind-features';
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

const subject = (over: Partial<KindSubject>): KindSubject => ({
  lines: [],
  sections: [],
  format: 'html',
  title: null,
  hasName: false,
  nameAtTop: false,
  nameLikeLines: 0,
  hasContact: false,
  datedEntries: 0,
  publications: 0,
  ...over,
});

describe('the kinds a document can be', () => {
  it('never "unknown" for plain CV content — several CV sections with dated entries — even with no name found', () => {
    const cv = subject({
      sections: [section('education'), section('positions'), section('awards')],
      datedEntries: 4,
    });
    expect(classifyDocument(cv, prefersUnknown)).toBe('cv');
  });

  it('"unknown" still possible for a page with a little CV-like content and no name', () => {
    const page = subject({ sections: [section('awards')], datedEntries: 1 });
    expect(classifyDocument(page, prefersUnknown)).toBe('unknown');
  });
});
