import type { ImportedRow, ImportIssue } from './types';

/*
 * The same person entered twice: the same ID number, or — when the IDs do not tell two
 * people apart — the same name and birth date. Later rows are flagged, naming the first.
 */

export interface DuplicateCandidate {
  row: ImportedRow;
  /** The row's ID when it passed every check. */
  validId: string | null;
}

function where(first: ImportedRow, later: ImportedRow): string {
  return first.sheet === later.sheet ? `第${first.row}行` : `“${first.sheet}”表第${first.row}行`;
}

/** Issues for later duplicates; also sets `hasError` on rows flagged with an error. */
export function findDuplicates(
  candidates: DuplicateCandidate[],
  /** Where a sheet keeps a field: a same-ID issue points at the ID, a same-name one at the name. */
  columnOf: (
    sheet: string,
    field: 'name' | 'idNumber',
  ) => { letter: string; header: string } | null,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const byId = new Map<string, DuplicateCandidate>();
  const byNameBirth = new Map<string, DuplicateCandidate>();
  for (const cand of candidates) {
    const { row } = cand;
    const flag = (
      first: ImportedRow,
      what: string,
      severity: ImportIssue['severity'],
      field: 'name' | 'idNumber',
    ): void => {
      const col = columnOf(row.sheet, field);
      issues.push({
        sheet: row.sheet,
        row: row.row,
        column: col?.letter ?? null,
        header: col?.header ?? null,
        field,
        code: 'duplicate-in-file',
        message: `与${where(first, row)}${what}，可能是重复录入`,
        severity,
      });
      if (severity === 'error') row.hasError = true;
    };
    if (cand.validId) {
      const first = byId.get(cand.validId);
      if (first) {
        flag(first.row, '的身份证号相同', 'error', 'idNumber');
        continue;
      }
      byId.set(cand.validId, cand);
    }
    if (row.name && row.birthDate) {
      const key = `${row.name}|${row.birthDate}`;
      const first = byNameBirth.get(key);
      // Two valid, different IDs are two people who share a name and a birthday.
      if (first && !(first.validId && cand.validId))
        flag(first.row, '的姓名和出生日期相同', 'warning', 'name');
      else if (!first) byNameBirth.set(key, cand);
    }
  }
  return issues;
}
