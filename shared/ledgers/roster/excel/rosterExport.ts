import * as XLSX from 'xlsx';
import { isUnionMember, type Member } from '../rules/member';
import { columnsFor, ROSTER_COLUMN_BY_KEY, type RosterColumn } from '../rules/rosterColumns';
import {
  DATE_FORMAT,
  TEXT_FORMAT,
  excelSerial,
  sheetFrom,
  textCell,
  writeBook,
  type Cell,
} from '../../../core/excel/writeSheet';
import { MEMBER_FIELDS } from '../import/types';

export { excelSerial };
export { rosterFileName } from '../rules/fileName';

/**
 * Roster workbooks: the current list with the chosen columns, the blank import template,
 * and the superior union's real-name sheet (会员实名制信息采集表). Pure: members in, bytes
 * out; the screen hands the bytes to platform.saveFile.
 *
 * Every text value is written as a string cell (t:'s', never a formula), so a name or
 * note starting with = + - @ stays text and cannot run in Excel; ID numbers and phones
 * are text cells formatted '@' (Excel would round an 18-digit number); dates are real
 * date cells (serial number formatted yyyy-mm-dd).
 */

function cellFor(kind: RosterColumn['kind'], value: string | number | null): Cell | null {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'id':
    case 'phone':
      return { t: 's', v: String(value), z: TEXT_FORMAT };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
        ? { t: 'n', v: excelSerial(String(value)), z: DATE_FORMAT }
        : textCell(String(value));
    case 'number':
      return typeof value === 'number' ? { t: 'n', v: value } : textCell(String(value));
    case 'text':
      return textCell(String(value));
  }
}

/** Widest text in a column, in characters (CJK counted double), capped so a note stays sane. */
function fitWidth(col: RosterColumn, members: readonly Member[]): number {
  let w = col.label.length * 2 + 2;
  for (let i = 0; i < Math.min(members.length, 500); i++) {
    const v = col.value(members[i]!);
    if (v === null) continue;
    const s = String(v);
    let n = 0;
    for (const ch of s) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
    w = Math.max(w, n + 2);
  }
  return Math.min(Math.max(w, col.width), 40);
}

/** The members as listed (order kept), with the chosen columns, header row frozen. */
export function exportRosterXlsx(
  members: readonly Member[],
  columnKeys: readonly string[],
  opts: { sheetName?: string } = {},
): Uint8Array {
  const cols = columnsFor(columnKeys);
  if (cols.length === 0) throw new Error('请至少选择一列再导出。');
  const rows: (Cell | null)[][] = [[textCell('序号'), ...cols.map((c) => textCell(c.label))]];
  members.forEach((m, i) =>
    rows.push([{ t: 'n', v: i + 1 }, ...cols.map((c) => cellFor(c.kind, c.value(m)))]),
  );
  const ws = sheetFrom(rows, [6, ...cols.map((c) => fitWidth(c, members))]);
  return writeBook([{ name: opts.sheetName ?? '花名册', ws, frozenRows: 1 }]);
}

/** Columns of the blank import template, under the headers the importer recognizes. */
export const TEMPLATE_COLUMN_KEYS: readonly string[] = MEMBER_FIELDS;

/** Rows pre-formatted as text in the ID and phone columns, so typed numbers stay whole. */
const TEMPLATE_TEXT_ROWS = 300;

const TEMPLATE_EXAMPLE: Record<string, string | number> = {
  name: '张三（示例，导入前请删除本行）',
  gender: '男',
  idType: '居民身份证',
  idNumber: '11010519491231002X',
  birthDate: '1949-12-31',
  ethnicity: '汉族',
  politicalStatus: '中共党员',
  education: '本科',
  title: '中学一级教师',
  post: '教师',
  postCategory: '专任教师',
  department: '语文组',
  unionGroup: '第一小组',
  phone: '13812345678',
  hireDate: '1972-09-01',
  joinDate: '1972-09-01',
  isMember: '是',
  employmentType: '在编',
  status: '在职',
  wageBase: 6500,
  notes: '',
};

/** The blank roster template: headers, one example row, ID and phone columns as text. */
export function importTemplateXlsx(): Uint8Array {
  const cols = TEMPLATE_COLUMN_KEYS.map((k) => ROSTER_COLUMN_BY_KEY.get(k)!);
  const rows: (Cell | null)[][] = [cols.map((c) => textCell(c.label))];
  rows.push(cols.map((c) => cellFor(c.kind, TEMPLATE_EXAMPLE[c.key] ?? null)));
  for (let r = 0; r < TEMPLATE_TEXT_ROWS; r++) {
    rows.push(
      cols.map((c) =>
        c.kind === 'id' || c.kind === 'phone' ? { t: 's', v: '', z: TEXT_FORMAT } : null,
      ),
    );
  }
  const ws = sheetFrom(
    rows,
    cols.map((c) => c.width),
  );
  return writeBook([{ name: '花名册', ws, frozenRows: 1 }]);
}

export const REAL_NAME_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '证件类型',
  '证件号码',
  '出生日期',
  '政治面貌',
  '学历',
  '工作单位',
  '手机号',
  '入会时间',
  '会员状态',
] as const;

const REAL_NAME_WIDTHS = [6, 10, 6, 8, 14, 21, 12, 12, 10, 24, 14, 12, 9];

/**
 * 会员实名制信息采集表 as superior unions hand it out: a title row across the table, then
 * 序号 姓名 性别 民族 证件类型 证件号码 出生日期 政治面貌 学历 工作单位 手机号 入会时间 会员状态.
 * 工作单位 is the union profile's unit name for everyone. Only union members (isUnionMember)
 * are listed: the roster's non-member staff are not the superior union's to register.
 */
export function realNameSheetXlsx(members: readonly Member[], unitName: string): Uint8Array {
  const title = textCell(`${unitName}工会会员实名制信息采集表`);
  const rows: (Cell | null)[][] = [[title], REAL_NAME_HEADERS.map((h) => textCell(h))];
  members.filter(isUnionMember).forEach((m, i) => {
    rows.push([
      { t: 'n', v: i + 1 },
      textCell(m.name),
      cellFor('text', m.gender),
      cellFor('text', m.ethnicity),
      cellFor('text', m.idType),
      cellFor('id', m.idNumber),
      cellFor('date', m.birthDate),
      cellFor('text', m.politicalStatus),
      cellFor('text', m.education),
      cellFor('text', unitName),
      cellFor('phone', m.phone),
      cellFor('date', m.joinDate),
      cellFor('text', m.status),
    ]);
  });
  const ws = sheetFrom(rows, REAL_NAME_WIDTHS);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: REAL_NAME_HEADERS.length - 1 } }];
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: REAL_NAME_HEADERS.length - 1 },
  });
  return writeBook([{ name: '会员实名制信息采集表', ws, frozenRows: 2 }]);
}
