import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupCandidateSchema,
  BackupSchema,
  OLDEST_BACKUP_VERSION,
  type Backup,
} from '../export/json-backup';
import { ScholarPartSchema } from '../model/scholar';
import { check, type Checked } from '../schema/issues';
import { SCHEMA_LIMITS } from '../schema/limits';
import { list } from '../schema/fields';
import { upgradeScholarV1 } from '../store/upgrade-scholar-v1';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

// The verdicts a version 1 backup could hold.
const V1_VERDICTS = ['verified', 'venue-differs', 'year-differs', 'not-found', 'ambiguous'] as const;

/**
 * A version 1 scholar part: its verdicts are checked against version 1's, then it is upgraded as
 * the store migration upgrades stored ones, and read as a current part.
 */
const ScholarV1Schema = v.pipe(
  v.looseObject({
    publications: v.optional(list(v.looseObject({ verdict: v.picklist(V1_VERDICTS) }))),
  }),
  v.transform(upgradeScholarV1),
  ScholarPartSchema,
);

const BackupV1Schema = v.object({
  ...BackupSchema.entries,
  version: v.literal(OLDEST_BACKUP_VERSION),
  candidates: list(
    v.object({ ...BackupCandidateSchema.entries, scholar: v.nullable(ScholarV1Schema) }),
    SCHEMA_LIMITS.candidates,
  ),
});

/** The format and version, checked first so that a foreign file is named as such. */
function headerProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'file: not a CV Lens backup: the top level is not a JSON object';
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    const found =
      format === undefined ? 'it has no "format" field' : `its format is ${JSON.stringify(format)}`;
    return `format: not a CV Lens backup: ${found}`;
  }
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return `version: backup version ${version} was written by a newer CV Lens; this one reads version ${BACKUP_VERSION}`;
  }
  if (version !== BACKUP_VERSION && version !== OLDEST_BACKUP_VERSION) {
    return `version: unsupported backup version ${JSON.stringify(version)}; this CV Lens reads versions ${OLDEST_BACKUP_VERSION} to ${BACKUP_VERSION}`;
  }
  return null;
}

function repeatedId(backup: Backup): string | null {
  const ids = new Set<string>();
  for (const [i, candidate] of backup.candidates.entries()) {
    if (ids.has(candidate.id)) return `candidates[${i}].id: id ${JSON.stringify(candidate.id)} appears twice`;
    ids.add(candidate.id);
  }
  return null;
}

function readBackup(value: unknown): Checked<Backup> {
  const header = headerProblem(value);
  if (header) return { ok: false, reason: header };
  if ((value as { version: unknown }).version === BACKUP_VERSION) return check(BackupSchema, value);
  const old = check(BackupV1Schema, value);
  return old.ok ? { ok: true, value: { ...old.value, version: BACKUP_VERSION } } : old;
}

/**
 * Validates a parsed backup completely, before anything is written. What it returns is rebuilt
 * from the fields the format knows: keys it does not know are dropped at every level.
 */
export function validateBackup(value: unknown): BackupCheck {
  const read = readBackup(value);
  if (!read.ok) return read;
  const repeated = repeatedId(read.value);
  return repeated ? { ok: false, reason: repeated } : { ok: true, backup: read.value };
}

/**
 * Parses and validates a backup file's text; truncated, foreign or oversized files are refused with
 * the reason. The size is checked before parsing, so an enormous file costs no memory.
 */
export function parseBackup(text: string): BackupCheck {
  if (text.length > SCHEMA_LIMITS.backupChars) {
    return {
      ok: false,
      reason: `file: too large for a CV Lens backup (${text.length.toLocaleString('en')} characters; a backup holds at most ${SCHEMA_LIMITS.backupChars.toLocaleString('en')})`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid JSON (is the file complete?): ${detail}` };
  }
  return validateBackup(value);
}
