// shared/backup/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { BackupLockedError, verifyBackup } from './backupFile';
export type { BackupHeader as VerifiedBackupHeader } from './header';
export { MIN_PASSPHRASE_LENGTH } from './encryption';
export { BACKUP_EXTENSION, BACKUP_REASON_LABELS } from './header';
export {
  AUTO_ENCRYPT_KEY,
  autoBackupIfDue,
  type BackupListItem,
  backupNow,
  checkBackupFile,
  describeBackups,
  describeCounts,
  isAutoBackupDue,
  LAST_RESTORE_KEY,
  type LastRestore,
  recoveryCodes,
  restoreFromFile,
  setAutoEncrypt,
} from './service';
