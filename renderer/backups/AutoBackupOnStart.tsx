export function AutoBackupOnStart() { return null; }
