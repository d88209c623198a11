import type { IsoDate } from '../../../core/text/dates';
import {
  checkIdNumber,
  cleanIdInput,
  ID_PROBLEM_MESSAGES,
  type IdProblem,
} from '../../../core/ids/idNumber';
import type { Gender, MemberStatus } from '../rules/member';
import { parseDateNumber, parseDateText, type LooseDate } from '../../../core/text/normalizeDate';
import { parseGender } from '../../../core/text/normalizeGender';
import { normalizeName } from '../../../core/text/normalizeName';
import { parsePhone } from '../../../core/text/normalizePhone';
import { normalizeEthnicity, normalizePoliticalStatus } from '../../union/rules/normalizeProfile';
import { parseEmploymentType, parseMemberStatus } from '../rules/normalizeStatus';
import { cleanCellText, compactText } from '../../../core/text/normalizeText';
import { isNameHeader } from './headerSynonyms';
import type { GridCell, SheetGrid } from '../../../core/excel/sheetGrid';
import type { ImportedRow, ImportIssue, IssueCode, MemberField } from './types';

/*
 * One grid row → one ImportedRow plus its issues. Blank rows, footer rows (「合计：45人」,
 * 「制表人：」) and header rows repeated on later pages give null. The ID number is the
 * authority for birth date and gender; what was typed differently is reported, not kept.
 */

export interface ReadColumn {
  index: number;
  letter: string;
  header: string;
  field: MemberField | null;
}

export interface RowContext {
  sheet: string;
  columns: ReadColumn[];
  /** For each field, the positions in `columns` that fill it (in column order). */
  fieldColumns: Map<MemberField, number[]>;
  date1904: boolean;
  today: IsoDate;
  sheetStatus: MemberStatus | null;
}

export interface RowRead {
  row: ImportedRow;
  issues: ImportIssue[];
  /** The 18-digit ID when it passed every check (for duplicate detection). */
  validId: string | null;
}

const FOOTER =
  /^(合计|总计|小计|共计|总人数|制表|填表|填报人|审核|负责人|单位负责人|主管领导|单位盖章|盖章|注[:：]|说明[:：])/;
/** Excel keeps 15 significant digits: any longer number has already lost digits. */
const PRECISION_LIMIT = 1e15;
const MONEY_NOISE = /[,，\s元￥¥]/g;

export function buildRowContext(
  sheet: string,
  columns: ReadColumn[],
  options: { date1904: boolean; today: IsoDate; sheetStatus: MemberStatus | null },
): RowContext {
  const fieldColumns = new Map<MemberField, number[]>();
  columns.forEach((col, i) => {
    if (!col.field) return;
    const list = fieldColumns.get(col.field);
    if (list) list.push(i);
    else fieldColumns.set(col.field, [i]);
  });
  return { sheet, columns, fieldColumns, ...options };
}

function dateMessage(text: string): string {
  return `无法识别日期“${text}”，可写成1985-03-01、1985/3/1、1985.03、1985年3月或19850301`;
}

function sameDate(typed: LooseDate, exact: IsoDate): boolean {
  const length = typed.precision === 'day' ? 10 : typed.precision === 'month' ? 7 : 4;
  return typed.date.slice(0, length) === exact.slice(0, length);
}

/** Reads row r (0-based) of the grid; null for rows that hold no member. */
export function readRow(grid: SheetGrid, r: number, ctx: RowContext): RowRead | null {
  const { columns } = ctx;
  const cells: (GridCell | null)[] = new Array(columns.length);
  const texts: string[] = new Array(columns.length);
  let hasOwnValue = false;
  let firstText = '';
  for (let i = 0; i < columns.length; i++) {
    const cell = grid.cell(r, columns[i]!.index);
    const text = cell ? cleanCellText(cell.text) : '';
    cells[i] = text === '' ? null : cell;
    texts[i] = text;
    if (text === '') continue;
    if (firstText === '') firstText = text;
    if (!cell!.merged && columns[i]!.field) hasOwnValue = true;
  }
  if (!hasOwnValue || FOOTER.test(compactText(firstText))) return null;

  const issues: ImportIssue[] = [];
  const excelRow = r + 1;
  const issue = (
    at: number | null,
    field: MemberField | null,
    code: IssueCode,
    message: string,
    severity: ImportIssue['severity'],
  ): void => {
    const col = at === null ? null : columns[at]!;
    issues.push({
      sheet: ctx.sheet,
      row: excelRow,
      column: col?.letter ?? null,
      header: col?.header ?? null,
      field,
      code,
      message,
      severity,
    });
  };
  /** Position of the first non-empty cell filling `field`, or -1. */
  const at = (field: MemberField): number => {
    const list = ctx.fieldColumns.get(field);
    if (list) for (const i of list) if (cells[i]) return i;
    return -1;
  };
  const textOf = (i: number): string => (i < 0 ? '' : texts[i]!);
  const plain = (field: MemberField): string | null => {
    const t = textOf(at(field));
    return t === '' ? null : t;
  };
  const dateOf = (field: MemberField): { parsed: LooseDate | null; at: number } => {
    const i = at(field);
    if (i < 0) return { parsed: null, at: i };
    const cell = cells[i]!;
    const options = { date1904: ctx.date1904, today: ctx.today };
    const parsed =
      typeof cell.value === 'number'
        ? parseDateNumber(cell.value, { ...options, formattedAsDate: cell.isDate })
        : parseDateText(cell.text, options);
    if (!parsed) issue(i, field, 'date-unparsed', dateMessage(textOf(i)), 'warning');
    return { parsed, at: i };
  };

  // 姓名 — a repeated header row (printed page headers copied into the sheet) is not a member.
  const nameAt = at('name');
  if (nameAt >= 0 && isNameHeader(textOf(nameAt))) return null;
  const name = nameAt >= 0 ? normalizeName(cells[nameAt]!.text) : null;
  if (!name) {
    const nameCol = ctx.fieldColumns.get('name')?.[0] ?? null;
    issue(nameCol, 'name', 'missing-name', '缺少姓名：这一行填有其他内容，但姓名为空', 'error');
  }

  // 身份证号
  let idNumber: string | null = null;
  let validId: string | null = null;
  let idGender: Gender | null = null;
  let idBirth: IsoDate | null = null;
  const idAt = at('idNumber');
  if (idAt >= 0) {
    const cell = cells[idAt]!;
    let problem: IdProblem | null = null;
    if (typeof cell.value === 'number' && Math.abs(cell.value) >= PRECISION_LIMIT) {
      problem = 'id-precision-lost';
    } else {
      const typed = typeof cell.value === 'number' ? String(cell.value) : cell.text;
      const check = checkIdNumber(typed, ctx.today);
      if (check.ok) {
        idNumber = validId = check.id18;
        idGender = check.gender;
        idBirth = check.birthDate;
      } else {
        problem = check.problem;
        if (problem !== 'id-precision-lost') idNumber = cleanIdInput(typed);
      }
    }
    if (problem) issue(idAt, 'idNumber', problem, ID_PROBLEM_MESSAGES[problem], 'error');
  }

  // 出生日期 — the ID's date wins; a different typed date is reported.
  const birth = dateOf('birthDate');
  let birthDate: IsoDate | null = birth.parsed?.date ?? null;
  if (idBirth) {
    if (birth.parsed && !sameDate(birth.parsed, idBirth)) {
      issue(
        birth.at,
        'birthDate',
        'birthdate-conflict',
        `出生日期填写为“${textOf(birth.at)}”，与身份证号中的出生日期（${idBirth}）不一致，已按身份证号记录`,
        'warning',
      );
    }
    birthDate = idBirth;
  }

  // 性别 — likewise.
  let gender: Gender | null = null;
  const genderAt = at('gender');
  if (genderAt >= 0) {
    const parsed = parseGender(cells[genderAt]!.text);
    if (parsed.ok) gender = parsed.gender;
    else
      issue(
        genderAt,
        'gender',
        'gender-unparsed',
        `无法识别性别“${textOf(genderAt)}”，请填写“男”或“女”`,
        'warning',
      );
  }
  if (idGender) {
    if (gender && gender !== idGender) {
      issue(
        genderAt,
        'gender',
        'gender-conflict',
        `性别填写为“${gender}”，与身份证号（${idGender}）不一致，已按身份证号记为“${idGender}”`,
        'warning',
      );
    }
    gender = idGender;
  }

  // 电话
  let phone: string | null = null;
  const phoneAt = at('phone');
  if (phoneAt >= 0) {
    const cell = cells[phoneAt]!;
    const parsed = parsePhone(typeof cell.value === 'number' ? String(cell.value) : cell.text);
    phone = parsed.phone;
    if (!parsed.ok) {
      issue(
        phoneAt,
        'phone',
        'phone-format',
        '电话号码格式不正确：手机号应为11位，座机号应带区号（如0571-88881234）',
        'warning',
      );
    }
  }

  // 状态 — the column first, then the sheet's name (「退休人员」 sheet).
  let status: MemberStatus | null = null;
  const statusAt = at('status');
  if (statusAt >= 0) {
    status = parseMemberStatus(cells[statusAt]!.text);
    if (!status)
      issue(
        statusAt,
        'status',
        'status-unparsed',
        `无法识别状态“${textOf(statusAt)}”，可填写在职、退休、调出、退会或去世`,
        'warning',
      );
  }
  status ??= ctx.sheetStatus;

  // 工资基数
  let wageBase: number | null = null;
  const wageAt = at('wageBase');
  if (wageAt >= 0) {
    const cell = cells[wageAt]!;
    const n =
      typeof cell.value === 'number'
        ? cell.value
        : Number(compactText(cell.text).replace(MONEY_NOISE, ''));
    if (Number.isFinite(n) && n >= 0) wageBase = n;
    else
      issue(
        wageAt,
        'wageBase',
        'number-unparsed',
        `无法识别金额“${textOf(wageAt)}”，请填写数字（单位：元）`,
        'warning',
      );
  }

  const hireDate = dateOf('hireDate').parsed?.date ?? null;
  const joinDate = dateOf('joinDate').parsed?.date ?? null;
  const ethnicityText = plain('ethnicity');
  const politicalText = plain('politicalStatus');
  const employmentText = plain('employmentType');

  const raw: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) if (cells[i]) raw[columns[i]!.header] = texts[i]!;

  const row: ImportedRow = {
    sheet: ctx.sheet,
    row: excelRow,
    name,
    gender,
    idNumber,
    birthDate,
    ethnicity: ethnicityText === null ? null : normalizeEthnicity(ethnicityText),
    politicalStatus: politicalText === null ? null : normalizePoliticalStatus(politicalText),
    education: plain('education'),
    title: plain('title'),
    post: plain('post'),
    department: plain('department'),
    unionGroup: plain('unionGroup'),
    phone,
    hireDate,
    joinDate,
    employmentType: employmentText === null ? null : parseEmploymentType(employmentText),
    status,
    notes: plain('notes'),
    wageBase,
    raw,
    hasError: issues.some((i) => i.severity === 'error'),
  };
  return { row, issues, validId };
}
