import type { PublicationKind, PublicationStatus } from '../model/profile';
import type { VenueEntry } from './venue-table';
import { MEETING, PERIODICAL } from '../lexicon/venues';

/** Status words and the status they state; the first that matches wins. */
const STATUS_RULES: [RegExp, Exclude<PublicationStatus, null>][] = [
  [/\b(?:accepted|to appear|in press|forthcoming|conditionally accepted)\b/i, 'accepted'],
  [
    /\b(?:submitted|under (?:review|submission)|in review|under revision|revise and resubmit|r&r|major revision|minor revision)\b/i,
    'submitted',
  ],
  [/\b(?:arxiv|preprint|pre-print|biorxiv|medrxiv|ssrn|corr|working paper|manuscript)\b/i, 'preprint'],
];

export const IN_PREPARATION = /\b(?:in preparation|in prep\.?|forthcoming manuscript|draft)\b/i;

/** Every status wording but a preprint's, each matched everywhere (built once, not per call). */
const STATUS_WORDS = [
  ...STATUS_RULES.filter(([, status]) => status !== 'preprint').map(([re]) => re),
  IN_PREPARATION,
].map((re) => new RegExp(re.source, 'gi'));

/**
 * Text that only states a status ("submitted", "Under review", "in preparation") and names no
 * place of publication; "arXiv" names one, so preprint words do not count.
 */
export function statesOnlyStatus(text: string): boolean {
  const rest = STATUS_WORDS.reduce((left, re) => left.replace(re, ' '), text);
  return rest !== text && !/\p{L}/u.test(rest);
}

/** A status in place of the date: "(in press).", "(submitted)", "(in preparation)" (APA). */
export const STATUS_ONLY =
  /^\((?:in press|in preparation|in prep\.?|submitted|forthcoming|under review|accepted|to appear)\)[.,;:]?$/i;

export function detectStatus(text: string, hasVenue: boolean): PublicationStatus {
  for (const [re, status] of STATUS_RULES) if (re.test(text)) return status;
  if (IN_PREPARATION.test(text)) return null;
  return hasVenue ? 'published' : null;
}

/** Section headings name the kind of everything under them ("Workshop papers", "Preprints"). */
const SECTION_KINDS: [RegExp, PublicationKind][] = [
  [/workshop/i, 'workshop'],
  [/preprint|under review|submitted|working paper|manuscript/i, 'preprint'],
  [/thes[ie]s|dissertation/i, 'thesis'],
  [/chapter/i, 'chapter'],
  [/\bbooks?\b|monograph/i, 'book'],
  [/technical report|\breports?\b/i, 'report'],
  [/journal/i, 'journal'],
  [/conference|proceedings|symposi/i, 'conference'],
];

const REPORT = /\b(?:technical report|tech\.? rep(?:ort)?\.?|working paper|white paper|report no\.?)\b/i;

const TEXT_KINDS: [RegExp, PublicationKind][] = [
  [/\bworkshop\b/i, 'workshop'],
  [
    /\b(?:ph\.?\s?d|d\.?phil|doctoral|master'?s|m\.?sc|b\.?sc|bachelor'?s|diploma|habilitation)\b[^.]{0,20}\b(?:thesis|dissertation)\b|\b(?:thesis|dissertation)\b/i,
    'thesis',
  ],
  [REPORT, 'report'],
  [/\b(?:arxiv|preprint|biorxiv|medrxiv|ssrn|corr|submitted|under review)\b/i, 'preprint'],
  [PERIODICAL, 'journal'],
  [MEETING, 'conference'],
];

/** "vol. 59, no. 236", "59(236): 433-460", "59, 433–460", "v. 435, n. 7039". */
const JOURNAL_NUMBERS =
  /\b(?:vol|v|volume)\.?\s*\d+[\s,]*(?:(?:no|n|nr|issue)\.?\s*\d+|\(\d+\))|\b\d+\s*\(\d+(?:[-–/]\d+)?\)\s*[:,]\s*(?:pp?\.\s*)?\d|\b\d+\s*:\s*\d+\s*[-–]\s*\d+|\b(?:vol|volume)\.?\s*\d+\s*,\s*(?:pp?\.|pages)\s*\d/i;

/**
 * The kind, from the strongest evidence: the venue's own words, then the venue table, then the
 * entry's status, then the section heading, then whether a chapter or book shape shows.
 */
export function detectKind(args: {
  venue: string | null;
  venueEntry: VenueEntry | null;
  status: PublicationStatus;
  sectionHint: string | null;
  text: string;
  hasEditors: boolean;
  hasPublisher: boolean;
  /** The venue was written "In …" (a chapter's book, or a journal in some styles). */
  inContainer?: boolean;
}): PublicationKind {
  const { venue, venueEntry, status, sectionHint, text } = args;
  const venueText = venue ?? '';
  if (/\bworkshop\b/i.test(venueText)) return 'workshop';
  if (/\b(?:thesis|dissertation)\b/i.test(venueText) || (!venue && /\b(?:thesis|dissertation)\b/i.test(text)))
    return 'thesis';
  if (venueEntry?.kind === 'preprint' || status === 'preprint' || status === 'submitted') {
    if (
      !venue ||
      venueEntry?.kind === 'preprint' ||
      /\b(?:arxiv|preprint|submitted|under review)\b/i.test(venueText)
    ) {
      return 'preprint';
    }
  }
  for (const [re, kind] of TEXT_KINDS) if (venue && re.test(venueText)) return kind;
  if (venueEntry) return venueEntry.kind === 'journal' ? 'journal' : 'conference';
  // "Publications and Preprints" mixes kinds: only a heading that names one kind says anything.
  if (sectionHint && !/publication|&|\band\b/i.test(sectionHint)) {
    for (const [re, kind] of SECTION_KINDS) if (re.test(sectionHint)) return kind;
  }
  if (args.hasEditors) return 'chapter';
  if (!venue && REPORT.test(text)) return 'report';
  // Volume, issue or pages after a venue name a journal ("Mind, vol. 59, no. 236, pp. 433-460");
  // an "In …" venue with a publisher is a book's chapter ("In Essays … London: Verso").
  if (venue && args.inContainer && args.hasPublisher) return 'chapter';
  if (venue && JOURNAL_NUMBERS.test(text) && !args.hasPublisher) return 'journal';
  if (/\b(?:science|sciences|research|studies|physics|chemistry|medicine)\s*$/i.test(venueText))
    return 'journal';
  if (!venue && args.hasPublisher) return 'book';
  return 'other';
}
