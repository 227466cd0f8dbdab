export { importBackup, type ImportOutcome } from './import-backup';
export { parseBackup, validateBackup, type BackupCheck } from './validate-backup';
