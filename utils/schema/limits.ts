/**
 * The length limits every schema applies (README's limits table). Real data stays far below them:
 * a document line holds at most 10,000 characters and a document 5,000 lines, and every text the
 * reader keeps comes from those. Past a limit a value is refused with the path of what is too long.
 */
export const SCHEMA_LIMITS = {
  /** Characters of any text read from a document or written by the reviewer. */
  text: 100_000,
  /** Characters of an id, a key, a label or a timestamp. */
  id: 1_000,
  /** Characters of a URL or a link. */
  url: 10_000,
  /** Items of any list (publications, authors, lines, flags, tags, …). */
  items: 20_000,
  /** Candidates in one backup. */
  candidates: 100_000,
  /** Characters of a backup file, checked before it is parsed. */
  backupChars: 60 * 1024 * 1024,
} as const;
