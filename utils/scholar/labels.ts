/**
 * The one vocabulary for what the scholar stage found. The popup, the page badges, the PDF view,
 * the side panel, the CLI and the exports all take their words from here, so a verdict reads
 * the same wherever a reviewer meets it.
 */
import type { SourceId, SourceStatus, Verdict } from './types';

/** How a verdict is coloured: ok green, info blue, warn amber, bad red, muted grey. */
export type Tone = 'ok' | 'info' | 'warn' | 'bad' | 'muted';

export interface VerdictLabel {
  /** Short, capitalised: badges, legends, CSV headers' meaning. */
  text: string;
  /** The shape that goes with the colour, for readers who cannot tell the colours apart. */
  icon: string;
  tone: Tone;
  /** A concern is a disagreement with the record; the other verdicts are not. */
  concern: boolean;
}

export const VERDICT_LABELS: Record<Verdict, VerdictLabel> = {
  verified: { text: 'Verified', icon: '✓', tone: 'ok', concern: false },
  'preprint-found': { text: 'Preprint found', icon: '✓', tone: 'info', concern: false },
  'year-differs': { text: 'Year differs', icon: '≠', tone: 'warn', concern: true },
  'venue-differs': { text: 'Venue differs', icon: '≠', tone: 'warn', concern: true },
  'authorship-differs': { text: 'Authorship differs', icon: '✗', tone: 'bad', concern: true },
  ambiguous: { text: 'Ambiguous', icon: '~', tone: 'muted', concern: false },
  'not-found': { text: 'Not found', icon: '?', tone: 'bad', concern: true },
  unchecked: { text: 'Not checked', icon: '·', tone: 'muted', concern: false },
};

/** A publication with no scholar record at all (never looked up) reads as not checked. */
export function verdictLabel(verdict: Verdict | null | undefined): VerdictLabel {
  return VERDICT_LABELS[verdict ?? 'unchecked'];
}

export const SOURCE_NAMES: Record<SourceId, string> = {
  openalex: 'OpenAlex',
  dblp: 'DBLP',
  semanticscholar: 'Semantic Scholar',
  orcid: 'ORCID',
  crossref: 'Crossref',
};

export const STATUS_TEXT: Record<SourceStatus | 'pending', string> = {
  pending: 'looking up…',
  ok: 'answered',
  cached: 'from cache',
  'not-asked': 'not asked',
  'rate-limited': 'rate-limited',
  error: 'failed',
  offline: 'offline',
  'too-large': 'answer too large',
  disabled: 'turned off',
};

/** The line shown (popup banner, CLI stderr) when no publication could be checked. */
export const NOTHING_CHECKED_TEXT =
  'Nothing could be checked: no scholarly source answered (offline, failing or turned off).';
