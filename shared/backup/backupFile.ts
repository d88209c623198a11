import { ALL_TABLES, type UnionDeskDb } from '../db/db';
import Dexie from 'dexie';
import { LATEST_VERSION, SCHEMA } from '../db/schema';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  parseBackupHeader,
  type BackupHeader,
  type BackupReason,
} from './header';
import { getProfile, unionIdOf } from '../db/settings';
import {
  decryptBody,
  encryptBody,
  normalizeRecoveryCode,
  type BackupEncryption,
} from './encryption';

/** A backup read and verified: safe to restore. */
export interface VerifiedBackup {
  header: BackupHeader;
  tables: Record<string, unknown[]>;
}

/** Why a file cannot be restored; `message` is for the chair. */
export class BackupError extends Error {}

/** An encrypted backup and no passphrase that opens it: ask the chair for it. */
export class BackupLockedError extends BackupError {
  constructor(
    fileName: string,
    /** True when a typed passphrase was tried and is wrong. */
    readonly wrongPassphrase: boolean,
    /** Locked with the app's 恢复码 rather than a passphrase the chair chose. */
    readonly byRecoveryCode: boolean,
  ) {
    super(
      wrongPassphrase
        ? `密码不正确，无法打开“${fileName}”。当前数据没有任何改动。`
        : byRecoveryCode
          ? `“${fileName}”是另一台电脑的加密自动备份，请输入那台电脑“备份与恢复”页上的备份恢复码。`
          : `“${fileName}”已加密，请输入备份时设置的密码。`,
    );
  }
}

/**
 * How far a backup or a restore is, for the screen: a fraction 0–1 and what it is doing.
 * Called between steps (each table, encrypting, writing), never inside a tight loop.
 */
export type BackupProgress = (done: number, step: string) => void;

/** What locks a new backup: a passphrase the chair typed, or the app's 恢复码. */
export interface BackupLock {
  passphrase: string;
  key: BackupEncryption['key'];
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every table of the database as one file's bytes, with its header. */
export async function createBackup(
  db: UnionDeskDb,
  reason: BackupReason,
  at: Date = new Date(),
  lock?: BackupLock,
  progress: BackupProgress = () => {},
): Promise<{ header: BackupHeader; bytes: Uint8Array }> {
  // The union's 工会标识 travels in the backup's settings, so a federation that receives the
  // backup knows the union as it knows its 年度台账 (issue 15).
  await unionIdOf(db);
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', [...ALL_TABLES], async () => {
    for (const [i, t] of ALL_TABLES.entries()) {
      progress((0.7 * i) / ALL_TABLES.length, '正在读取数据');
      tables[t] = await db.table(t).toArray();
    }
  });
  progress(0.7, '正在整理数据');
  const plain = new TextEncoder().encode(JSON.stringify({ tables }));
  if (lock) progress(0.8, '正在加密');
  const locked = lock ? await encryptBody(plain, lock.passphrase, lock.key) : null;
  const body = locked ? locked.cipher : plain;
  const profile = await getProfile(db);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: LATEST_VERSION,
    createdAt: at.toISOString(),
    reason,
    unionName: profile?.unionName ?? '',
    counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])),
    bodyBytes: body.byteLength,
    sha256: await sha256Hex(body),
    ...(locked && { encryption: locked.encryption }),
  };
  const head = new TextEncoder().encode(JSON.stringify(header) + '\n');
  const bytes = new Uint8Array(head.byteLength + body.byteLength);
  bytes.set(head, 0);
  bytes.set(body, head.byteLength);
  progress(1, '备份完成');
  return { header, bytes };
}

/** Checks a file is a whole, unchanged UnionDesk backup this version can restore. */
export async function verifyBackup(
  bytes: Uint8Array,
  fileName = '该文件',
  /** Passphrases to try on an encrypted backup: the app's 恢复码s, then what the chair typed. */
  unlock: { recoveryCodes?: readonly string[]; passphrase?: string } = {},
): Promise<VerifiedBackup> {
  const newline = bytes.indexOf(0x0a);
  const firstLine = new TextDecoder('utf-8', { fatal: false }).decode(
    newline < 0 ? bytes.subarray(0, 4096) : bytes.subarray(0, newline),
  );
  const header = parseBackupHeader(firstLine);
  if (!header)
    throw new BackupError(`“${fileName}”不是工会台账的备份文件（应为 .uniondesk 文件）。`);
  if (header.formatVersion > BACKUP_FORMAT_VERSION || header.schemaVersion > LATEST_VERSION) {
    throw new BackupError(`“${fileName}”由更新版本的工会台账创建，请先升级本软件再恢复。`);
  }
  const stored = bytes.subarray(newline + 1);
  if (stored.byteLength !== header.bodyBytes) {
    throw new BackupError(
      `“${fileName}”不完整（文件被截断或复制未完成），无法恢复。当前数据没有任何改动。`,
    );
  }
  if ((await sha256Hex(stored)) !== header.sha256) {
    throw new BackupError(`“${fileName}”已损坏（校验失败），无法恢复。当前数据没有任何改动。`);
  }
  const body = header.encryption
    ? await unlockBody(stored, header.encryption, fileName, unlock)
    : stored;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new BackupError(`“${fileName}”内容无法读取，无法恢复。当前数据没有任何改动。`);
  }
  const tables = (parsed as { tables?: unknown }).tables;
  if (typeof tables !== 'object' || tables === null)
    throw new BackupError(`“${fileName}”内容不完整，无法恢复。`);
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows))
      throw new BackupError(`“${fileName}”中的数据表“${name}”格式不正确，无法恢复。`);
  }
  return { header, tables: tables as Record<string, unknown[]> };
}

async function unlockBody(
  stored: Uint8Array,
  encryption: BackupEncryption,
  fileName: string,
  unlock: { recoveryCodes?: readonly string[]; passphrase?: string },
): Promise<Uint8Array> {
  const tries = [
    ...(encryption.key === 'app' ? (unlock.recoveryCodes ?? []) : []),
    ...(unlock.passphrase !== undefined
      ? [unlock.passphrase, normalizeRecoveryCode(unlock.passphrase)]
      : []),
  ];
  for (const p of new Set(tries)) {
    const plain = await decryptBody(stored, encryption, p);
    if (plain) return plain;
  }
  throw new BackupLockedError(fileName, unlock.passphrase !== undefined, encryption.key === 'app');
}

/**
 * Replaces every table with the backup's rows in one transaction: all or nothing.
 * Tables the backup predates are emptied. The caller makes a safety backup first.
 */
export async function restoreBackup(
  db: UnionDeskDb,
  backup: VerifiedBackup,
  progress: BackupProgress = () => {},
): Promise<void> {
  await db.transaction('rw', [...ALL_TABLES], async () => {
    for (const [i, t] of ALL_TABLES.entries()) {
      progress(i / ALL_TABLES.length, '正在写入数据');
      await db.table(t).clear();
      const rows = backup.tables[t];
      if (rows && rows.length > 0) await db.table(t).bulkAdd(rows);
    }
    // A backup from an older version gets what the upgrades since then would have done.
    for (const v of SCHEMA) {
      if (v.version > backup.header.schemaVersion && v.upgrade)
        await v.upgrade(Dexie.currentTransaction);
    }
  });
}
