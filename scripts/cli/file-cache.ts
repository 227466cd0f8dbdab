import fs from 'node:fs';
import path from 'node:path';
import type { CachedValue, ScholarCache } from '../../utils/model/scholar';

/**
 * The CLI's scholar cache: one JSON file in the --data directory, read once, rewritten after
 * every put (atomically, so an interrupted run leaves the previous file intact).
 */
export class FileScholarCache implements ScholarCache {
  private entries: Record<string, CachedValue> | null = null;
  // Sources answer concurrently: writes go one after another so no rename races another.
  private writing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(
    dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.file = path.join(dir, 'scholar-cache.json');
  }

  private load(): Record<string, CachedValue> {
    if (this.entries) return this.entries;
    try {
      this.entries = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, CachedValue>;
    } catch {
      this.entries = {}; // no file yet, or a damaged one: start afresh rather than fail the run
    }
    return this.entries;
  }

  async get(key: string): Promise<CachedValue | null> {
    return this.load()[key] ?? null;
  }

  async put(key: string, value: unknown): Promise<void> {
    const entries = this.load();
    entries[key] = { value, fetchedAt: this.now() };
    const write = async (): Promise<void> => {
      await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await fs.promises.writeFile(tmp, JSON.stringify(entries));
      await fs.promises.rename(tmp, this.file);
    };
    this.writing = this.writing.then(write, write);
    await this.writing;
  }
}
