import { findHeaderRow, headerLayout, headerVocabulary } from '../../../core/excel/findHeader';
import { openRosterWorkbook } from '../../../core/excel/openWorkbook';
import { sheetGrid } from '../../../core/excel/sheetGrid';
import { cleanIdInput, maskIdNumber } from '../../../core/ids/idNumber';
import type { IsoDate } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { parseYuan } from '../rules/entries';
import type { Month } from '../rules/rows';

/*
 * 从工资表导入: the payroll's Excel (any sheet with 姓名 and a wage column; title rows above
 * are fine; headers by synonym) → wage bases from a date, and/or the dues the payroll
 * withheld as payments of a month. Pure: bytes and the roster in, a preview out (rows
 * matched, issues with row, column and reason); store/funds.applyPayrollImport writes it
 * as one batch.
 */

type Field = 'name' | 'idNumber' | 'postWage' | 'gradeWage' | 'base' | 'dues';

const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['姓名', '职工姓名', '会员姓名', '人员姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'],
  postWage: ['岗位工资', '岗位工资（元）'],
  gradeWage: ['薪级工资', '薪级工资（元）'],
  base: ['缴费工资基数', '缴费基数', '会费基数', '工资基数', '会费缴费基数'],
  dues: ['工会会费', '会费', '代扣会费', '代扣工会会费', '扣会费'],
};

const HEADERS: Record<Field, string> = {
  name: '姓名',
  idNumber: '身份证号',
  postWage: '岗位工资',
  gradeWage: '薪级工资',
  base: '缴费基数',
  dues: '工会会费',
};

export interface PayrollIssue {
  /** Excel row (1-based), or null for the whole file. */
  row: number | null;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface PayrollRow {
  row: number;
  memberId: string;
  name: string;
  baseFen: number | null;
  postWageFen: number | null;
  gradeWageFen: number | null;
  duesFen: number | null;
}

export interface PayrollPreview {
  file: string;
  sheet: string | null;
  /** The headers found, by what they were read as: 「岗位工资 → 岗位工资（D列）」. */
  columns: { field: string; header: string; letter: string }[];
  rows: PayrollRow[];
  issues: PayrollIssue[];
  /** Rows of the sheet skipped (not matched or unreadable). */
  skipped: number;
}

function fenOf(v: unknown): number | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const fen = Math.round(v * 100);
    return Math.abs(v * 100 - fen) < 1e-6 && fen >= 0 ? fen : 'bad';
  }
  const fen = parseYuan(String(v));
  return fen === null || fen < 0 ? 'bad' : fen;
}

/** Reads the payroll and matches its rows to the roster (身份证号, else unique 姓名). */
export function readPayroll(
  bytes: Uint8Array,
  fileName: string,
  members: readonly Member[],
): PayrollPreview {
  const out: PayrollPreview = {
    file: fileName,
    sheet: null,
    columns: [],
    rows: [],
    issues: [],
    skipped: 0,
  };
  const book = openRosterWorkbook(bytes, fileName);
  const vocab = headerVocabulary(SYNONYMS, 'name', 1);
  for (const name of book.workbook.SheetNames) {
    const grid = sheetGrid(book.workbook.Sheets[name]!, name, book.date1904);
    const keyRow = findHeaderRow(grid, vocab);
    if (keyRow === null) continue;
    const layout = headerLayout(grid, keyRow, vocab);
    const cols = new Map<Field, { index: number; letter: string; header: string }>();
    for (const c of layout.columns)
      if (c.detected && !cols.has(c.detected)) cols.set(c.detected, c);
    if (!cols.has('base') && !cols.has('dues') && !(cols.has('postWage') && cols.has('gradeWage')))
      continue;
    out.sheet = name;
    out.columns = [...cols].map(([f, c]) => ({
      field: HEADERS[f],
      header: c.header,
      letter: c.letter,
    }));
    const byId = new Map(
      members.filter((m) => m.idNumber).map((m) => [m.idNumber!.toUpperCase(), m]),
    );
    const byName = new Map<string, Member[]>();
    for (const m of members) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
    const seen = new Set<string>();
    for (let r = layout.lastRow + 1; r < grid.endRow; r++) {
      const cell = (f: Field) => {
        const c = cols.get(f);
        const g = c ? grid.cell(r, c.index) : null;
        return g ? (typeof g.value === 'number' ? g.value : g.text.trim()) : null;
      };
      const issue = (f: Field | null, message: string, severity: 'error' | 'warning' = 'error') =>
        out.issues.push({
          row: r + 1,
          column: f ? (cols.get(f)?.letter ?? null) : null,
          message,
          severity,
        });
      const nm = String(cell('name') ?? '').replace(/\s+/g, '');
      if (!nm || /^(合计|总计|小计)/.test(nm)) continue;
      const id = cell('idNumber');
      let member: Member | undefined;
      if (id) {
        member = byId.get(cleanIdInput(String(id)).toUpperCase());
        if (!member) issue('idNumber', `身份证号“${maskIdNumber(String(id))}”不在会员名单中`);
      } else {
        const list = byName.get(nm) ?? [];
        if (list.length === 1) member = list[0];
        else if (list.length === 0) issue('name', `“${nm}”不在会员名单中`);
        else issue('name', `会员名单中有${list.length}人叫“${nm}”，请在工资表中加上身份证号列`);
      }
      const money: Partial<Record<Field, number | null>> = {};
      let bad = false;
      for (const f of ['postWage', 'gradeWage', 'base', 'dues'] as const) {
        const v = fenOf(cell(f));
        if (v === 'bad') {
          issue(f, `${HEADERS[f]}“${String(cell(f))}”不是金额（最多两位小数）`);
          bad = true;
        } else money[f] = v;
      }
      if (!member || bad) {
        out.skipped++;
        continue;
      }
      if (seen.has(member.id)) {
        issue('name', `${member.name}在本表中出现了两次，后一行已跳过`, 'warning');
        out.skipped++;
        continue;
      }
      seen.add(member.id);
      const post = money.postWage ?? null;
      const grade = money.gradeWage ?? null;
      const base =
        money.base ?? (post !== null || grade !== null ? (post ?? 0) + (grade ?? 0) : null);
      out.rows.push({
        row: r + 1,
        memberId: member.id,
        name: member.name,
        baseFen: base,
        postWageFen: post,
        gradeWageFen: grade,
        duesFen: money.dues ?? null,
      });
    }
    return out;
  }
  out.issues.push({
    row: null,
    column: null,
    message:
      '没有找到工资表的表头：需要有一行包含“姓名”，以及“缴费基数”、“岗位工资”和“薪级工资”或“工会会费”之一',
    severity: 'error',
  });
  return out;
}

export interface PayrollApplyOptions {
  /** Wage bases apply from this day. null: do not import bases. */
  basesFrom: IsoDate | null;
  /** The month the withheld dues are paid for, and the day. null: do not import dues. */
  duesMonth: Month | null;
  paidOn: IsoDate;
}
