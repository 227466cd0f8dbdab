import type { Entry } from '../model/profile';
import { PUBLICATION_KINDS } from '../model/profile';
import { summarise } from '../store/candidate-summary';
import type { CandidateRecord } from '../store/types';
import { VERDICTS, type Verdict } from '../model/scholar';
import type { Exporter } from './types';

type Cell = string | number | null;

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab/CR, which some strip first) as a
 * formula; CV text is untrusted, so such cells get a leading apostrophe and show as text.
 * Numbers we computed ourselves are left alone.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF, doubling its quotes. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

function verdictColumn(verdict: Verdict): string {
  return verdict.replace(/-/g, '_');
}

/** Publications with this verdict; empty for a candidate never looked up. */
function verdictCount(record: CandidateRecord, verdict: Verdict): number | null {
  const publications = record.scholar?.publications;
  return Array.isArray(publications) ? publications.filter((p) => p.verdict === verdict).length : null;
}

function position(entry: Entry): string {
  const what = [entry.title, entry.organization].filter(Boolean).join(', ');
  const when = entry.start || entry.end ? ` (${entry.start ?? '?'}–${entry.end ?? ''})` : '';
  return `${what || entry.raw}${when}`;
}

const HEADER = [
  'id',
  'name',
  'affiliation',
  'phd_year',
  'positions',
  'publications',
  ...PUBLICATION_KINDS.map((kind) => `publications_${kind}`),
  // One column per verdict, named after it: verified, preprint_found, …, not_found, unchecked.
  ...VERDICTS.map(verdictColumn),
  'citations',
  'h_index',
  'tags',
  'rating',
  'status',
  'notes',
  'urls',
];

function row(record: CandidateRecord): Cell[] {
  const s = summarise(record);
  return [
    s.id,
    s.name,
    s.affiliation,
    s.phdYear,
    record.profile.positions.map(position).join('; '),
    s.publications,
    ...PUBLICATION_KINDS.map((kind) => s.publicationsByKind[kind]),
    ...VERDICTS.map((verdict) => verdictCount(record, verdict)),
    s.citations,
    s.hIndex,
    s.tags.join('; '),
    s.rating,
    s.status,
    record.notes,
    record.urls.map((u) => u.url).join(' '),
  ];
}

/** One row per candidate, CRLF line ends as RFC 4180 asks. */
export function exportCsv(records: readonly CandidateRecord[]): string {
  return [HEADER, ...records.map(row)].map(csvLine).join('\r\n') + '\r\n';
}

export const csvExporter: Exporter = {
  format: 'csv',
  label: 'CSV (one row per candidate)',
  mimeType: 'text/csv',
  extension: 'csv',
  scope: 'many',
  run: (records) => exportCsv(records),
};
