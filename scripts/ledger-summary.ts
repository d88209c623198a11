// `npm run --silent ledger:summary -- <文件> --year 2026 [--out 总结.docx]`
// Writes the 工作总结 draft (issue 14) of a .uniondesk backup or a 年度台账 .xlsx: every number
// from the year's figures (computeReport, as on the 年度统计 page), laid out as a GB/T 9704
// Word document by the notice engine. Without --out the draft's text goes to stdout. Period
// and file reading as `ledger:report`. Exit 0 on success; 2 with a Chinese message on stderr
// when the input or the arguments cannot be used.
// First of all: Dexie looks for indexedDB when it is first imported, and the ledgers'
// entries reach Dexie (the backup is read into a scratch database).
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { todayIso } from '../shared/core/text/dates';
import {
  buildSummaryDraft,
  computeReport,
  paragraphsOf,
  summaryToDocx,
} from '../shared/ledgers/yearEnd';
import { parseLedgerFileArgs, periodOf, readLedgerFile, UsageError } from './ledgerFile';

const USAGE =
  '用法：npm run --silent ledger:summary -- <备份文件.uniondesk 或 年度台账.xlsx> [--year 2026 | --from 2026-01-01 --to 2026-12-31] [--out 工作总结.docx]';

function checkOut(v: string): void {
  if (!v.toLowerCase().endsWith('.docx'))
    throw new UsageError(`--out 应为 Word 文件（.docx），例如 --out 工作总结.docx（收到“${v}”）。`);
}

async function main(): Promise<number> {
  try {
    const args = parseLedgerFileArgs(process.argv.slice(2), USAGE, { '--out': checkOut });
    const out = args.extra['--out'];
    const data = await readLedgerFile(args.file);
    const period = periodOf(args, data);
    const report = computeReport(period, data);
    const draft = buildSummaryDraft({
      unionName: data.profile?.unionName || '本会',
      year: args.from === undefined ? Number(period.to.slice(0, 4)) : null,
      report,
      madeOn: todayIso(),
    });
    if (out === undefined) {
      const lines = [draft.title, ''];
      for (const s of draft.sections) lines.push(s.heading, ...paragraphsOf(s.text), '');
      lines.push(draft.signature, draft.date);
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }
    const bytes = await summaryToDocx(draft);
    try {
      writeFileSync(out, bytes);
    } catch {
      throw new UsageError(`无法写入“${out}”：请检查文件夹是否存在、文件是否正被 Word 打开。`);
    }
    process.stderr.write(`已写出“${out}”：${draft.title}。\n`);
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
