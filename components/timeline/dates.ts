/** Partial CV dates ("YYYY", "YYYY-MM", "present") as fractional years on the timeline's axis. */

const DATE = /^(\d{4})(?:-(\d{2}))?/;

/** The start of a period: January of a bare year, the first of the month otherwise. */
export function startOf(date: string | null): number | null {
  const match = date ? DATE.exec(date) : null;
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : 1;
  return Number(match[1]) + (month - 1) / 12;
}

/**
 * The end of a period, inclusive: "2021" means through 2021, "2019-09" through September.
 * "present" is `now`, passed in so the layout stays a pure function.
 */
export function endOf(date: string | null, now: number): number | null {
  if (date === 'present') return now;
  const match = date ? DATE.exec(date) : null;
  if (!match) return null;
  return match[2] ? Number(match[1]) + Number(match[2]) / 12 : Number(match[1]) + 1;
}

/** A period as written, for details: "2017 – 2021", "2023 – present". */
export function periodText(start: string | null, end: string | null): string {
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start ?? end ?? 'undated';
}
