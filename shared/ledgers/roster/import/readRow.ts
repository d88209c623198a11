import type { IsoDate } from '../../../core/text/dates';
import type { Gender, IdType, MemberStatus } from '../rules/member';
import { checkMemberFacts, type MemberFactField } from '../rules/memberFacts';
import { parseDateNumber, parseDateText, type LooseDate } from '../../../core/text/normalizeDate';
import { parseGender } from '../../../core/text/normalizeGender';
import { normalizeName } from '../../../core/text/normalizeName';
import { normalizeEthnicity, normalizePoliticalStatus } from '../../union/rules/normalizeProfile';
import { parseEmploymentType, parseMemberStatus } from '../rules/normalizeStatus';
import { parseIdType, parseMembership, parsePostCategory } from '../rules/memberVocabulary';
import { cleanCellText, compactText } from '../../../core/text/normalizeText';
import { isNameHeader } from './headerSynonyms';
import {
  excelErrorMessage,
  type ExcelError,
  type GridCell,
  type SheetGrid,
} from '../../../core/excel/sheetGrid';
import { MAX_CELL_CHARS } from '../../../core/excel/fileLimits';
import {
  cellTooLongMessage,
  dateUnparsedMessage,
  genderUnparsedMessage,
  INVISIBLE_CHARS_MESSAGE,
  idTypeUnparsedMessage,
  membershipUnparsedMessage,
  MISSING_NAME_MESSAGE,
  postCategoryUnknownMessage,
} from './cellMessages';
import type { ImportedRow, ImportIssue, IssueCode, MemberField } from './types';

/*
 * One grid row → one ImportedRow plus its issues. Blank rows, footer rows (「合计：45人」,
 * 「制表人：」) and header rows repeated on later pages give null. The member facts (ID
 * number, birth date, gender, phone …) are checked by checkMemberFacts, as the preview fix
 * and the member form check them; the row keeps what was typed so a fix re-checks it.
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
  /**
   * The department a section row above named (「一、语文组（4人）」 across the row): the
   * department of the rows under it that have none of their own. Set by the sheet reader.
   */
  section?: string | null;
}

export interface RowRead {
  row: ImportedRow;
  issues: ImportIssue[];
  /** The 18-digit ID when it passed every check (for duplicate detection). */
  validId: string | null;
}

const FOOTER =
  /^(合计|总计|小计|共计|总人数|制表|填表|填报人|审核|负责人|单位负责人|主管领导|单位盖章|盖章|注[:：]|说明[:：])/;
/**
 * Characters that show as nothing but change what a name is (ZWSP/ZWNJ/ZWJ, LRM/RLM,
 * the bidi embeddings and isolates, word joiner, BOM): copied from web pages and chats.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** 「区教育局/城东中学/教务处」 (所在机构 of a personnel system): the department is the last part. */
function departmentOf(text: string | null): string | null {
  if (!text || !/[/\\＞>]/.test(text)) return text;
  const parts = text.split(/\s*[/\\＞>]\s*/).filter(Boolean);
  return parts.at(-1) ?? null;
}

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

/** Reads row r (0-based) of the grid; null for rows that hold no member. */
export function readRow(grid: SheetGrid, r: number, ctx: RowContext): RowRead | null {
  const { columns } = ctx;
  const cells: (GridCell | null)[] = new Array(columns.length);
  const texts: string[] = new Array(columns.length);
  let hasOwnValue = false;
  let firstText = '';
  /** Mapped cells holding an Excel error value (#VALUE! …): read as blank, reported below. */
  const errorCells: { i: number; error: ExcelError }[] = [];
  /** Mapped cells that held invisible characters (removed) or an absurd length (dropped). */
  const invisibleAt: number[] = [];
  const tooLong: { i: number; length: number }[] = [];
  for (let i = 0; i < columns.length; i++) {
    let cell = grid.cell(r, columns[i]!.index);
    if (cell?.error && columns[i]!.field) errorCells.push({ i, error: cell.error });
    if (cell && columns[i]!.field && typeof cell.value === 'string') {
      if (cell.text.length > MAX_CELL_CHARS) {
        tooLong.push({ i, length: cell.text.length });
        cell = null;
      } else if (INVISIBLE.test(cell.text)) {
        invisibleAt.push(i);
        const text = cell.text.replace(INVISIBLE_ALL, '');
        cell = { ...cell, text, value: text };
      }
    }
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
  // A row of error values only (a formula dragged below the data) holds no member; a
  // member's row says which of its cells Excel could not compute. The value is lost: an
  // ID or a name must be fixed before the row can be imported, anything else stays blank.
  for (const { i, error } of errorCells) {
    const field = columns[i]!.field!;
    const identity = field === 'idNumber' || field === 'name';
    issue(
      i,
      field,
      'excel-error',
      excelErrorMessage(error, field === 'idNumber' ? 'id' : undefined),
      identity ? 'error' : 'warning',
    );
  }
  /** Position of the first non-empty cell filling `field`, or -1. */
  const at = (field: MemberField): number => {
    const list = ctx.fieldColumns.get(field);
    if (list) for (const i of list) if (cells[i]) return i;
    return -1;
  };
  for (const i of invisibleAt)
    issue(i, columns[i]!.field!, 'invisible-chars', INVISIBLE_CHARS_MESSAGE, 'warning');
  for (const { i, length } of tooLong) {
    const field = columns[i]!.field!;
    const identity = field === 'idNumber' || field === 'name';
    issue(
      i,
      field,
      'cell-too-long',
      cellTooLongMessage(length, MAX_CELL_CHARS),
      identity ? 'error' : 'warning',
    );
  }
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
    if (!parsed) issue(i, field, 'date-unparsed', dateUnparsedMessage(textOf(i)), 'warning');
    return { parsed, at: i };
  };

  // 姓名 — a repeated header row (printed page headers copied into the sheet) is not a member.
  const nameAt = at('name');
  if (nameAt >= 0 && isNameHeader(textOf(nameAt))) return null;
  const name = nameAt >= 0 ? normalizeName(cells[nameAt]!.text) : null;
  const nameUnreadable =
    errorCells.some((e) => columns[e.i]!.field === 'name') ||
    tooLong.some((t) => columns[t.i]!.field === 'name');
  if (!name && !nameUnreadable) {
    const nameCol = ctx.fieldColumns.get('name')?.[0] ?? null;
    issue(nameCol, 'name', 'missing-name', MISSING_NAME_MESSAGE, 'error');
  }

  // 证件类型 — when the roster has the column; otherwise the number's shape decides.
  let typedIdType: IdType | null = null;
  const idTypeAt = at('idType');
  if (idTypeAt >= 0) {
    typedIdType = parseIdType(textOf(idTypeAt));
    if (!typedIdType)
      issue(
        idTypeAt,
        'idType',
        'id-type-unparsed',
        idTypeUnparsedMessage(textOf(idTypeAt)),
        'warning',
      );
  }

  // 身份证号 — as typed; a number past Excel's 15 digits has already lost its last ones.
  let typedId: string | null = null;
  let idNumberLost = false;
  const idAt = at('idNumber');
  if (idAt >= 0) {
    const cell = cells[idAt]!;
    if (typeof cell.value === 'number' && Math.abs(cell.value) >= PRECISION_LIMIT)
      idNumberLost = true;
    else typedId = typeof cell.value === 'number' ? String(cell.value) : cell.text;
  }

  const birth = dateOf('birthDate');

  let typedGender: Gender | null = null;
  const genderAt = at('gender');
  if (genderAt >= 0) {
    const parsed = parseGender(cells[genderAt]!.text);
    if (parsed.ok) typedGender = parsed.gender;
    else
      issue(
        genderAt,
        'gender',
        'gender-unparsed',
        genderUnparsedMessage(textOf(genderAt)),
        'warning',
      );
  }

  let typedPhone: string | null = null;
  const phoneAt = at('phone');
  if (phoneAt >= 0) {
    const cell = cells[phoneAt]!;
    typedPhone = typeof cell.value === 'number' ? String(cell.value) : cell.text;
  }

  const hireDate = dateOf('hireDate').parsed?.date ?? null;
  const joinDate = dateOf('joinDate').parsed?.date ?? null;

  let typedMember: boolean | null = null;
  const memberAt = at('isMember');
  if (memberAt >= 0) {
    typedMember = parseMembership(textOf(memberAt));
    if (typedMember === null)
      issue(
        memberAt,
        'isMember',
        'membership-unparsed',
        membershipUnparsedMessage(textOf(memberAt)),
        'warning',
      );
  }

  const typed = {
    idType: typedIdType,
    idNumber: typedId,
    idNumberLost,
    birthDate: birth.parsed,
    gender: typedGender,
    phone: typedPhone,
    joinDate,
    isMember: typedMember,
  };
  const checked = checkMemberFacts(typed, ctx.today);
  const factAt = (field: MemberFactField): number | null => {
    const i = at(field);
    if (i >= 0) return i;
    const first = ctx.fieldColumns.get(field)?.[0];
    if (first !== undefined) return first;
    // A guessed 证件类型 (no such column) is shown on the number it was guessed from.
    return field === 'idType' ? factAt('idNumber') : null;
  };
  for (const f of checked.issues) issue(factAt(f.field), f.field, f.code, f.message, f.severity);
  const { idType, idNumber, birthDate, gender, phone, isMember } = checked.facts;

  let postCategory: string | null = null;
  const postCategoryAt = at('postCategory');
  if (postCategoryAt >= 0) {
    const parsed = parsePostCategory(textOf(postCategoryAt));
    postCategory = parsed?.category ?? null;
    if (parsed && !parsed.known)
      issue(
        postCategoryAt,
        'postCategory',
        'post-category-unknown',
        postCategoryUnknownMessage(parsed.category),
        'warning',
      );
  }
  const validId = checked.validId;

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

  const ethnicityText = plain('ethnicity');
  const politicalText = plain('politicalStatus');
  const employmentText = plain('employmentType');

  const raw: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) if (cells[i]) raw[columns[i]!.header] = texts[i]!;
  for (const { i, error } of errorCells) raw[columns[i]!.header] = error;

  const row: ImportedRow = {
    sheet: ctx.sheet,
    row: excelRow,
    name,
    gender,
    idType,
    idNumber,
    birthDate,
    ethnicity: ethnicityText === null ? null : normalizeEthnicity(ethnicityText),
    politicalStatus: politicalText === null ? null : normalizePoliticalStatus(politicalText),
    education: plain('education'),
    title: plain('title'),
    post: plain('post'),
    postCategory,
    department: departmentOf(plain('department')) ?? ctx.section ?? null,
    unionGroup: plain('unionGroup'),
    phone,
    hireDate,
    joinDate,
    isMember,
    employmentType: employmentText === null ? null : parseEmploymentType(employmentText),
    status,
    notes: plain('notes'),
    wageBase,
    typed,
    raw,
    hasError: issues.some((i) => i.severity === 'error'),
  };
  return { row, issues, validId };
}

const SECTION =
  /^(?:(?:[一二三四五六七八九十百]+|\d{1,2})\s*[、.．]\s*(.+?)|(.+?)\s*[（(]\s*(?:共\s*)?\d+\s*人\s*[)）])\s*(?:[（(]\s*(?:共\s*)?\d+\s*人\s*[)）])?$/;

/**
 * The department a section row names — 「一、语文组（4人）」 or 「语文组（共4人）」 written
 * across the row (one cell, often merged), members listed below it with 序号 restarting —
 * or null when row r is not one.
 */
export function sectionDepartment(grid: SheetGrid, r: number): string | null {
  let only: string | null = null;
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const cell = grid.cell(r, c);
    if (!cell || cell.merged) continue;
    const text = cleanCellText(cell.text);
    if (text === '') continue;
    if (only !== null) return null;
    only = text;
  }
  if (!only || FOOTER.test(compactText(only))) return null;
  const m = SECTION.exec(only);
  const name = m ? (m[1] ?? m[2] ?? '').trim() : '';
  return name && name.length <= 30 ? name : null;
}
