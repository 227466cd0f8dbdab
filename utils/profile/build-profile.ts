import type { CvDocument } from '../document/types';
import { SCHEMA_VERSION, type Profile } from './types';
import { groupLinesIntoSections } from '../sections/group-lines-into-sections';
import { collectPublicationInputs } from '../entries/collect-publication-inputs';
import { proseEducation } from '../entries/prose-education';
import { analysePublications } from '../publications/index';
import { classifyDocument } from './classify-document';
import { collectSections } from './collect-sections';
import { documentDate } from './document-date';
import { emptyProfile } from './empty-profile';
import { findAffiliation } from './find-affiliation';
import { findEmails } from './find-emails';
import { findPersonLinks } from './find-person-links';
import { findPersonName } from './find-person-name';

/**
 * The profile of a CV document: sections, entries and the person, then the document kind. A document
 * about no person gets an empty profile with a "no CV content" flag.
 */
export function buildProfile(doc: CvDocument): Profile {
  const sections = groupLinesIntoSections(doc.lines);
  const headerLines = sections[0]?.kinds[0] === 'header' ? sections[0].lines.map((l) => l.line) : [];
  const name = findPersonName(doc, sections);
  const referenceLines = new Set(
    sections
      .filter((s) => s.kinds.includes('references'))
      .flatMap((s) => s.lines.map((l) => doc.lines.indexOf(l.line))),
  );
  const emails = findEmails(doc, referenceLines);
  const links = findPersonLinks(doc, headerLines);
  const collected = collectSections(sections);
  const pubSections = sections.filter((s) => s.kinds[0] === 'publications');
  const inputs = collectPublicationInputs(pubSections);
  const dated = [...collected.education, ...collected.positions].filter((e) => e.start || e.end).length;
  const { kind } = classifyDocument({
    lines: doc.lines,
    sections,
    hasName: name !== null,
    hasContact: emails.length > 0 || links.length > 0,
    datedEntries: dated,
    publications: inputs.length,
  });
  if (kind === 'unknown') return emptyProfile(doc);

  let education = collected.education;
  if (education.length === 0 && (kind === 'letter' || kind === 'profile-page')) {
    const prose = doc.lines.filter((l) => l.text.length > 80).map((l) => l.text);
    education = proseEducation(prose, documentDate(doc.lines));
  }
  const fullText = doc.lines.map((l) => l.text).join('\n');
  const analysis = analysePublications(inputs, { name, text: fullText });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { ...doc.source },
    documentKind: kind,
    person: {
      name,
      nameVariants: analysis.nameVariants,
      emails,
      links,
      affiliation: findAffiliation(doc, headerLines, collected.positions),
    },
    education,
    positions: collected.positions,
    publications: analysis.publications,
    ...collected.items,
    flags: analysis.flags,
  };
}
