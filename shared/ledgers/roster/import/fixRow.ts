import { checkIdNumber } from '../../../core/ids/idNumber';
import { parseDateText } from '../../../core/text/normalizeDate';
import { parseGender } from '../../../core/text/normalizeGender';
import { normalizeName } from '../../../core/text/normalizeName';
import { parsePhone } from '../../../core/text/normalizePhone';
import type { IsoDate } from '../../../core/text/dates';
import type { ImportedRow, ImportIssue, IssueCode, MemberField, RosterColumn } from './types';

/**
 * Fixing a row in the import preview: the chair types the right value into a cell; the
 * row is normalized and checked again the way the reader checks it, and its issues
 * replaced. Issues about other rows (duplicates) are left to the caller.
 */

/** Fields the preview lets the chair correct in place. */
export const FIXABLE_FIELDS = [
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'phone',
  'department',
  'unionGroup',
  'joinDate',
  'hireDate',
] as const satisfies readonly MemberField[];
export type FixableField = (typeof FIXABLE_FIELDS)[number];

/** Codes this module re-derives for a row; other codes (duplicate-in-file …) are kept. */
const REDERIVED: ReadonlySet<IssueCode> = new Set([
  'missing-name',
  'id-checksum',
  'id-precision-lost',
  'id-format',
  'id-region',
  'id-birthdate',
  'gender-conflict',
  'birthdate-conflict',
  'gender-unparsed',
  'date-unparsed',
  'phone-format',
]);

export interface FixResult {
  row: ImportedRow;
  issues: ImportIssue[];
}

/**
 * Applies the chair's correction `text` to `field` of `row` and returns the row with its
 * issues re-derived. `previous` are the row's current issues.
 */
export function fixRow(
  row: ImportedRow,
  field: FixableField,
  text: string,
  previous: readonly ImportIssue[],
  columns: readonly RosterColumn[],
  today: IsoDate,
): FixResult {
  const next: ImportedRow = { ...row, raw: { ...row.raw } };
  const col = columns.find((c) => c.field === field);
  if (col) next.raw[col.header] = text;
  const local: ImportIssue[] = [];
  const issue = (
    f: MemberField | null,
    code: IssueCode,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    const c = f ? columns.find((x) => x.field === f) : undefined;
    local.push({
      sheet: row.sheet,
      row: row.row,
      column: c?.letter ?? null,
      header: c?.header ?? null,
      field: f,
      code,
      message,
      severity,
    });
  };
  const t = text.trim();

  switch (field) {
    case 'name':
      next.name = normalizeName(t);
      break;
    case 'idNumber':
      next.idNumber = t === '' ? null : t;
      break;
    case 'gender': {
      const g = t === '' ? null : parseGender(t);
      next.gender = g && g.ok ? g.gender : null;
      if (g && !g.ok) issue('gender', 'gender-unparsed', `无法识别性别“${t}”，请填“男”或“女”`);
      break;
    }
    case 'phone': {
      if (t === '') next.phone = null;
      else {
        const p = parsePhone(t);
        next.phone = p.phone;
      }
      break;
    }
    case 'department':
    case 'unionGroup':
      next[field] = t === '' ? null : t;
      break;
    case 'birthDate':
    case 'joinDate':
    case 'hireDate': {
      const d = t === '' ? null : parseDateText(t, { today });
      next[field] = d ? d.date : null;
      if (t !== '' && !d)
        issue(field, 'date-unparsed', `无法识别日期“${t}”，请写成 1985-03-01 这样的格式`);
      break;
    }
  }

  // Cross-field checks, as the reader does them.
  if (!next.name) issue('name', 'missing-name', '姓名为空');
  if (next.idNumber) {
    const id = checkIdNumber(next.idNumber, today);
    if (!id.ok) issue('idNumber', id.problem, id.message);
    else {
      next.idNumber = id.id18;
      if (next.gender && next.gender !== id.gender)
        issue(
          'gender',
          'gender-conflict',
          `填写的性别“${next.gender}”与身份证号（${id.gender}）不一致，已按身份证号`,
          'warning',
        );
      if (next.birthDate && next.birthDate !== id.birthDate && field !== 'birthDate') {
        issue(
          'birthDate',
          'birthdate-conflict',
          `填写的出生日期 ${next.birthDate} 与身份证号（${id.birthDate}）不一致，已按身份证号`,
          'warning',
        );
      }
      next.gender = id.gender;
      next.birthDate = id.birthDate;
    }
  }
  if (next.phone && !parsePhone(next.phone).ok)
    issue('phone', 'phone-format', `电话“${next.phone}”不像手机号或带区号的固定电话`, 'warning');

  const kept = previous.filter((i) => !REDERIVED.has(i.code));
  const issues = [...kept, ...local];
  next.hasError = issues.some((i) => i.severity === 'error');
  return { row: next, issues };
}
