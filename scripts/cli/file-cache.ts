import fs from 'node:fs';
import path from 'node:path';
import type { CachedValue, ScholarCache } from '../../utils/scholar/types';
import { withLock } from './store-lock';

type Entries = Record<string, CachedValue>;

function readEntries(file: string): Entries {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Entries;
  } catch {
    return {}; // no file yet, or a damaged one: start afresh rather than fail the run
  }
}

/**
 * The CLI's scholar cache: one JSON file in the --data directory, read once, rewritten after
 * every put (atomically, so an interrupted run leaves the previous file intact). Each write
 * happens under the folder's cache lock and merges this run's answers into what the file holds
 * then, so two runs annotating at once keep each other's answers.
 */
export class FileScholarCache implements ScholarCache {
  private entries: Entries | null = null;
  /** What this run has put: the only entries it may overwrite in the file. */
  private readonly own: Entries = {};
  // Sources answer concurrently: writes go one after another so no rename races another.
  private writing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.file = path.join(dir, 'scholar-cache.json');
  }

  private load(): Entries {
    this.entries ??= readEntries(this.file);
    return this.entries;
  }

  async get(key: string): Promise<CachedValue | null> {
    return this.load()[key] ?? null;
  }

  async put(key: string, value: unknown): Promise<void> {
    const entry = { value, fetchedAt: this.now() };
    this.load()[key] = entry;
    this.own[key] = entry;
    const write = (): Promise<void> =>
      withLock(this.dir, 'scholar-cache', async () => {
        const merged = { ...readEntries(this.file), ...this.own };
        const tmp = `${this.file}.${process.pid}.tmp`;
        await fs.promises.writeFile(tmp, JSON.stringify(merged));
        await fs.promises.rename(tmp, this.file);
      });
    this.writing = this.writing.then(write, write);
    await this.writing;
  }
}
