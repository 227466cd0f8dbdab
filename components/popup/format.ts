import type { Profile } from '../../utils/profile/types';
import type { SourceId, SourceStatus } from '../../utils/scholar/types';
import { SOURCE_IDS } from '../../utils/scholar/types';
import type { SourceProgress } from './popup-state';

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

export function mailtoHref(email: string): string | null {
  return EMAIL.test(email) ? `mailto:${email}` : null;
}

/** The person's current role: the stated affiliation, else a position running to the present. */
export function currentPosition(profile: Profile): string | null {
  if (profile.person.affiliation) return profile.person.affiliation;
  const current = profile.positions.find((p) => p.end === 'present') ?? null;
  if (!current) return null;
  return [current.title, current.organization].filter(Boolean).join(', ') || null;
}

/** Sources that failed this time, from the final statuses and, for the still running, events. */
export function failingSources(
  statuses: Partial<Record<SourceId, SourceStatus>> | undefined,
  progress: SourceProgress,
): { source: SourceId; status: 'error' | 'rate-limited' | 'too-large' }[] {
  return SOURCE_IDS.flatMap((source) => {
    const status = statuses?.[source] ?? progress[source];
    return status === 'error' || status === 'rate-limited' || status === 'too-large'
      ? [{ source, status }]
      : [];
  });
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('en');
}

export function formatDate(iso: string | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString('en', { dateStyle: 'medium' });
}
