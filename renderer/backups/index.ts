export { BackupsPage } from './BackupsPage';
export { AutoBackupOnStart } from './AutoBackupOnStart';
export { useBackupActions } from './useBackupActions';
