import type { BackupCandidate } from '../export/json-backup';
import type { CandidateStore, ImportResult } from '../store/candidate-store';
import { displayName } from '../store/record';
import type { CandidateRecord } from '../store/types';
import { parseBackup } from './validate-backup';

export type ImportOutcome = ({ ok: true } & ImportResult) | { ok: false; reason: string };

function toRecord(candidate: BackupCandidate): CandidateRecord {
  return { ...candidate, name: displayName(candidate.profile) };
}

/**
 * Imports a backup file: validated completely first (a refusal writes nothing), then stored in
 * one transaction that merges by id or by person (the upsert rules), so it is all or nothing.
 * Storage errors are thrown as StoreError, with nothing changed.
 */
export async function importBackup(store: CandidateStore, text: string): Promise<ImportOutcome> {
  const check = parseBackup(text);
  if (!check.ok) return { ok: false, reason: check.reason };
  const result = await store.importRecords(check.backup.candidates.map(toRecord));
  return { ok: true, ...result };
}
