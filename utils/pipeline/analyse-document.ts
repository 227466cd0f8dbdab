import { contentHash } from '../document/content-hash';
import type { CvDocument } from '../document/types';
import { buildProfile } from '../profile/build-profile';
import type { Profile } from '../model/profile';
import type { ScholarPart, SourceStatus } from '../model/scholar';
import { groupLinesIntoSections } from '../sections/group-lines-into-sections';
import type { CandidateStore } from '../store';
import { profileOf } from '../store';
import type { DocumentAnalysis, PipelineStage } from './document-analysis';

export interface AnalyseDocumentDeps {
  store: CandidateStore;
  /** The scholar stage, bound to its fetch, cache, settings and the reviewer's cancel signal. */
  lookup: ((profile: Profile) => Promise<ScholarPart>) | null;
  onStage?: (stage: PipelineStage) => void;
  /** Read a document that does not read as a CV all the same (the reviewer asked to). */
  readAnyway?: boolean;
  /** The profile as read and stored, before the look-up: a UI shows it while the sources answer. */
  onRead?: (analysis: DocumentAnalysis) => void;
}

// A source never asked (no ORCID iD, nothing left for Crossref) does not make a look-up online.
const UNREACHABLE: readonly SourceStatus[] = ['offline', 'cached', 'disabled', 'not-asked'];

/** The section headings as the document writes them, for the popup's summary. */
export function sectionHeadings(document: CvDocument): string[] {
  return groupLinesIntoSections(document.lines).flatMap((section) =>
    section.heading ? [section.heading] : [],
  );
}

/** True when no source answered over the network and some answered from the cache. */
function isOffline(scholar: ScholarPart): boolean {
  const statuses = Object.values(scholar.sources);
  return (
    // Every source unreachable and nothing cached is not "shown from the cache": nothing was checked.
    statuses.every((s) => UNREACHABLE.includes(s)) && statuses.some((s) => s === 'cached')
  );
}

/**
 * document → profile → store → scholar → store, for one document seen at `url`. A document whose
 * content is unchanged since it was last parsed is not parsed again; its stored profile is used.
 */
export async function analyseDocument(
  document: CvDocument,
  url: string,
  deps: AnalyseDocumentDeps,
): Promise<DocumentAnalysis> {
  deps.onStage?.('parsing');
  const hash = await contentHash(document);
  const headings = sectionHeadings(document);
  const known = await deps.store.findDocument(url, hash);
  const knownRecord = known ? await deps.store.get(known.candidateId) : null;
  let profile = knownRecord
    ? profileOf(knownRecord)
    : buildProfile(document, { readAnyway: deps.readAnyway });
  if (profile.documentKind === 'unknown' && !deps.readAnyway) {
    deps.onStage?.('done');
    return { profile, headings, candidateId: null, fromCache: false, merged: false, offline: false };
  }
  const { record, merged } = knownRecord
    ? { record: knownRecord, merged: true }
    : await deps.store.upsertProfile(profile, url, { contentHash: hash });
  let offline = false;
  if (deps.lookup) {
    const fromCache = knownRecord !== null;
    deps.onRead?.({
      profile,
      headings,
      candidateId: record.id,
      fromCache,
      merged,
      offline: false,
      lookupPending: true,
    });
    deps.onStage?.('looking-up');
    const scholar = await deps.lookup(profile);
    offline = isOffline(scholar);
    await deps.store.setScholar(record.id, scholar);
    profile = { ...profile, scholar };
  }
  deps.onStage?.('done');
  return { profile, headings, candidateId: record.id, fromCache: knownRecord !== null, merged, offline };
}
