import type { Profile, Flag } from '../model/profile';
import type { CandidateRecord, CandidateStatus, Rating, ScholarResults, SeenAt } from '../store/types';
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
export interface BackupCandidate {
  id: string;
  profile: Profile;
  scholar: ScholarResults | null;
  flags: Flag[];
  notes: string;
  tags: string[];
  rating: Rating;
  status: CandidateStatus;
  urls: SeenAt[];
  createdAt: string;
  updatedAt: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  candidates: BackupCandidate[];
}

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
