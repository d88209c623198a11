import { describe, expect, it } from 'vitest';
import type { ImportIssue, ImportedRow } from '../../../shared/ledgers/roster/import';
import { issuesByRow, issuesPerRow } from './useImportSession';

const row = (sheet: string, n: number) => ({ sheet, row: n }) as ImportedRow;
const issue = (sheet: string, n: number, message: string): ImportIssue => ({
  sheet,
  row: n,
  column: 'C',
  header: '身份证号',
  field: 'idNumber',
  code: 'duplicate-in-file',
  message,
  severity: 'warning',
});

describe('issuesPerRow', () => {
  it('gives each row its own issues, by sheet and row number, and none to the others', () => {
    const rows = [row('在职', 3), row('在职', 4), row('退休', 3), row('退休', 4)];
    const issues = [
      issue('退休', 3, '与第 3 行重复'),
      issue('在职', 4, '身份证号校验位不对'),
      issue('退休', 3, '手机号少一位'),
    ];
    const per = issuesPerRow(rows, issues);
    expect(per.map((l) => l?.map((i) => i.message) ?? [])).toEqual([
      [],
      ['身份证号校验位不对'],
      ['与第 3 行重复', '手机号少一位'],
      [],
    ]);
    // The same rows counted as having problems as the summary counts.
    expect(per.filter(Boolean).length).toBe(issuesByRow(issues).size);
  });

  it('is all empty for a file without problems', () => {
    expect(issuesPerRow([row('Sheet1', 3), row('Sheet1', 4)], [])).toEqual([undefined, undefined]);
  });
});
