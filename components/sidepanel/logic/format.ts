import type { CandidateStatus } from '../../../utils/store/types';

export const STATUS_LABELS: Record<CandidateStatus, string> = {
  new: 'New',
  shortlisted: 'Shortlisted',
  interview: 'Interview',
  offer: 'Offer',
  declined: 'Declined',
  archived: 'Archived',
};

/** 1234 → "1.2k": the list's columns are narrow. */
export function compactNumber(value: number | null): string {
  if (value === null) return '—';
  if (value < 1000) return String(value);
  if (value < 10_000) return `${(value / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(value / 1000)}k`;
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (!end) return start ?? '';
  return `${start ?? '?'} – ${end === 'present' ? 'present' : end}`;
}

/** "3 days ago"-style wording would need a clock per row; a plain date reads as well. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  if (value < 1024 ** 3) return `${(value / 1024 / 1024).toFixed(1)} MB`;
  return `${(value / 1024 ** 3).toFixed(2)} GB`;
}

/** Only http(s) links become anchors: page text is data, and a javascript: URL must stay text. */
