// `npm run --silent roster:inspect -- <文件> [--sheet 工作表名]`
// Reads a roster (花名册) the way the import wizard does and prints what it found as JSON on
// stdout: mapping, normalized members, issues. Exit 0 on success; 2 with a Chinese message on
// stderr when the file cannot be read. Use `npm run --silent` so npm's banner stays off stdout.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isRosterReadError, readRoster } from '../shared/ledgers/roster/import';
import type { ImportedRow, RosterReadResult } from '../shared/ledgers/roster/import';

const USAGE = '用法：npm run --silent roster:inspect -- <花名册文件> [--sheet 工作表名]';

function parseArgs(argv: string[]): { file: string; sheet?: string } | null {
  let file: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sheet') sheet = argv[++i];
    else if (arg.startsWith('--sheet=')) sheet = arg.slice('--sheet='.length);
    else if (!file) file = arg;
    else return null;
  }
  return file ? { file, ...(sheet ? { sheet } : {}) } : null;
}

function member(r: ImportedRow) {
  return {
    row: r.row,
    name: r.name,
    gender: r.gender,
    idNumber: r.idNumber,
    birthDate: r.birthDate,
    department: r.department,
    unionGroup: r.unionGroup,
    phone: r.phone,
    joinDate: r.joinDate,
    hireDate: r.hireDate,
    status: r.status,
    ethnicity: r.ethnicity,
    politicalStatus: r.politicalStatus,
    education: r.education,
  };
}

function report(result: RosterReadResult) {
  return {
    file: result.file,
    sheet: result.sheet,
    headerRow: result.headerRow,
    mapping: result.mapping,
    members: result.rows.map(member),
    issues: result.issues.map((i) => ({
      row: i.row,
      column: i.column,
      code: i.code,
      message: i.message,
    })),
  };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args.file));
  } catch {
    process.stderr.write(`无法打开文件“${args.file}”：文件不存在或没有读取权限。\n`);
    return 2;
  }
  try {
    const result = readRoster(
      bytes,
      basename(args.file),
      args.sheet ? { sheets: [args.sheet] } : {},
    );
    process.stdout.write(`${JSON.stringify(report(result), null, 2)}\n`);
    return 0;
  } catch (e) {
    if (isRosterReadError(e)) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(
      `读取“${basename(args.file)}”时发生内部错误，请把该文件提供给开发人员排查。\n`,
    );
    return 1;
  }
}

process.exitCode = main();
