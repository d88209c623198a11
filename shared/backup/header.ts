/**
 * The backup file (.uniondesk): line 1 is this header as JSON, line 2 the body — every
 * table's rows as JSON. The header alone is enough to list a backup (date, counts) without
 * reading the body; `sha256` and `bodyBytes` prove the body is whole and unchanged.
 */
import { parseEncryption, type BackupEncryption } from './encryption';

export const BACKUP_FORMAT = 'uniondesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'uniondesk';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** Database schema version the data was written at. */
  schemaVersion: number;
  /** ISO timestamp */
  createdAt: string;
  /** 'manual' | 'auto' | 'safety' (before a restore or another risky step) */
  reason: BackupReason;
  unionName: string;
  /** Rows per table. */
  counts: Record<string, number>;
  /** Byte length of the UTF-8 body. */
  bodyBytes: number;
  /** Hex SHA-256 of the body as stored (the ciphertext when encrypted). */
  sha256: string;
  /** Present when the body is encrypted (encryption.ts). */
  encryption?: BackupEncryption;
}

export type BackupReason = 'manual' | 'auto' | 'safety';

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  manual: '手动备份',
  auto: '每日自动备份',
  safety: '恢复前安全备份',
};

/** Reads the header line, or null when the text does not start with a UnionDesk header. */
export function parseBackupHeader(firstLine: string): BackupHeader | null {
  let h: unknown;
  try {
    h = JSON.parse(firstLine);
  } catch {
    return null;
  }
  if (typeof h !== 'object' || h === null) return null;
  const o = h as Record<string, unknown>;
  if (o.format !== BACKUP_FORMAT) return null;
  if (typeof o.formatVersion !== 'number' || typeof o.schemaVersion !== 'number') return null;
  if (
    typeof o.createdAt !== 'string' ||
    typeof o.sha256 !== 'string' ||
    typeof o.bodyBytes !== 'number'
  )
    return null;
  if (typeof o.counts !== 'object' || o.counts === null) return null;
  const encryption = o.encryption === undefined ? undefined : parseEncryption(o.encryption);
  return {
    format: BACKUP_FORMAT,
    // Locked in a way this version cannot open: a later version's scheme (「请先升级」).
    formatVersion: o.encryption !== undefined && !encryption ? Infinity : o.formatVersion,
    schemaVersion: o.schemaVersion,
    createdAt: o.createdAt,
    reason: o.reason === 'auto' || o.reason === 'safety' ? o.reason : 'manual',
    unionName: typeof o.unionName === 'string' ? o.unionName : '',
    counts: o.counts as Record<string, number>,
    bodyBytes: o.bodyBytes,
    sha256: o.sha256,
    ...(encryption && { encryption }),
  };
}

/** 工会台账备份_2026-11-21_1530.uniondesk (local time). */
export function backupFileName(at: Date, reason: BackupReason = 'manual'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}_${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  const prefix =
    reason === 'auto'
      ? '工会台账自动备份'
      : reason === 'safety'
        ? '工会台账恢复前备份'
        : '工会台账备份';
  return `${prefix}_${stamp}.${BACKUP_EXTENSION}`;
}
