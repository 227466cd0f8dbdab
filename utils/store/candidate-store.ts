import type { Flag, Profile } from '../model/profile';
import { openDatabase } from './open-database';
import { rowOf, type CandidateRow } from './candidate-summary';
import { selectRows } from './list';
import { addSighting, extraFlags, mergeRecords, newRecord, unionFlags } from './record';
import { applyReview, checkReviewPatch, cleanTags } from './review';
import { isSamePerson } from './same-person';
import { createScholarCache, type ScholarCache } from './scholar-cache';
import type { CvLensDatabase } from './schema';
import { inReadTransaction, inWriteTransaction, type WriteTransaction } from './transaction';
import type {
  CandidateRecord,
  DocumentRecord,
  ListOptions,
  ReviewPatch,
  ScholarResults,
  UpsertResult,
} from './types';

/** Every transaction that writes candidates covers these stores, so their data stays consistent. */
const CANDIDATE_STORES: ('candidates' | 'summaries' | 'documents')[] = [
  'candidates',
  'summaries',
  'documents',
];

/** A candidate and its summary row are always written together. */
async function putCandidate(
  tx: WriteTransaction<(typeof CANDIDATE_STORES)[number]>,
  record: CandidateRecord,
): Promise<void> {
  await tx.objectStore('candidates').put(record);
  await tx.objectStore('summaries').put(rowOf(record));
}

export interface StoreOptions {
  /** Injected for tests; the wall clock otherwise. */
  now?: () => Date;
  newId?: () => string;
}

export interface ImportResult {
  added: number;
  merged: number;
}

/**
 * The candidate store: every operation the extension and the CLI perform on the database.
 * Each write is one transaction, so it either happens entirely or not at all.
 */
export class CandidateStore {
  private readonly now: () => string;
  private readonly newId: () => string;

  constructor(
    private readonly db: CvLensDatabase,
    options: StoreOptions = {},
  ) {
    const clock = options.now ?? (() => new Date());
    this.now = () => clock().toISOString();
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Stores a parsed profile, merging it into the record of the same person when there is one
   * (see isSamePerson); `contentHash` records the document so it need not be parsed again.
   */
  async upsertProfile(
    profile: Profile,
    url: string | null,
    options: { contentHash?: string } = {},
  ): Promise<UpsertResult> {
    const now = this.now();
    return inWriteTransaction(this.db, CANDIDATE_STORES, async (tx) => {
      const all = await tx.objectStore('candidates').getAll();
      const same = all.find((record) => isSamePerson(record.profile, profile));
      const record = same ? addSighting(same, profile, url, now) : newRecord(profile, url, now, this.newId());
      await putCandidate(tx, record);
      if (url && options.contentHash) {
        const document: DocumentRecord = {
          url,
          hash: options.contentHash,
          candidateId: record.id,
          parsedAt: now,
        };
        await tx.objectStore('documents').put(document);
      }
      return { record, merged: same !== undefined };
    });
  }

  /** Attaches scholar results (and the flags derived from them) to a candidate. */
  async setScholar(
    id: string,
    scholar: ScholarResults | null,
    derivedFlags?: Flag[],
  ): Promise<CandidateRecord | null> {
    const now = this.now();
    return this.modify(id, (record) => ({
      ...record,
      scholar,
      flags: unionFlags(record.profile.flags, derivedFlags ?? extraFlags(record)),
      updatedAt: now,
    }));
  }

  async get(id: string): Promise<CandidateRecord | null> {
    return inReadTransaction(
      this.db,
      ['candidates'],
      async (tx) => (await tx.objectStore('candidates').get(id)) ?? null,
    );
  }

  /**
   * Summary rows, filtered and sorted: reads the small summaries store, never the profiles.
   * The tag and status filters take their ids from the candidates' indexes.
   */
  async list(options: ListOptions = {}): Promise<CandidateRow[]> {
    const rows = await inReadTransaction(this.db, ['candidates', 'summaries'], async (tx) => {
      const all = await tx.objectStore('summaries').getAll();
      const index = options.tag ? tx.objectStore('candidates').index('tags') : null;
      const ids = index
        ? await index.getAllKeys(options.tag)
        : options.status
          ? await tx.objectStore('candidates').index('status').getAllKeys(options.status)
          : null;
      if (!ids) return all;
      const wanted = new Set(ids);
      return all.filter((row) => wanted.has(row.id));
    });
    return selectRows(rows, options);
  }

  /** Every full record, by name: what exports and backups read. */
  async all(): Promise<CandidateRecord[]> {
    const records = await inReadTransaction(this.db, ['candidates'], (tx) =>
      tx.objectStore('candidates').getAll(),
    );
    return records.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  }

  async count(): Promise<number> {
    return inReadTransaction(this.db, ['candidates'], (tx) => tx.objectStore('candidates').count());
  }

  /** Changes the reviewer's notes, tags, rating or status; null when there is no such candidate. */
  async updateReview(id: string, patch: ReviewPatch): Promise<CandidateRecord | null> {
    checkReviewPatch(patch);
    const now = this.now();
    return this.modify(id, (record) => ({ ...record, ...applyReview(record, patch), updatedAt: now }));
  }

  /** Deletes the candidate and the documents that led to it, so revisiting them parses again. */
  async delete(id: string): Promise<boolean> {
    return inWriteTransaction(this.db, CANDIDATE_STORES, async (tx) => {
      const candidates = tx.objectStore('candidates');
      if (!(await candidates.getKey(id))) return false;
      await candidates.delete(id);
      await tx.objectStore('summaries').delete(id);
      const documents = tx.objectStore('documents');
      for (const key of await documents.index('candidateId').getAllKeys(id)) await documents.delete(key);
      return true;
    });
  }

  /** Removes every candidate and document; the scholar cache is not about candidates and stays. */
  async clear(): Promise<void> {
    await inWriteTransaction(this.db, CANDIDATE_STORES, async (tx) => {
      await tx.objectStore('candidates').clear();
      await tx.objectStore('summaries').clear();
      await tx.objectStore('documents').clear();
    });
  }

  /** The document parsed from this URL with exactly this content, or null when it must be parsed. */
  async findDocument(url: string, hash: string): Promise<DocumentRecord | null> {
    return inReadTransaction(
      this.db,
      ['documents'],
      async (tx) => (await tx.objectStore('documents').get([url, hash])) ?? null,
    );
  }

  /** The same bytes seen at any URL (a PDF saved and dropped on the panel). */
  async findDocumentByHash(hash: string): Promise<DocumentRecord | null> {
    return inReadTransaction(
      this.db,
      ['documents'],
      async (tx) => (await tx.objectStore('documents').index('hash').get(hash)) ?? null,
    );
  }

  /**
   * Stores backup records in ONE transaction (all or nothing). A record merges into the stored
   * record with its id, else into a stored record of the same person, else is added under its
   * own id. Records added by this import never absorb each other: the backup's own separate
   * records stay separate, so export-then-import reproduces the store exactly.
   */
  async importRecords(records: readonly CandidateRecord[]): Promise<ImportResult> {
    return inWriteTransaction(this.db, CANDIDATE_STORES, async (tx) => {
      const before = new Map((await tx.objectStore('candidates').getAll()).map((r) => [r.id, r]));
      const result: ImportResult = { added: 0, merged: 0 };
      for (const raw of records) {
        const incoming = { ...raw, tags: cleanTags(raw.tags) };
        const target =
          before.get(incoming.id) ??
          [...before.values()].find((r) => isSamePerson(r.profile, incoming.profile));
        if (target) {
          const merged = mergeRecords(target, incoming);
          before.set(target.id, merged);
          await putCandidate(tx, merged);
          result.merged += 1;
        } else {
          await putCandidate(tx, incoming);
          result.added += 1;
        }
      }
      return result;
    });
  }

  /** Forgets every cached scholar answer, so the next look-up asks the sources again. */
  async clearScholarCache(): Promise<void> {
    await inWriteTransaction(this.db, ['scholarCache'], (tx) => tx.objectStore('scholarCache').clear());
  }

  /** The scholar clients' cache, kept in the same database. */
  scholarCache(): ScholarCache {
    return createScholarCache(this.db, () => Date.parse(this.now()));
  }

  close(): void {
    this.db.close();
  }

  private async modify(
    id: string,
    change: (record: CandidateRecord) => CandidateRecord,
  ): Promise<CandidateRecord | null> {
    return inWriteTransaction(this.db, CANDIDATE_STORES, async (tx) => {
      const record = await tx.objectStore('candidates').get(id);
      if (!record) return null;
      const updated = change(record);
      await putCandidate(tx, updated);
      return updated;
    });
  }
}

export async function openCandidateStore(
  factory: IDBFactory,
  options: StoreOptions = {},
): Promise<CandidateStore> {
  return new CandidateStore(await openDatabase(factory), options);
}
