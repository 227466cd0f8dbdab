/**
 * The one vocabulary for what the scholar stage found. The popup, the page badges, the PDF view,
 * the side panel, the CLI and the exports all take their words from here, so a verdict reads
 * the same wherever a reviewer meets it.
 */
import type { SourceId, SourceStatus, Verdict } from '../model/scholar';

/** How a verdict is coloured: ok green, info blue, warn amber, bad red, muted grey. */
export type Tone = 'ok' | 'info' | 'warn' | 'bad' | 'muted';

/** The timeline's colours: it has room for fewer kinds than there are verdicts. */
export const MARK_VERDICTS = ['verified', 'preprint', 'differs', 'not-found', 'unchecked'] as const;
export type MarkVerdict = (typeof MARK_VERDICTS)[number];

export interface VerdictLabel {
  /** Short, capitalised: badges, legends, CSV headers' meaning. */
  text: string;
  icon: string;
  tone: Tone;
  mark: MarkVerdict;
}

export const VERDICT_LABELS: Record<Verdict, VerdictLabel> = {
  verified: { text: 'Verified', icon: '✓', tone: 'ok', mark: 'verified' },
  'preprint-found': { text: 'Preprint found', icon: '✓', tone: 'info', mark: 'preprint' },
  'year-differs': { text: 'Year differs', icon: '≠', tone: 'warn', mark: 'differs' },
  'venue-differs': { text: 'Venue differs', icon: '≠', tone: 'warn', mark: 'differs' },
  'authorship-differs': { text: 'Authorship differs', icon: '✗', tone: 'bad', mark: 'differs' },
  ambiguous: { text: 'Ambiguous', icon: '~', tone: 'muted', mark: 'unchecked' },
  'not-found': { text: 'Not found', icon: '?', tone: 'bad', mark: 'not-found' },
  unchecked: { text: 'Not checked', icon: '·', tone: 'muted', mark: 'unchecked' },
};

export const MARK_VERDICT_TEXT: Record<MarkVerdict, string> = {
  verified: 'verified',
  preprint: 'preprint found',
  differs: 'differs from the record',
  'not-found': 'not found',
  unchecked: 'not checked',
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
  disabled: 'turned off',
};

/** The line shown (popup banner, CLI stderr) when no publication could be checked. */
export const NOTHING_CHECKED_TEXT =
  'Nothing could be checked: no scholarly source answered (offline, failing or turned off).';
