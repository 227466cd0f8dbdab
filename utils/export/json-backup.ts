import * as v from 'valibot';
import { FlagSchema, ProfileSchema } from '../model/profile';
import { ScholarPartSchema } from '../model/scholar';
import { id, label, list, text, timestamp } from '../schema/fields';
import { SCHEMA_LIMITS } from '../schema/limits';
import { CANDIDATE_STATUSES, RatingSchema, SeenAtSchema, type CandidateRecord } from '../store/types';
import type { Exporter } from './types';

export const BACKUP_FORMAT = 'cv-lens-backup';
/**
 * The backup format's own version (docs/backup-format.md); independent of the database schema
 * version. 2: scholar parts of version 2 (new verdicts). Version 1 backups are still read.
 */
export const BACKUP_VERSION = 2;
/** The oldest version import still reads, upgrading what it holds. */
export const OLDEST_BACKUP_VERSION = 1;

/** One candidate in a backup: the stored record without its derived display name. */
export const BackupCandidateSchema = v.object({
  id,
  profile: ProfileSchema,
  scholar: v.nullable(ScholarPartSchema),
  flags: list(FlagSchema),
  notes: text(),
  tags: list(label),
  rating: RatingSchema,
  status: v.picklist(CANDIDATE_STATUSES),
  urls: list(SeenAtSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type BackupCandidate = v.InferOutput<typeof BackupCandidateSchema>;

/** A backup of the current version; import rebuilds it field by field, unknown keys dropped. */
export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  candidates: list(BackupCandidateSchema, SCHEMA_LIMITS.candidates),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export function toBackupCandidate(record: CandidateRecord): BackupCandidate {
  return {
    id: record.id,
    profile: record.profile,
    scholar: record.scholar,
    flags: record.flags,
    notes: record.notes,
    tags: record.tags,
    rating: record.rating,
    status: record.status,
    urls: record.urls,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function buildBackup(records: readonly CandidateRecord[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    candidates: records.map(toBackupCandidate),
  };
}

export const jsonBackupExporter: Exporter = {
  format: 'json',
  label: 'JSON backup (re-importable)',
  mimeType: 'application/json',
  extension: 'json',
  scope: 'many',
  // Compact: a backup of thousands of candidates is tens of megabytes, and machines read it.
  run: (records, now) => `${JSON.stringify(buildBackup(records, now))}\n`,
};
