import type { RequestLogEntry } from '../model/scholar';

const DAY_MS = 24 * 3600 * 1000;

/** The request log the options page shows, with the day's OpenAlex spend. */
export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];
  constructor(private readonly limit = 500) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): readonly RequestLogEntry[] {
    return this.entries;
  }

  /** Cost of the UTC day containing `now`: OpenAlex's allowance resets at midnight UTC. */
  dayCostUsd(now: number): number {
    const start = Math.floor(now / DAY_MS) * DAY_MS;
    const total = this.entries
      .filter((e) => !e.fromCache && e.time >= start && e.time < start + DAY_MS)
      .reduce((sum, e) => sum + (e.costUsd ?? 0), 0);
    return Math.round(total * 1e6) / 1e6;
  }
}
