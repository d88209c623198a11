import type { UnionDeskDb } from '../db/db';
import { getSetting, setSetting } from '../db/settings';
import {
  createBackup,
  restoreBackup,
  verifyBackup,
  type BackupLock,
  type BackupProgress,
  type VerifiedBackup,
} from './backupFile';
import { newRecoveryCode } from './encryption';
import { backupFileName, parseBackupHeader, type BackupHeader, type BackupReason } from './header';

/** Where backups are kept: the platform's backup store. */
export interface BackupSink {
  write(name: string, data: Uint8Array): Promise<unknown>;
}

export const LAST_AUTO_BACKUP_KEY = 'lastAutoBackupDay';
export const LAST_RESTORE_KEY = 'lastRestore';

/** What the app remembers about the last restore, so it can offer to undo it. */
export interface LastRestore {
  at: string;
  from: string;
  /** The safety backup made just before; restoring it undoes the restore. */
  safetyBackup: string;
}

/** Whether the daily automatic backups (and safety backups) are locked with the 恢复码. */
export const AUTO_ENCRYPT_KEY = 'backupAutoEncrypt';
/**
 * The app's 备份恢复码s, newest first: the first locks new automatic backups, all are tried
 * on a locked one. A restore keeps this PC's codes and adds the backup's, so the backups
 * made before it still open.
 */
export const RECOVERY_CODES_KEY = 'backupRecoveryCodes';

/** This PC's 恢复码s; the first is made on first use. */
export async function recoveryCodes(db: UnionDeskDb): Promise<string[]> {
  const kept = (await getSetting<string[]>(db, RECOVERY_CODES_KEY)) ?? [];
  if (kept.length > 0) return kept;
  const codes = [newRecoveryCode()];
  await setSetting(db, RECOVERY_CODES_KEY, codes);
  return codes;
}

/** Turns locking of automatic backups on or off (the 恢复码 is made when first needed). */
export async function setAutoEncrypt(db: UnionDeskDb, on: boolean): Promise<void> {
  if (on) await recoveryCodes(db);
  await setSetting(db, AUTO_ENCRYPT_KEY, on);
}

/** The lock of a backup the app makes by itself: the 恢复码 when the chair chose so. */
async function appLock(db: UnionDeskDb): Promise<BackupLock | undefined> {
  if (!(await getSetting<boolean>(db, AUTO_ENCRYPT_KEY))) return undefined;
  return { passphrase: (await recoveryCodes(db))[0]!, key: 'app' };
}

/**
 * Writes a backup of everything; returns its file name and header. A manual backup is
 * locked with the passphrase given (none: not encrypted); automatic and safety backups
 * follow the 自动备份加密 setting.
 */
export async function backupNow(
  db: UnionDeskDb,
  sink: BackupSink,
  reason: BackupReason,
  at: Date = new Date(),
  passphrase?: string,
  progress?: BackupProgress,
): Promise<{ name: string; header: BackupHeader }> {
  const lock =
    reason === 'manual'
      ? passphrase
        ? ({ passphrase, key: 'passphrase' } as const)
        : undefined
      : await appLock(db);
  const { header, bytes } = await createBackup(db, reason, at, lock, progress);
  const name = backupFileName(at, reason);
  await sink.write(name, bytes);
  // Any full backup made today counts as today's backup (bookkeeping, written after it).
  if (reason !== 'safety') await setSetting(db, LAST_AUTO_BACKUP_KEY, localDay(at));
  return { name, header };
}

function localDay(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

/** True when today's automatic backup has not been made yet. */
export async function isAutoBackupDue(db: UnionDeskDb, at: Date = new Date()): Promise<boolean> {
  const last = await getSetting<string>(db, LAST_AUTO_BACKUP_KEY);
  return last !== localDay(at);
}

/** Makes today's automatic backup if it is due. Returns its name, or null when not due. */
export async function autoBackupIfDue(
  db: UnionDeskDb,
  sink: BackupSink,
  at: Date = new Date(),
): Promise<string | null> {
  if (!(await isAutoBackupDue(db, at))) return null;
  const { name } = await backupNow(db, sink, 'auto', at);
  return name;
}

/**
 * Restores from a file's bytes: verify first (a wrong, damaged, truncated or newer file
 * changes nothing), then a safety backup of the current data, then replace everything in
 * one transaction. Returns what was restored and the safety backup's name.
 */
export async function restoreFromFile(
  db: UnionDeskDb,
  sink: BackupSink,
  bytes: Uint8Array,
  fileName: string,
  at: Date = new Date(),
  passphrase?: string,
  progress: BackupProgress = () => {},
): Promise<{ restored: VerifiedBackup; safetyBackup: string }> {
  const codes = (await getSetting<string[]>(db, RECOVERY_CODES_KEY)) ?? [];
  progress(0, '正在校验备份文件');
  const restored = await verifyBackup(bytes, fileName, { recoveryCodes: codes, passphrase });
  // The safety backup is the first half of the work, the restore the second.
  const { name: safetyBackup } = await backupNow(db, sink, 'safety', at, undefined, (d) =>
    progress(0.1 + 0.4 * d, '正在做恢复前的安全备份'),
  );
  await restoreBackup(db, restored, (d, step) => progress(0.5 + 0.5 * d, step));
  progress(1, '恢复完成');
  const theirs = (await getSetting<string[]>(db, RECOVERY_CODES_KEY)) ?? [];
  const merged = [...new Set([...codes, ...theirs])];
  if (merged.length > 0) await setSetting(db, RECOVERY_CODES_KEY, merged);
  const note: LastRestore = { at: at.toISOString(), from: fileName, safetyBackup };
  await setSetting(db, LAST_RESTORE_KEY, note);
  // Keep the day's auto-backup marker from the restored data from re-triggering at once.
  await setSetting(db, LAST_AUTO_BACKUP_KEY, localDay(at));
  return { restored, safetyBackup };
}

/** A kept backup as the list shows it. */
export interface BackupListItem {
  name: string;
  size: number;
  header: BackupHeader | null;
}

export function describeBackups(
  entries: { name: string; size: number; headerLine: string | null }[],
): BackupListItem[] {
  return entries.map((e) => ({
    name: e.name,
    size: e.size,
    header: e.headerLine ? parseBackupHeader(e.headerLine) : null,
  }));
}

/** 「会员 80 · 活动 4」: the record counts a chair cares about, from a header. */
export function describeCounts(counts: Record<string, number>): string {
  const labels: [string, string][] = [
    ['members', '会员'],
    ['activities', '活动'],
    ['participants', '参加记录'],
    ['documents', '发文'],
  ];
  const parts = labels
    .filter(([t]) => counts[t] !== undefined)
    .map(([t, l]) => `${l} ${counts[t]}`);
  return parts.length ? parts.join(' · ') : '无业务记录';
}

/** Reads and checks a backup file as a restore would (the 恢复码s of this PC are tried). */
export async function checkBackupFile(
  db: UnionDeskDb,
  bytes: Uint8Array,
  fileName: string,
  passphrase?: string,
): Promise<VerifiedBackup> {
  const codes = (await getSetting<string[]>(db, RECOVERY_CODES_KEY)) ?? [];
  return verifyBackup(bytes, fileName, { recoveryCodes: codes, passphrase });
}
