import { limitDocument } from '../document/limits';
import { comparisonKey } from '../document/normalize-text';
import { isNameLike } from './name-likeness';
import type { CvDocument, Line } from '../document/types';
import { SCHEMA_VERSION, type DocumentKind, type Entry, type Flag, type Profile } from '../model/profile';
import { groupLinesIntoSections } from '../sections/group-lines-into-sections';
import { assignSectionKinds } from '../sections/section-kind';
import { collectPublicationInputs } from '../entries/collect-publication-inputs';
import { surnameKey } from '../entries/publication-block-features';
import { proseEducation } from '../entries/prose-education';
import { headerPosition } from '../entries/header-position';
import { proseParagraphs, prosePositions } from '../entries/prose-positions';
import { analysePublications } from '../publications/index';
import { classifyDocument } from './document-kind';
import { timelineLines, type KindSubject } from './document-kind-features';
import { SHIPPED_MODELS, type ReaderModels } from './reader-models';
import { collectSections, type CollectedEntries } from './collect-sections';
import type { Section } from '../sections/types';
import type { PublicationInput } from '../publications/index';
import { documentDate } from './document-date';
import { emptyProfile } from './empty-profile';
import { findAffiliation } from './find-affiliation';
import { findEmails } from './find-emails';
import { findPersonLinks } from './find-person-links';
import { findPersonName } from './find-person-name';

/** The limits the acquirer or limitDocument applied, stated on the profile. */
function truncationFlags(doc: CvDocument): Flag[] {
  return (doc.truncated ?? []).map((message) => ({ kind: 'truncated', severity: 'info', message }));
}

export interface BuildOptions {
  /**
   * The reviewer asked to read the document although it does not read as a CV: its kind stays
   * 'unknown', but what the reader finds in it is kept instead of the empty profile.
   */
  readAnyway?: boolean;
  /** The models to read with: the shipped ones, unless cross-validation passes those of a fold. */
  models?: ReaderModels;
}

/**
 * The profile of a CV document: sections, entries and the person, then the document kind. A document
 * about no person gets an empty profile with a "no CV content" flag, unless `readAnyway`. Documents
 * past the limits of document/limits.ts (from any acquirer) are cut first, and the profile says so.
 *
 * The reader's one error boundary: no stage below catches its own bugs, so a crash anywhere in
 * the reader ends here, as a profile that keeps the document's text under a parser-error flag.
 */
export function buildProfile(input: CvDocument, options: BuildOptions = {}): Profile {
  const doc = limitDocument(input);
  let profile: Profile;
  try {
    profile = profileOf(doc, options.readAnyway === true, options.models ?? SHIPPED_MODELS);
  } catch (error) {
    profile = unreadProfile(doc, error);
  }
  const truncated = truncationFlags(doc);
  return truncated.length > 0 ? { ...profile, flags: [...profile.flags, ...truncated] } : profile;
}

/** The document's text, unread, under a flag that says the reader failed and why. */
function unreadProfile(doc: CvDocument, error: unknown): Profile {
  const reason = error instanceof Error ? error.message : String(error);
  const flag: Flag = {
    kind: 'parser-error',
    severity: 'warning',
    message: `CV Lens failed to read this document (a bug in CV Lens, not in the CV: ${reason}). Its text is kept unread.`,
    // One line per item: each stays within the profile schema's text limit (README's limits).
    evidence: doc.lines.map((l) => l.text),
  };
  return { ...emptyProfile(doc), flags: [flag] };
}

/** What the reader finds in a document before it decides the document's kind. */
export interface DocumentParts {
  sections: Section[];
  headerLines: Line[];
  name: string | null;
  /** The person's name in Latin letters when `name` is written in another script (see findPersonName). */
  latinForm: string | null;
  emails: string[];
  links: string[];
  collected: CollectedEntries;
  inputs: PublicationInput[];
  /** What the kind was decided on, for training the document-kind model. */
  kindSubject: KindSubject;
  kind: DocumentKind;
}

/** How many of the document's first lines (after its title) are looked at for the person's name. */
const TOP_LINES = 3;

/** Whether a name stands in the document's title or its first lines. */
function nameAtTop(doc: CvDocument, name: string | null): boolean {
  if (!name) return false;
  const key = ` ${comparisonKey(name)} `;
  return [doc.meta.title ?? '', ...doc.lines.slice(0, TOP_LINES).map((l) => l.text)].some((text) =>
    ` ${comparisonKey(text)} `.includes(key),
  );
}

/** The document's sections: headings by the heading model, vague kinds by the section-kind model. */
export function readSections(
  doc: CvDocument,
  models: Pick<ReaderModels, 'heading' | 'rowLabel' | 'sectionKind'> = SHIPPED_MODELS,
): Section[] {
  return assignSectionKinds(groupLinesIntoSections(doc.lines, models), models.sectionKind);
}

/** Sections, the person, entries, publication inputs and the document kind, by the given models. */
export function readDocumentParts(doc: CvDocument, models: ReaderModels = SHIPPED_MODELS): DocumentParts {
  const sections = readSections(doc, models);
  const headerLines = sections[0]?.kinds[0] === 'header' ? sections[0].lines.map((l) => l.line) : [];
  const { name, latinForm, person } = findPersonName(doc, sections, models.name);
  // Each line's index, found once: looking each reference line up in the document's lines grew
  // with the square of a long reference list.
  const lineIndex = new Map<Line, number>();
  doc.lines.forEach((line, i) => {
    if (!lineIndex.has(line)) lineIndex.set(line, i);
  });
  const referenceLines = new Set(
    sections
      .filter((s) => s.kinds.includes('references'))
      .flatMap((s) => s.lines.map((l) => lineIndex.get(l.line) ?? -1)),
  );
  const emails = findEmails(doc, referenceLines);
  const links = findPersonLinks(doc, headerLines);
  const collected = collectSections(sections, models.entries, models.entryStarts);
  const inputs = collectPublicationInputs(
    sections,
    // Author lists write the person in Latin letters, whatever script the name line uses.
    surnameKey(latinForm ?? name),
    models.publicationBlocks,
    doc.source.kind === 'html',
    doc.meta.title,
  );
  const kindSubject: KindSubject = {
    lines: doc.lines,
    sections,
    format: doc.source.kind,
    title: doc.meta.title,
    address: doc.source.url,
    personMargin: person?.margin ?? null,
    nameAtTop: nameAtTop(doc, person?.name ?? null),
    nameLikeLines: doc.lines.filter((l) => l.text.length < 40 && isNameLike(l.text)).length,
    hasContact: emails.length > 0 || links.length > 0,
    datedEntries: [...collected.education, ...collected.positions].filter((e) => e.start || e.end).length,
    timeline: timelineLines({ sections }),
    publications: inputs.length,
  };
  const kind = classifyDocument(kindSubject, models.documentKind);
  return { sections, headerLines, name, latinForm, emails, links, collected, inputs, kindSubject, kind };
}

/** Whether two posts name the same organisation, one's name holding the other's. */
function sameOrganisation(a: Entry, b: Entry): boolean {
  const [x, y] = [comparisonKey(a.organization ?? ''), comparisonKey(b.organization ?? '')];
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

function profileOf(doc: CvDocument, readAnyway: boolean, models: ReaderModels): Profile {
  const { headerLines, name, latinForm, emails, links, collected, inputs, kind } = readDocumentParts(
    doc,
    models,
  );
  if (kind === 'unknown' && !readAnyway) return emptyProfile(doc);

  // A publication list is read for its publications, as an unknown page is read for nothing: the
  // degrees and posts it mentions (a thesis's entry, "MSc Bioinformatics (Goethe University)", a
  // talk at a university, a news line) are not a career the page sets out, and the corpus's lists
  // carry none (held out, each one read was an entry no truth holds).
  const readsCareer = kind !== 'publication-list';
  let education = readsCareer ? collected.education : [];
  let positions = readsCareer ? collected.positions : [];
  // With no entries in sections, the degree and the posts may be stated in sentences: a biography,
  // a letter, the introduction of a homepage. A letter's posts are the ones it applies for.
  const readsPosts = readsCareer && positions.length === 0 && kind !== 'letter';
  // Most CVs have their posts in sections: the paragraphs are gathered only when they are missing.
  const prose = readsPosts ? proseParagraphs(doc.lines) : [];
  // A degree outside an education section is told in a sentence or a list's line of any length.
  if (readsCareer && education.length === 0)
    education = proseEducation(
      doc.lines.map((l) => l.text),
      documentDate(doc.lines),
      models.proseDegrees,
    );
  if (readsPosts) {
    // A profile page may also state its person's post just under the name: that one first, then
    // the biography's posts at other organisations.
    const post = headerPosition(doc.lines, name);
    const stated = prosePositions(prose, models.prosePosts);
    positions = post ? [post, ...stated.filter((p) => !sameOrganisation(p, post))] : stated;
  }
  const fullText = doc.lines.map((l) => l.text).join('\n');
  const analysis = analysePublications(inputs, { name, latinForm, text: fullText });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { ...doc.source },
    documentKind: kind,
    person: {
      name,
      nameVariants: analysis.nameVariants,
      emails,
      links,
      affiliation: findAffiliation(doc, headerLines, positions),
    },
    education,
    positions,
    publications: analysis.publications,
    ...collected.items,
    flags: analysis.flags,
  };
}
