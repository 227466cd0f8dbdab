/** The storage module: the only code that opens the 'cv-lens' database. */
export { CandidateStore, openCandidateStore, type ImportResult, type StoreOptions } from './candidate-store';
export { storeOpener } from './store-opener';
export { StoreError, type StoreErrorKind } from './errors';
export { scholarCacheKey, type ScholarCache } from './scholar-cache';
export { summarise, type CandidateRow, type CandidateSummary } from './candidate-summary';
export { profileOf } from './record';
export { isSamePerson } from './same-person';
export { mergeProfiles } from './merge-profile';
export { DB_NAME, DB_VERSION } from './schema';
export * from './types';
