import { MAX_INFLATED_BYTES, MAX_ROWS } from './fileLimits';

/*
 * The one error the roster reader throws. The message is ready to show the user (Chinese,
 * names the file, says what to do); `reason` lets code react. Across postMessage the class
 * is lost, so callers in a Worker should send `{ reason, message }` (see toRosterReadFailure).
 */

export type RosterReadFailureReason =
  'empty' | 'unsupported' | 'damaged' | 'password' | 'no-header' | 'no-sheet' | 'too-large';

export interface RosterReadFailure {
  reason: RosterReadFailureReason;
  message: string;
}

export class RosterReadError extends Error {
  override readonly name = 'RosterReadError';

  constructor(
    readonly reason: RosterReadFailureReason,
    message: string,
  ) {
    super(message);
  }
}

export function isRosterReadError(e: unknown): e is RosterReadError {
  return e instanceof RosterReadError;
}

/** Plain-data form of a failure, for postMessage. Unknown errors become a generic message. */
export function toRosterReadFailure(e: unknown, fileName: string): RosterReadFailure {
  if (isRosterReadError(e)) return { reason: e.reason, message: e.message };
  return damagedFile(fileName);
}

export function damagedFile(fileName: string): RosterReadError {
  return new RosterReadError(
    'damaged',
    `“${fileName}”无法读取：文件可能已损坏，或不是Excel/CSV表格。请在Excel或WPS中打开它，另存为.xlsx后再导入。`,
  );
}

export function passwordProtected(fileName: string): RosterReadError {
  return new RosterReadError(
    'password',
    `“${fileName}”受密码保护，请在Excel中取消密码后另存再导入。`,
  );
}

export function emptyFile(fileName: string): RosterReadError {
  return new RosterReadError('empty', `“${fileName}”是空文件（0字节），请确认选对了文件。`);
}

export function unsupportedFile(fileName: string): RosterReadError {
  return new RosterReadError(
    'unsupported',
    `“${fileName}”不是可导入的表格格式。请选择Excel文件（.xlsx、.xls）或CSV文件（.csv）。`,
  );
}

export function noHeader(fileName: string, sheet?: string): RosterReadError {
  const where = sheet ? `“${fileName}”的工作表“${sheet}”` : `“${fileName}”`;
  return new RosterReadError(
    'no-header',
    `在${where}中没有找到花名册表头：需要有一行包含“姓名”列和至少两个其他列名（如性别、身份证号、部门）。`,
  );
}

export function noSuchSheet(fileName: string, sheet: string, available: string[]): RosterReadError {
  return new RosterReadError(
    'no-sheet',
    `“${fileName}”中没有名为“${sheet}”的工作表。现有工作表：${available.map((s) => `“${s}”`).join('、')}。`,
  );
}

const wan = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000) / 10} 万` : String(n));

export function tooManyRows(fileName: string, rows: number, sheet?: string): RosterReadError {
  const where = sheet ? `“${fileName}”的工作表“${sheet}”` : `“${fileName}”`;
  return new RosterReadError(
    'too-large',
    `${where}有约 ${wan(rows)} 行，超过一次导入的上限 ${wan(MAX_ROWS)} 行（一个乡镇总工会约 5 万名会员）。请按单位或部门拆成几个文件分别导入。`,
  );
}

export function tooLargeInflated(
  fileName: string,
  bytes: number,
  inflated: number,
): RosterReadError {
  const size = (n: number) =>
    n >= 1024 ** 3
      ? `${(n / 1024 ** 3).toFixed(1)} GB`
      : n >= 1024 ** 2
        ? `${Math.round(n / 1024 ** 2)} MB`
        : `${Math.max(1, Math.round(n / 1024))} KB`;
  return new RosterReadError(
    'too-large',
    `“${fileName}”只有 ${size(bytes)}，解压后却有 ${inflated >= Number.MAX_SAFE_INTEGER ? '4 GB 以上' : size(inflated)}（上限 ${size(MAX_INFLATED_BYTES)}）：这不像一份花名册，文件可能已损坏或被动过手脚，没有读取。请在Excel或WPS中打开，另存为.xlsx后再导入。`,
  );
}
