// `npm run --silent ledger:summary -- <文件> --year 2026 [--out 总结.docx]`
// Writes the 工作总结 draft (issue 14) of a .uniondesk backup or a 年度台账 .xlsx: every number
// from the year's figures (computeReport, as on the 年度统计 page), laid out as a GB/T 9704
// Word document by the notice engine. Without --out the draft's text goes to stdout. Period
// and file reading as `ledger:report`. Exit 0 on success; 2 with a Chinese message on stderr
// when the input or the arguments cannot be used.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
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
import {
  buildSummaryDraft,
  computeReport,
  paragraphsOf,
  periodError,
  statisticsYear,
  statisticsYearOf,
  summaryToDocx,
} from '../shared/ledgers/yearEnd';

const USAGE =
  '用法：npm run --silent ledger:summary -- <备份文件.uniondesk 或 年度台账.xlsx> [--year 2026 | --from 2026-01-01 --to 2026-12-31] [--out 工作总结.docx]';

/** Input or arguments the report cannot use; the message is for the chair. */
class UsageError extends Error {}

interface Args {
  file: string;
  year?: number;
  from?: string;
  to?: string;
  out?: string;
}

function parseArgs(argv: string[]): Args {
  const out: Partial<Args> = {};
  const value = (i: number, flag: string): string => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--'))
      throw new UsageError(`${flag} 后面缺少取值。\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--out') {
      const v = inline ?? value(++i, flag);
      if (!v.toLowerCase().endsWith('.docx'))
        throw new UsageError(
          `--out 应为 Word 文件（.docx），例如 --out 工作总结.docx（收到“${v}”）。`,
        );
      out.out = v;
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
  return out as Args;
}

/** Restores a verified backup into a fresh in-memory database, so older backups get their upgrades. */
async function readBackup(bytes: Uint8Array, name: string): Promise<LedgerData> {
  // An encrypted backup's passphrase comes from the environment, never the command line
  // (which shell history and the process list keep).
  const backup = await verifyBackup(bytes, name, {
    passphrase: process.env.UNIONDESK_BACKUP_PASSWORD || undefined,
  });
  const db = openDb(`ledger-summary-${crypto.randomUUID()}`);
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

function periodOf(args: Args, data: LedgerData): Period {
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

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2));
    const data = await readLedgerFile(args.file);
    const period = periodOf(args, data);
    const report = computeReport(period, data);
    const draft = buildSummaryDraft({
      unionName: data.profile?.unionName || '本会',
      year: args.from === undefined ? Number(period.to.slice(0, 4)) : null,
      report,
      madeOn: todayIso(),
    });
    if (args.out === undefined) {
      const lines = [draft.title, ''];
      for (const s of draft.sections) lines.push(s.heading, ...paragraphsOf(s.text), '');
      lines.push(draft.signature, draft.date);
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }
    const bytes = await summaryToDocx(draft);
    try {
      writeFileSync(args.out, bytes);
    } catch {
      throw new UsageError(`无法写入“${args.out}”：请检查文件夹是否存在、文件是否正被 Word 打开。`);
    }
    process.stderr.write(`已写出“${args.out}”：${draft.title}。\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write('生成工作总结时发生内部错误，请把该文件提供给开发人员排查。\n');
    return 1;
  }
}

process.exitCode = await main();
