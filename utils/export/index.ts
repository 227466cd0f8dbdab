import { bibtexExporter } from './bibtex';
import { csvExporter } from './csv';
import { jsonBackupExporter } from './json-backup';
import { jsonResumeExporter } from './json-resume';
import type { ExportFormat, Exporter } from './types';

/** Every export format, registered once: the UI and the CLI offer exactly these. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonBackupExporter,
  csv: csvExporter,
  bibtex: bibtexExporter,
  jsonresume: jsonResumeExporter,
};

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORTERS, value);
}

export type { ExportFormat, Exporter } from './types';
export { BACKUP_FORMAT, BACKUP_VERSION, buildBackup, type Backup, type BackupCandidate } from './json-backup';
