import type { CandidateRecord } from '../store/types';

export const EXPORT_FORMATS = ['json', 'csv', 'bibtex', 'jsonresume'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One export format. Exporters are pure: records in, file text out. */
export interface Exporter {
  format: ExportFormat;
  label: string;
  mimeType: string;
  extension: string;
  /** 'many' takes any number of candidates; 'one' exactly one (JSON Resume describes a person). */
  scope: 'many' | 'one';
  run(records: readonly CandidateRecord[], now: Date): string;
}
