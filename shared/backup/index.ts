// shared/backup/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { verifyBackup } from './backupFile';
export { BACKUP_EXTENSION, BACKUP_REASON_LABELS } from './header';
export {
  autoBackupIfDue,
  type BackupListItem,
  backupNow,
  describeBackups,
  describeCounts,
  isAutoBackupDue,
  LAST_RESTORE_KEY,
  type LastRestore,
  restoreFromFile,
} from './service';
