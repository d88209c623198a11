// `npm run --silent ledger:rollup -- <文件或文件夹>... [--year 2026]`
// Rolls up the 年度台账 packages (.xlsx) and backups (.uniondesk) of a township's unions, as the
// 台账汇总 page does and with the same code (readPackage → planPackageImport → rollUp): prints
// `{ "figures": { key: value }, "unions": [ { name, figures } ], "sharedPeople": [...] }` on
// stdout. A folder stands for every .xlsx/.uniondesk in it. Without --year: the statistics year
// written in the first workbook. Exit 0 on success; 2 with a Chinese message on stderr naming
// the file and the reason when an input cannot be used.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { openRosterWorkbook } from '../shared/core/excel/openWorkbook';
import { todayIso } from '../shared/core/text/dates';
import { readIdentity } from '../shared/ledgers/workbook/identity';
import {
  readPackage,
  type PackageReadResult,
} from '../shared/ledgers/township/exchange/readPackage';
import { planPackageImport } from '../shared/ledgers/township/exchange/planImport';
import { figureCatalog } from '../shared/ledgers/township/exchange/store';
import { rollUp } from '../shared/ledgers/township/rollup/rollup';
import { peopleInSeveralUnions } from '../shared/ledgers/township/rollup/duplicates';
import { statisticsYearOf } from '../shared/ledgers/yearEnd';

const USAGE =
  '用法：npm run --silent ledger:rollup -- <年度台账.xlsx 或 备份.uniondesk 或 文件夹>... [--year 2026]';
const EXTENSIONS = new Set(['.xlsx', '.uniondesk']);

class UsageError extends Error {}

function parseArgs(argv: string[]): { paths: string[]; year?: number } {
  const paths: string[] = [];
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--year') {
      const v = inline ?? argv[++i];
      if (v === undefined || !/^\d{4}$/.test(v))
        throw new UsageError(`--year 应为四位年份，例如 --year 2026（收到“${v ?? ''}”）。`);
      year = Number(v);
    } else if (arg.startsWith('--')) throw new UsageError(`不认识的参数“${arg}”。\n${USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError(USAGE);
  return { paths, year };
}

/** The files named, a folder standing for its .xlsx/.uniondesk files (sorted by name). */
function filesOf(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new UsageError(`无法打开“${p}”：文件或文件夹不存在，或没有读取权限。`);
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const inDir = readdirSync(p)
      .filter((n) => EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('~$'))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .map((n) => join(p, n));
    if (inDir.length === 0)
      throw new UsageError(`文件夹“${p}”中没有年度台账（.xlsx）或备份文件（.uniondesk）。`);
    out.push(...inDir);
  }
  return out;
}

function readBytes(path: string): Uint8Array {
  if (!EXTENSIONS.has(extname(path).toLowerCase()))
    throw new UsageError(
      `无法读取“${basename(path)}”：请给出年度台账（.xlsx）或工会台账的备份文件（.uniondesk）。`,
    );
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`无法打开文件“${path}”：文件不存在或没有读取权限。`);
  }
}

/** The year written in the first workbook's 说明 sheet, else today's statistics year. */
function defaultYear(files: { name: string; bytes: Uint8Array }[]): number {
  for (const f of files) {
    if (extname(f.name).toLowerCase() !== '.xlsx') continue;
    try {
      const year = readIdentity(openRosterWorkbook(f.bytes, f.name))?.year;
      if (year) return year;
    } catch {
      // unreadable: readPackage says why below
    }
  }
  return statisticsYearOf(todayIso(), 1);
}

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2));
    const files = filesOf(args.paths).map((p) => ({
      path: p,
      name: basename(p),
      bytes: readBytes(p),
    }));
    const year = args.year ?? defaultYear(files);
    const salt = crypto.randomUUID();
    const reads: { fileName: string; result: PackageReadResult }[] = [];
    for (const f of files)
      reads.push({ fileName: f.name, result: await readPackage(f.bytes, f.name, { year, salt }) });
    const unreadable = reads.flatMap((r) =>
      !r.result.ok
        ? [`“${r.fileName}”：${r.result.reason}`]
        : !r.result.pkg.checksumOk
          ? [`“${r.fileName}”：文件在导出后被修改过（数据校验码不符），请对方重新导出年度台账`]
          : [],
    );
    if (unreadable.length > 0) throw new UsageError(`无法汇总：\n${unreadable.join('\n')}`);
    let n = 0;
    const plan = planPackageImport(reads, year, [], [], {
      now: new Date().toISOString(),
      newId: () => `pkg-${++n}`,
    });
    for (const r of plan.refused)
      process.stderr.write(`注意：“${r.fileName}”未计入：${r.reason}\n`);
    const rollup = rollUp(year, plan.add, [], figureCatalog(year));
    const out = {
      year,
      figures: rollup.values,
      unions: rollup.unions.map((u) => ({ name: u.name, file: u.fileName, figures: u.figures })),
      sharedPeople: peopleInSeveralUnions(plan.add).map((g) => ({
        unions: g.unions,
        count: g.count,
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write('汇总台账时发生内部错误，请把这些文件提供给开发人员排查。\n');
    return 1;
  }
}

process.exitCode = await main();
