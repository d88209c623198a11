import type { UnionDeskDb } from '../db/db';
import { getSetting, setSetting } from '../db/settings';
import { createBackup, restoreBackup, verifyBackup, type VerifiedBackup } from './backupFile';
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

/** Writes a backup of everything; returns its file name and header. */
export async function backupNow(
  db: UnionDeskDb,
  sink: BackupSink,
  reason: BackupReason,
  at: Date = new Date(),
): Promise<{ name: string; header: BackupHeader }> {
  const { header, bytes } = await createBackup(db, reason, at);
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
): Promise<{ restored: VerifiedBackup; safetyBackup: string }> {
  const restored = await verifyBackup(bytes, fileName);
  const { name: safetyBackup } = await backupNow(db, sink, 'safety', at);
  await restoreBackup(db, restored);
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
