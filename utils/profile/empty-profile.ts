import type { CvDocument } from '../document/types';
import { SCHEMA_VERSION, type Profile } from '../model/profile';

/** A profile with nothing found: what a page about no person gets, flagged, never an invented person. */
export function emptyProfile(doc: CvDocument): Profile {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { ...doc.source },
    documentKind: 'unknown',
    person: { name: null, nameVariants: [], emails: [], links: [] },
    education: [],
    positions: [],
    publications: [],
    awards: [],
    talks: [],
    teaching: [],
    service: [],
    skills: [],
    flags: [{ kind: 'no-cv', severity: 'warning', message: 'No CV content found on this page.' }],
  };
}
