// What `ledger:report` and `ledger:summary` share: their arguments (a file and a period) and
// reading a .uniondesk backup or a 年度台账 .xlsx into every ledger's rows. Errors the chair
// can act on are UsageError (a Chinese message; the commands exit 2).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  BackupError,
  BackupLockedError,
  restoreBackup,
  verifyBackup,
} from '../shared/backup/backupFile';
import { openDb } from '../shared/db/db';
import { todayIso } from '../shared/core/text/dates';
import { loadLedgerData } from '../shared/ledgers/store/ledgerData';
import type { LedgerData, Period } from '../shared/ledgers/types';
import { workbookLedgerData } from '../shared/ledgers/workbook/workbookLedgerData';
import { isRosterReadError } from '../shared/core/excel/rosterReadError';
import { periodError, statisticsYear, statisticsYearOf } from '../shared/ledgers/yearEnd';

/** Input or arguments the report cannot use; the message is for the chair. */
export class UsageError extends Error {}

export interface LedgerFileArgs {
  file: string;
  year?: number;
  from?: string;
  to?: string;
  /** The value of each extra flag the command takes (`--out`), as given. */
  extra: Record<string, string>;
}

/**
 * The arguments both commands take: one file and a period (--year, or --from with --to),
 * plus the command's own `extraFlags`, each checked by its function (which throws
 * UsageError). `usage` is the command's 用法 line.
 */
export function parseLedgerFileArgs(
  argv: string[],
  usage: string,
  extraFlags: Record<string, (v: string) => void> = {},
): LedgerFileArgs {
  const USAGE = usage;
  const out: Partial<LedgerFileArgs> & { extra: Record<string, string> } = { extra: {} };
  const value = (i: number, flag: string): string => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--'))
      throw new UsageError(`${flag} 后面缺少取值。\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const check = extraFlags[flag!];
    if (check) {
      const v = inline ?? value(++i, flag!);
      check(v);
      out.extra[flag!] = v;
    } else if (flag === '--year' || flag === '--from' || flag === '--to') {
      const v = inline ?? value(++i, flag);
      if (flag === '--year') {
        if (!/^\d{4}$/.test(v))
          throw new UsageError(`--year 应为四位年份，例如 --year 2026（收到“${v}”）。`);
        out.year = Number(v);
      } else out[flag === '--from' ? 'from' : 'to'] = v;
    } else if (arg.startsWith('--')) throw new UsageError(`不认识的参数“${arg}”。\n${USAGE}`);
    else if (out.file === undefined) out.file = arg;
    else throw new UsageError(`只能指定一个文件（多了“${arg}”）。\n${USAGE}`);
  }
  if (out.file === undefined) throw new UsageError(USAGE);
  if (out.year !== undefined && (out.from !== undefined || out.to !== undefined))
    throw new UsageError('--year 与 --from/--to 只能选一种。');
  if ((out.from === undefined) !== (out.to === undefined))
    throw new UsageError('--from 与 --to 需要同时给出，例如 --from 2026-01-01 --to 2026-12-31。');
  return out as LedgerFileArgs;
}

/** Restores a verified backup into a fresh in-memory database, so older backups get their upgrades. */
async function readBackup(bytes: Uint8Array, name: string): Promise<LedgerData> {
  // An encrypted backup's passphrase comes from the environment, never the command line
  // (which shell history and the process list keep).
  const backup = await verifyBackup(bytes, name, {
    passphrase: process.env.UNIONDESK_BACKUP_PASSWORD || undefined,
  });
  const db = openDb(`ledger-report-${crypto.randomUUID()}`);
  try {
    await restoreBackup(db, backup);
    return await loadLedgerData(db);
  } finally {
    db.close();
  }
}

/** Every ledger's rows from a .uniondesk backup or a 年度台账 .xlsx. Throws UsageError. */
export async function readLedgerFile(path: string): Promise<LedgerData> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== '.uniondesk' && ext !== '.xlsx') {
    throw new UsageError(
      `无法识别“${name}”：请给出工会台账的备份文件（.uniondesk）或年度台账（.xlsx）。`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`无法打开文件“${path}”：文件不存在或没有读取权限。`);
  }
  if (ext === '.uniondesk') {
    try {
      return await readBackup(bytes, name);
    } catch (e) {
      if (e instanceof BackupLockedError)
        throw new UsageError(
          `${e.message}\n（命令行：把密码或备份恢复码放在环境变量 UNIONDESK_BACKUP_PASSWORD 中）`,
        );
      if (e instanceof BackupError) throw new UsageError(e.message);
      throw e;
    }
  }
  return readWorkbookFile(bytes, name);
}

/**
 * A 年度台账 read as 导入年度台账 would read it into an empty union. Rows with errors are left
 * out of the figures; stderr says how many and where (stdout stays the JSON alone).
 */
function readWorkbookFile(bytes: Uint8Array, name: string): LedgerData {
  let read: ReturnType<typeof workbookLedgerData>;
  try {
    read = workbookLedgerData(bytes, name, { today: todayIso() });
  } catch (e) {
    if (isRosterReadError(e)) throw new UsageError(e.message);
    throw e;
  }
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const first = errors
      .slice(0, 5)
      .map(
        (i) =>
          `“${i.sheet}”表${i.row !== null ? `第${i.row}行` : ''}${i.header ? `“${i.header}”列` : ''}：${i.message}`,
      );
    process.stderr.write(
      `注意：“${name}”中有 ${errors.length} 行有错误，未计入统计：\n${first.join('\n')}${errors.length > 5 ? '\n……' : ''}\n`,
    );
  }
  return read.data;
}

/** The period asked for, else the statistics year (工会信息 → 统计起始月) today falls in. */
export function periodOf(args: LedgerFileArgs, data: LedgerData): Period {
  const startMonth = data.profile?.statsYearStartMonth ?? 1;
  if (args.from !== undefined && args.to !== undefined) {
    const p = { from: args.from, to: args.to };
    const error = periodError(p);
    if (error) throw new UsageError(`${error}。`);
    return p;
  }
  const year = args.year ?? statisticsYearOf(todayIso(), startMonth);
  return statisticsYear(year, startMonth);
}
