import { openRosterWorkbook } from '../../../core/excel/openWorkbook';
import { isRosterReadError } from '../../../core/excel/rosterReadError';
import { todayIso } from '../../../core/text/dates';
import { BackupError, BackupLockedError, verifyBackup } from '../../../backup/backupFile';
import { SCHEMA } from '../../../db/schema';
import { PROFILE_KEY } from '../../../db/settings';
import { emptyLedgerData } from '../../store/ledgerData';
import { LEDGER_TABLES, type LedgerTable } from '../../tables';
import type { LedgerData } from '../../types';
import type { UnionProfile, UnitKind } from '../../union/rules/profile';
import { dataChecksum, readIdentity, UNION_ID_KEY } from '../../workbook/identity';
import { readWorkbookBook } from '../../workbook/readWorkbook';
import { ledgerDataOfRead } from '../../workbook/workbookLedgerData';
import { computeReport, statisticsYear } from '../../yearEnd';

/*
 * 读取台账包: one file an affiliated union sent (its 年度台账 .xlsx, or a .uniondesk backup) →
 * who sent it, for which year, the §11 figures (computed by the 年度统计 code, never here) and
 * salted hashes of its members' ID numbers — or a Chinese reason why it cannot be used. The
 * ID numbers themselves never leave this function.
 */

/** Who sent a package. */
export interface PackageIdentity {
  /** 统计编码 when the union has one (「code:…」), else its generated id (「id:…」). */
  unionKey: string;
  unionName: string;
  statsCode: string;
  /** The generated 工会标识, '' when the file has none (an old backup). */
  unionId: string;
  /** 所属类型 from the sender's 工会信息, when it has one. */
  unitKind?: UnitKind;
}

export interface ReadPackage {
  kind: 'workbook' | 'backup';
  identity: PackageIdentity;
  year: number;
  exportedAt: string;
  /** §11 figures, flat: a map figure as its 「funds.incomeByCategory.会费收入」 keys. */
  figures: Record<string, number | string>;
  personKeys: string[];
  /** False when the data no longer matches the 校验码 written at export. */
  checksumOk: boolean;
  /** SHA-256 of the file's bytes (the same file imported twice is recognised). */
  fileChecksum: string;
}

export type PackageReadResult = { ok: true; pkg: ReadPackage } | { ok: false; reason: string };

export interface ReadPackageOptions {
  /** The year being collected: a workbook for another year is refused; a backup is read for it. */
  year: number;
  /** The federation's salt for personKeys (kept in its settings, never sent). */
  salt: string;
  today?: string;
}

export const MODIFIED_REASON = '文件在导出后被修改过（数据校验码不符），请对方重新导出年度台账';
export const ENCRYPTED_REASON = '已加密，请对方导出年度台账';
export const OLD_BACKUP_REASON =
  '备份由较早版本的工会台账创建，其中的数据要经升级才能读取，请对方升级软件后导出年度台账';

/**
 * A backup of an older schema reads as it is when no version since then rewrote rows (those
 * only added tables and indexes): its missing tables are simply empty. Otherwise its rows
 * need the upgrades a restore runs, which a package read (no database) cannot.
 */
export function readableAsIs(schemaVersion: number): boolean {
  return SCHEMA.every((v) => v.version <= schemaVersion || !v.upgrade);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Salted SHA-256 of each distinct ID number (upper-cased, spaces dropped). */
export async function personKeysOf(data: LedgerData, salt: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of data.tables.members) {
    const id = (m.idNumber ?? '').replace(/\s+/g, '').toUpperCase();
    if (id) ids.add(id);
  }
  const enc = new TextEncoder();
  return Promise.all([...ids].map((id) => sha256Hex(enc.encode(`${salt}:${id}`))));
}

/** The §11 figures of the statistics year `year` (the sender's own 统计起始月), flat. */
export function packageFigures(data: LedgerData, year: number): Record<string, number | string> {
  const period = statisticsYear(year, data.profile?.statsYearStartMonth ?? 1);
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(computeReport(period, data).figures))
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
  return out;
}

export function unionKeyOf(statsCode: string, unionId: string, unionName: string): string {
  if (statsCode.trim()) return `code:${statsCode.trim()}`;
  if (unionId) return `id:${unionId}`;
  return `name:${unionName.trim()}`;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const isBackup = (b: Uint8Array) =>
  new TextDecoder().decode(b.subarray(0, 16)).startsWith('{"format"');

/** Reads one package; never throws for a bad file (the reason says what is wrong). */
export async function readPackage(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadPackageOptions,
): Promise<PackageReadResult> {
  if (bytes.byteLength === 0) return { ok: false, reason: '文件是空的' };
  if (isBackup(bytes)) return readBackupPackage(bytes, fileName, opts);
  if (!isZip(bytes))
    return {
      ok: false,
      reason: '文件已损坏或不是年度台账（应为导出的 .xlsx 年度台账或 .uniondesk 备份）',
    };
  return readWorkbookPackage(bytes, fileName, opts);
}

async function readWorkbookPackage(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadPackageOptions,
): Promise<PackageReadResult> {
  const today = opts.today ?? todayIso();
  let book: ReturnType<typeof openRosterWorkbook>;
  try {
    book = openRosterWorkbook(bytes, fileName);
  } catch (e) {
    if (isRosterReadError(e)) return { ok: false, reason: `文件已损坏，无法打开（${e.message}）` };
    return { ok: false, reason: '文件已损坏，无法打开' };
  }
  const read = readWorkbookBook(book, { today });
  const union = read.sheets.find((s) => s.name === '工会');
  const members = read.sheets.find((s) => s.name === '会员');
  if (!union?.found || !members?.found)
    return { ok: false, reason: '不是年度台账（没有“工会”“会员”工作表）' };
  const identity = readIdentity(book);
  if (!identity)
    return {
      ok: false,
      reason: '年度台账中没有“说明”工作表的工会标识，请对方用新版本重新导出年度台账',
    };
  if (identity.year !== opts.year)
    return {
      ok: false,
      reason: `这是${identity.year || '未注明'}年度的台账，现在收取的是${opts.year}年度`,
    };
  const checksumOk = (await dataChecksum(read)) === identity.checksum;
  const { data } = ledgerDataOfRead(read, { today });
  const unionName = identity.unionName || data.profile?.unionName || '';
  return {
    ok: true,
    pkg: {
      kind: 'workbook',
      identity: {
        unionKey: unionKeyOf(identity.statsCode, identity.unionId, unionName),
        unionName,
        statsCode: identity.statsCode,
        unionId: identity.unionId,
        ...(data.profile?.unitKind ? { unitKind: data.profile.unitKind } : {}),
      },
      year: identity.year,
      exportedAt: identity.exportedAt,
      figures: packageFigures(data, identity.year),
      personKeys: await personKeysOf(data, opts.salt),
      checksumOk,
      fileChecksum: await sha256Hex(bytes),
    },
  };
}

async function readBackupPackage(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadPackageOptions,
): Promise<PackageReadResult> {
  let backup: Awaited<ReturnType<typeof verifyBackup>>;
  try {
    backup = await verifyBackup(bytes, fileName);
  } catch (e) {
    if (e instanceof BackupLockedError) return { ok: false, reason: ENCRYPTED_REASON };
    if (e instanceof BackupError) return { ok: false, reason: e.message };
    return { ok: false, reason: '备份文件已损坏，无法读取' };
  }
  if (!readableAsIs(backup.header.schemaVersion)) return { ok: false, reason: OLD_BACKUP_REASON };
  const settings = (backup.tables.settings ?? []) as { key: string; value: unknown }[];
  const setting = <T>(key: string) => settings.find((s) => s.key === key)?.value as T | undefined;
  const profile = setting<UnionProfile>(PROFILE_KEY) ?? null;
  const data = emptyLedgerData();
  const tables = data.tables as Record<LedgerTable, readonly unknown[]>;
  for (const t of LEDGER_TABLES) tables[t] = backup.tables[t] ?? [];
  const ledger: LedgerData = { ...data, profile };
  const unionName = profile?.unionName || backup.header.unionName;
  const statsCode = profile?.statsCode ?? '';
  const unionId = setting<{ id: string }>(UNION_ID_KEY)?.id ?? '';
  return {
    ok: true,
    pkg: {
      kind: 'backup',
      identity: {
        unionKey: unionKeyOf(statsCode, unionId, unionName),
        unionName,
        statsCode,
        unionId,
        ...(profile?.unitKind ? { unitKind: profile.unitKind } : {}),
      },
      year: opts.year,
      exportedAt: backup.header.createdAt,
      figures: packageFigures(ledger, opts.year),
      personKeys: await personKeysOf(ledger, opts.salt),
      // verifyBackup has checked the body against the header's SHA-256.
      checksumOk: true,
      fileChecksum: await sha256Hex(bytes),
    },
  };
}
