import { parseDateText } from '../../../core/text/normalizeDate';
import { parseGender } from '../../../core/text/normalizeGender';
import { normalizeName } from '../../../core/text/normalizeName';
import type { IsoDate } from '../../../core/text/dates';
import { checkMemberFacts, MEMBER_FACT_CODES } from '../rules/memberFacts';
import { parseIdType, parseMembership, parsePostCategory } from '../rules/memberVocabulary';
import {
  dateUnparsedMessage,
  genderUnparsedMessage,
  ID_CLEARED_MESSAGE,
  idClearedNote,
  idTypeUnparsedMessage,
  membershipUnparsedMessage,
  MISSING_NAME_MESSAGE,
  postCategoryUnknownMessage,
} from './cellMessages';
import type { ImportedRow, ImportIssue, IssueCode, MemberField, RosterColumn } from './types';

/**
 * Fixing a row in the import preview: the chair types the right value into a cell; the
 * cell is read as the reader reads it, the row's typed facts are checked again by the same
 * checkMemberFacts, and its issues replaced. Issues about other rows (duplicates) and about
 * other cells that could not be read are kept.
 */

/** Fields the preview lets the chair correct in place. */
export const FIXABLE_FIELDS = [
  'name',
  'idType',
  'idNumber',
  'gender',
  'birthDate',
  'phone',
  'department',
  'unionGroup',
  'joinDate',
  'hireDate',
  'isMember',
  'postCategory',
] as const satisfies readonly MemberField[];
export type FixableField = (typeof FIXABLE_FIELDS)[number];

/** Codes about reading one cell: re-derived only for the cell fixed. */
const CELL_CODES: ReadonlySet<IssueCode> = new Set([
  'gender-unparsed',
  'date-unparsed',
  'id-type-unparsed',
  'membership-unparsed',
  'post-category-unknown',
  // #VALUE! in the cell: typing a value (or emptying it) replaces what Excel could not compute.
  'excel-error',
  'id-cleared',
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
  const before = col ? (row.raw[col.header] ?? '').trim() : '';
  if (col) next.raw[col.header] = text;
  const local: ImportIssue[] = [];
  const issue = (
    f: MemberField | null,
    code: IssueCode,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    const c = f
      ? (columns.find((x) => x.field === f) ??
        (f === 'idType' ? columns.find((x) => x.field === 'idNumber') : undefined))
      : undefined;
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
  const typed = { ...row.typed };

  switch (field) {
    case 'name':
      next.name = normalizeName(t);
      break;
    case 'idType':
      typed.idType = t === '' ? null : parseIdType(t);
      if (t !== '' && !typed.idType)
        issue('idType', 'id-type-unparsed', idTypeUnparsedMessage(t), 'warning');
      break;
    case 'isMember':
      typed.isMember = t === '' ? null : parseMembership(t);
      if (t !== '' && typed.isMember === null)
        issue('isMember', 'membership-unparsed', membershipUnparsedMessage(t), 'warning');
      break;
    case 'postCategory': {
      const p = parsePostCategory(t);
      next.postCategory = p?.category ?? null;
      if (p && !p.known)
        issue(
          'postCategory',
          'post-category-unknown',
          postCategoryUnknownMessage(p.category),
          'warning',
        );
      break;
    }
    case 'idNumber':
      typed.idNumber = t === '' ? null : t;
      typed.idNumberLost = false;
      // Emptying an ID the file had: the person comes in without one, and says why.
      if (t === '' && before !== '') {
        issue('idNumber', 'id-cleared', ID_CLEARED_MESSAGE, 'warning');
        const note = idClearedNote(before);
        const kept = (row.notes ?? '')
          .split('\n')
          .filter((l) => l && !l.startsWith('导入时身份证号'));
        next.notes = [...kept, note].join('\n');
      } else if (t !== '' && row.notes?.includes('导入时身份证号'))
        next.notes =
          row.notes
            .split('\n')
            .filter((l) => l && !l.startsWith('导入时身份证号'))
            .join('\n') || null;
      break;
    case 'gender': {
      const g = t === '' ? null : parseGender(t);
      typed.gender = g && g.ok ? g.gender : null;
      if (g && !g.ok) issue('gender', 'gender-unparsed', genderUnparsedMessage(t), 'warning');
      break;
    }
    case 'phone':
      typed.phone = t === '' ? null : t;
      break;
    case 'department':
    case 'unionGroup':
      next[field] = t === '' ? null : t;
      break;
    case 'birthDate':
    case 'joinDate':
    case 'hireDate': {
      const d = t === '' ? null : parseDateText(t, { today });
      if (field === 'birthDate') typed.birthDate = d;
      else if (field === 'joinDate') typed.joinDate = d ? d.date : null;
      else next.hireDate = d ? d.date : null;
      if (t !== '' && !d) issue(field, 'date-unparsed', dateUnparsedMessage(t), 'warning');
      break;
    }
  }

  if (!next.name) issue('name', 'missing-name', MISSING_NAME_MESSAGE);
  const checked = checkMemberFacts(typed, today);
  for (const f of checked.issues) issue(f.field, f.code, f.message, f.severity);
  next.typed = typed;
  next.idType = checked.facts.idType;
  next.isMember = checked.facts.isMember;
  next.idNumber = checked.facts.idNumber;
  next.birthDate = checked.facts.birthDate;
  next.gender = checked.facts.gender;
  next.phone = checked.facts.phone;
  next.joinDate = checked.facts.joinDate;

  const kept = previous.filter(
    (i) =>
      i.code !== 'missing-name' &&
      !MEMBER_FACT_CODES.has(i.code) &&
      !(CELL_CODES.has(i.code) && i.field === field),
  );
  const issues = [...kept, ...local];
  next.hasError = issues.some((i) => i.severity === 'error');
  return { row: next, issues };
}

/** Applies several corrections to one row in turn (the fix dialog saves all its boxes at once). */
export function fixRowFields(
  row: ImportedRow,
  changes: Partial<Record<FixableField, string>>,
  previous: readonly ImportIssue[],
  columns: readonly RosterColumn[],
  today: IsoDate,
): FixResult {
  let result: FixResult = { row, issues: [...previous] };
  for (const [field, text] of Object.entries(changes) as [FixableField, string][])
    result = fixRow(result.row, field, text, result.issues, columns, today);
  return result;
}
