import { BACKUP_FORMAT, BACKUP_VERSION, OLDEST_BACKUP_VERSION, type Backup } from '../export/json-backup';
import { SCHOLAR_PART_VERSION, VERDICTS } from '../model/scholar';
import { CANDIDATE_STATUSES } from '../store/types';
import { upgradeScholarV1 } from '../store/upgrade-scholar-v1';
import { arr, Invalid, obj, oneOf, str, timestamp } from './checks';
import { flag, validateProfile } from './validate-profile';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

// The verdicts a version 1 backup could hold.
const V1_VERDICTS = ['verified', 'venue-differs', 'year-differs', 'not-found', 'ambiguous'] as const;

/**
 * Scholar results are the scholar stage's; the store relies on their being an object with
 * fetchedAt, and every surface on each publication's verdict being one it knows.
 */
function scholar(value: unknown, path: string, backupVersion: number): void {
  if (value === null) return;
  const s = obj(value, path);
  timestamp(s.fetchedAt, `${path}.fetchedAt`);
  if (backupVersion > OLDEST_BACKUP_VERSION) oneOf(s.version, `${path}.version`, [SCHOLAR_PART_VERSION]);
  const verdicts = backupVersion > OLDEST_BACKUP_VERSION ? VERDICTS : V1_VERDICTS;
  if (s.publications !== undefined)
    arr(s.publications, `${path}.publications`, (p, pp) =>
      oneOf(obj(p, pp).verdict, `${pp}.verdict`, verdicts),
    );
  if (s.metrics !== undefined) obj(s.metrics, `${path}.metrics`);
}

function candidate(value: unknown, path: string, backupVersion: number): void {
  const c = obj(value, path);
  if (str(c.id, `${path}.id`) === '') throw new Invalid(`${path}.id`, 'expected a non-empty id');
  validateProfile(c.profile, `${path}.profile`);
  scholar(c.scholar, `${path}.scholar`, backupVersion);
  arr(c.flags, `${path}.flags`, flag);
  str(c.notes, `${path}.notes`);
  arr(c.tags, `${path}.tags`, str);
  oneOf(c.rating, `${path}.rating`, [null, 1, 2, 3, 4, 5]);
  oneOf(c.status, `${path}.status`, CANDIDATE_STATUSES);
  arr(c.urls, `${path}.urls`, (u, up) => {
    const seen = obj(u, up);
    str(seen.url, `${up}.url`);
    timestamp(seen.firstSeen, `${up}.firstSeen`);
    timestamp(seen.lastSeen, `${up}.lastSeen`);
  });
  timestamp(c.createdAt, `${path}.createdAt`);
  timestamp(c.updatedAt, `${path}.updatedAt`);
}

function checkBackup(value: unknown): Backup {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid('file', 'not a CV Lens backup: the top level is not a JSON object');
  }
  const top = value as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) {
    const found =
      top.format === undefined ? 'it has no "format" field' : `its format is ${JSON.stringify(top.format)}`;
    throw new Invalid('format', `not a CV Lens backup: ${found}`);
  }
  if (
    typeof top.version !== 'number' ||
    top.version < OLDEST_BACKUP_VERSION ||
    top.version > BACKUP_VERSION
  ) {
    const newer = typeof top.version === 'number' && top.version > BACKUP_VERSION;
    throw new Invalid(
      'version',
      newer
        ? `backup version ${top.version} was written by a newer CV Lens; this one reads version ${BACKUP_VERSION}`
        : `unsupported backup version ${JSON.stringify(top.version)}; this CV Lens reads versions ${OLDEST_BACKUP_VERSION} to ${BACKUP_VERSION}`,
    );
  }
  timestamp(top.exportedAt, 'exportedAt');
  const version = top.version;
  arr(top.candidates, 'candidates', (c, path) => candidate(c, path, version));
  const ids = new Set<string>();
  (top.candidates as { id: string }[]).forEach((c, i) => {
    if (ids.has(c.id)) throw new Invalid(`candidates[${i}].id`, `id ${JSON.stringify(c.id)} appears twice`);
    ids.add(c.id);
  });
  // Every field the store relies on has been checked above.
  const backup = value as Backup;
  if (version === BACKUP_VERSION) return backup;
  // An older backup: its scholar parts are upgraded as the store migration upgrades stored ones.
  return {
    ...backup,
    version: BACKUP_VERSION,
    candidates: backup.candidates.map((c) => ({
      ...c,
      scholar: c.scholar === null ? null : upgradeScholarV1(c.scholar as unknown as Record<string, unknown>),
    })),
  };
}

/** Validates a parsed backup completely, before anything is written. */
export function validateBackup(value: unknown): BackupCheck {
  try {
    return { ok: true, backup: checkBackup(value) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Parses and validates a backup file's text; truncated or foreign files are refused with the reason. */
export function parseBackup(text: string): BackupCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid JSON (is the file complete?): ${detail}` };
  }
  return validateBackup(value);
}
