import { describe, expect, it } from 'vitest';
import {
  readRoster,
  RosterReadError,
  type RosterReadResult,
} from '../../shared/ledgers/roster/import';
import {
  biffXls,
  damagedXlsx,
  date1904Xlsx,
  errorCellsXlsx,
  gbkCsv,
  htmlXls,
  idProblemsXlsx,
  messyXlsx,
  sectionRowsXlsx,
  orgPathXlsx,
  unicodeTextTxt,
  mixedEncodingCsv,
  strayMergeXlsx,
  scriptHtmlXls,
  invisibleCharsXlsx,
  date1904ZeroXlsx,
  longCellCsv,
  zipBombXlsx,
  millionRowCsv,
  passwordXlsx,
  statusSheetsXlsx,
  utf8BomCsv,
  type ExpectedRow,
  type RosterFixture,
} from '../fixtures/rosterFixtures';

const today = '2026-03-01';

function read(f: RosterFixture, options = {}): RosterReadResult {
  return readRoster(f.bytes, f.name, { today, ...options });
}

/** The reader's rows in the shape of the generator's expectations. */
function actualRows(result: RosterReadResult): ExpectedRow[] {
  return result.rows.map((r) => ({
    sheet: r.sheet,
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
    ethnicity: r.ethnicity,
    politicalStatus: r.politicalStatus,
    status: r.status,
    issues: result.issues.filter((i) => i.sheet === r.sheet && i.row === r.row).map((i) => i.code),
  }));
}

function sortIssues(rows: ExpectedRow[]): ExpectedRow[] {
  return rows.map((r) => ({ ...r, issues: [...r.issues].sort() }));
}

function expectFailure(f: RosterFixture, reason: RosterReadError['reason'], message: RegExp): void {
  let error: unknown;
  try {
    read(f);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RosterReadError);
  expect((error as RosterReadError).reason).toBe(reason);
  expect((error as RosterReadError).message).toContain(`“${f.name}”`);
  expect((error as RosterReadError).message).toMatch(message);
}

describe('reading the generated rosters', () => {
  it.each([
    [
      'an .xlsx with title rows, a two-row merged header, merged departments, blank and total rows',
      messyXlsx,
    ],
    ['an old .xls (BIFF8) with date cells', biffXls],
    ['a GBK CSV saved by a Chinese Excel', gbkCsv],
    ['a UTF-8 CSV with a byte-order mark', utf8BomCsv],
    ['an HTML table saved as .xls', htmlXls],
    ['a workbook in the 1904 date system', date1904Xlsx],
    ['a roster full of ID number problems and duplicates', idProblemsXlsx],
    ['a roster with Excel error values (#VALUE!, #N/A, #REF!) in mapped columns', errorCellsXlsx],
    ['department section rows 「一、语文组（2人）」 over their members', sectionRowsXlsx],
    ['所在机构 paths 「区教育局/城南小学/语文组」 as the last part', orgPathXlsx],
    ['Excel’s 「Unicode 文本」 (UTF-16 LE, tab-separated .txt)', unicodeTextTxt],
    ['a UTF-8 CSV with one GBK line and one bad byte, flagging those rows', mixedEncodingCsv],
    ['a roster under a stray merge A32:XFD1048576', strayMergeXlsx],
    ['an HTML .xls whose cells carry <script> and <style>', scriptHtmlXls],
    [
      'names with zero-width and direction-control characters, removed and flagged',
      invisibleCharsXlsx,
    ],
    ['a 1904-system date cell holding serial 0, refused', date1904ZeroXlsx],
    ['a CSV with a 3.5-million-character name cell, dropped with an error', longCellCsv],
  ])('reads %s row by row as the generator wrote it', (_what, build) => {
    const f = build();
    expect(sortIssues(actualRows(read(f)))).toEqual(sortIssues(f.expected));
  });

  it('finds the header under the title rows and joins the two header rows', () => {
    const result = read(messyXlsx());
    expect(result.headerRow).toBe(4);
    expect(result.mapping['联系方式/手机']).toBe('phone');
    expect(result.mapping['联系方式/办公电话']).toBeNull();
    expect(result.mapping['序号']).toBeNull();
    expect(result.columns.find((c) => c.field === 'idNumber')?.letter).toBe('D');
  });

  it('places every issue at its Excel row and column letter', () => {
    const f = messyXlsx();
    const result = read(f);
    const conflict = result.issues.find((i) => i.code === 'gender-conflict')!;
    expect(conflict.row).toBe(f.expected.find((e) => e.issues.includes('gender-conflict'))!.row);
    expect(conflict.column).toBe('C');
    expect(conflict.header).toBe('基本信息/性别');
    expect(conflict.severity).toBe('warning');
    expect(conflict.message).toMatch(/性别填写为“男”.*已按身份证号记为“女”/);
  });

  it('never accepts an ID number Excel turned into a number, and marks the row as an error', () => {
    const result = read(idProblemsXlsx());
    const lost = result.issues.filter((i) => i.code === 'id-precision-lost');
    expect(lost.map((i) => i.row)).toEqual([2, 3]);
    expect(lost.every((i) => i.severity === 'error')).toBe(true);
    for (const i of lost) {
      const row = result.rows.find((r) => r.row === i.row)!;
      expect(row.idNumber).toBeNull();
      expect(row.hasError).toBe(true);
    }
  });

  it('names the first row when it flags a duplicate', () => {
    const f = idProblemsXlsx();
    const result = read(f);
    const dups = result.issues.filter((i) => i.code === 'duplicate-in-file');
    const expectedRows = f.expected
      .filter((e) => e.issues.includes('duplicate-in-file'))
      .map((e) => e.row);
    expect(dups.map((d) => d.row)).toEqual(expectedRows);
    expect(dups[0]!.message).toContain(`第${expectedRows[0]! - 1}行`);
    expect(dups[0]!.severity).toBe('error');
    expect(dups[1]!.severity).toBe('warning');
    // A same-ID issue points at the ID column, a same-name-and-birthday one at the name.
    const letter = (field: string) => result.columns.find((c) => c.field === field)!.letter;
    expect([dups[0]!.column, dups[0]!.field]).toEqual([letter('idNumber'), 'idNumber']);
    expect([dups[1]!.column, dups[1]!.field]).toEqual([letter('name'), 'name']);
  });

  it('reads the 在职 sheet by default and lists every sheet with a guess', () => {
    const result = read(statusSheetsXlsx());
    expect(result.sheet).toBe('在职人员');
    expect(
      result.sheets.map((s) => [s.name, s.recommended, s.statusFromName, s.headerRow]),
    ).toEqual([
      ['填表说明', false, null, null],
      ['在职人员', true, '在职', 1],
      ['退休人员', false, '退休', 1],
    ]);
    expect(result.rows.every((r) => r.status === null)).toBe(true);
  });

  it('imports the 在职 and 退休 sheets together with the status from each sheet’s name', () => {
    const f = statusSheetsXlsx();
    const result = read(f, { statusFromSheetName: true });
    expect(sortIssues(actualRows(result))).toEqual(sortIssues(f.expected));
    const dup = result.issues.find((i) => i.code === 'duplicate-in-file')!;
    expect(dup.sheet).toBe('退休人员');
    expect(dup.message).toContain('“在职人员”表第2行');
  });

  it('reads just the sheet asked for', () => {
    const f = statusSheetsXlsx();
    const result = read(f, { sheets: ['退休人员'] });
    expect(result.rows.map((r) => r.sheet)).toEqual(
      f.expected.filter((e) => e.sheet === '退休人员').map((e) => e.sheet),
    );
  });

  it('explains that a password-protected workbook must be unlocked first', () => {
    expectFailure(passwordXlsx(), 'password', /受密码保护，请在Excel中取消密码后另存再导入/);
  });

  it('refuses a zip bomb from its directory, in well under a second, before inflating it', () => {
    const started = performance.now();
    expectFailure(zipBombXlsx(), 'too-large', /只有 \d+ KB，解压后却有 [\d.]+ GB（上限 400 MB）/);
    // Not a timing test: inflating 3 GB × parts would take minutes and gigabytes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a million-row CSV with the row limit and what to do, without parsing it', () => {
    expectFailure(
      millionRowCsv(),
      'too-large',
      /约 100 万 行，超过一次导入的上限 20 万 行.*拆成几个文件/,
    );
  });

  it('explains that a damaged file cannot be read', () => {
    expectFailure(damagedXlsx(), 'damaged', /无法读取.*另存为\.xlsx/);
  });
});

describe('Excel error values', () => {
  it('reports an ID cell holding #VALUE! at its row and column, as probably an ID ending in X', () => {
    const result = read(errorCellsXlsx());
    const issue = result.issues.find((i) => i.code === 'excel-error' && i.field === 'idNumber')!;
    expect(issue).toMatchObject({ row: 3, column: 'C', header: '身份证号', severity: 'error' });
    expect(issue.message).toContain('#VALUE!');
    expect(issue.message).toContain('X');
    const others = result.issues.filter((i) => i.code === 'excel-error' && i.field !== 'idNumber');
    expect(others.map((i) => [i.row, i.column, i.severity])).toEqual([
      [4, 'E', 'warning'],
      [5, 'F', 'warning'],
    ]);
    expect(others[0]!.message).toContain('“#N/A”');
  });

  it('reports the error text Excel writes into a CSV the same way', () => {
    const csv = new TextEncoder().encode('姓名,性别,身份证号\n张三,女,#VALUE!\n');
    const result = readRoster(csv, '花名册.csv', { today });
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'C', 'excel-error']]);
    expect(result.rows[0]!.idNumber).toBeNull();
  });
});
