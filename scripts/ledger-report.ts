// `npm run --silent ledger:report -- <文件> [--year 2026 | --from 2026-01-01 --to 2026-12-31]`
// Prints the year's figures (LEDGERS.md §11) of a .uniondesk backup or a 年度台账 .xlsx as JSON
// on stdout — computed by computeReport, the same code as the 年度统计 page — then `check`, the
// year check's items as { code, label, count } (台账检查, as of today). Without a period:
// the statistics year (工会信息 → 统计起始月) that today falls in. Exit 0 on success; 2 with a
// Chinese message on stderr when the input or the arguments cannot be used.
// First of all: Dexie looks for indexedDB when it is first imported, and the ledgers'
// entries reach Dexie (the backup is read into a scratch database).
import 'fake-indexeddb/auto';
import { todayIso } from '../shared/core/text';
import { computeReport, yearCheck } from '../shared/ledgers/yearEnd';
import { parseLedgerFileArgs, periodOf, readLedgerFile, UsageError } from './ledgerFile';

const USAGE =
  '用法：npm run --silent ledger:report -- <备份文件.uniondesk 或 年度台账.xlsx> [--year 2026 | --from 2026-01-01 --to 2026-12-31]';

async function main(): Promise<number> {
  try {
    const args = parseLedgerFileArgs(process.argv.slice(2), USAGE);
    const data = await readLedgerFile(args.file);
    const period = periodOf(args, data);
    // The year check (台账检查) after the §11 keys: what an inspection would find missing.
    const check = yearCheck(data, period, todayIso()).map((i) => ({
      code: i.key,
      label: i.title,
      count: i.count,
    }));
    const report = { ...computeReport(period, data), check };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write('计算年度统计时发生内部错误，请把该文件提供给开发人员排查。\n');
    return 1;
  }
}

process.exitCode = await main();
