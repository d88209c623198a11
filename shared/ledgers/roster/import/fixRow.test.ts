import { describe, expect, it } from 'vitest';
import type { ImportedRow, ImportIssue, RosterColumn } from './types';
import { fixRow } from './fixRow';

const columns: RosterColumn[] = [
  { letter: 'A', header: '姓名', field: 'name' },
  { letter: 'B', header: '性别', field: 'gender' },
  { letter: 'C', header: '身份证号', field: 'idNumber' },
  { letter: 'D', header: '出生日期', field: 'birthDate' },
];

const base: ImportedRow = {
  sheet: '在职',
  row: 5,
  name: '张三',
  gender: '男',
  idNumber: '110101198503150012',
  birthDate: null,
  ethnicity: null,
  politicalStatus: null,
  education: null,
  title: null,
  post: null,
  department: '语文组',
  unionGroup: null,
  phone: null,
  hireDate: null,
  joinDate: null,
  employmentType: null,
  status: null,
  notes: null,
  wageBase: null,
  idType: '居民身份证',
  isMember: null,
  postCategory: null,
  typed: {
    idType: null,
    isMember: null,
    idNumber: '110101198503150012',
    birthDate: null,
    gender: '男',
    phone: null,
    joinDate: null,
  },
  raw: { 姓名: '张三', 身份证号: '110101198503150012' },
  hasError: true,
};
const checksumIssue: ImportIssue = {
  sheet: '在职',
  row: 5,
  column: 'C',
  header: '身份证号',
  field: 'idNumber',
  code: 'id-checksum',
  message: '校验位不正确',
  severity: 'error',
};
const duplicate: ImportIssue = {
  sheet: '在职',
  row: 5,
  column: null,
  header: null,
  field: null,
  code: 'duplicate-in-file',
  message: '与第 3 行重复',
  severity: 'warning',
};

describe('fixRow', () => {
  it('clears the error once the chair types the right ID number, and derives birth date and gender', () => {
    const { row, issues } = fixRow(
      base,
      'idNumber',
      '110101198503150013',
      [checksumIssue, duplicate],
      columns,
      '2026-11-21',
    );
    expect(row.idNumber).toBe('110101198503150013');
    expect(row.birthDate).toBe('1985-03-15');
    expect(row.hasError).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(['duplicate-in-file']);
    expect(row.raw['身份证号']).toBe('110101198503150013');
  });

  it('keeps the row in error while the ID number is still wrong', () => {
    const { row, issues } = fixRow(
      base,
      'idNumber',
      '110101198503150014',
      [checksumIssue],
      columns,
      '2026-11-21',
    );
    expect(row.hasError).toBe(true);
    expect(issues[0]).toMatchObject({ code: 'id-checksum', column: 'C', row: 5 });
  });

  it('says which date it cannot read', () => {
    const { issues } = fixRow(
      { ...base, idNumber: null, typed: { ...base.typed, idNumber: null } },
      'birthDate',
      '八五年',
      [],
      columns,
      '2026-11-21',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'date-unparsed',
        column: 'D',
        message: expect.stringContaining('八五年'),
      }),
    ]);
  });

  it('flags a typed gender that the ID number contradicts, keeping the ID’s', () => {
    const { row, issues } = fixRow(
      {
        ...base,
        idNumber: '110101198503150013',
        typed: { ...base.typed, idNumber: '110101198503150013' },
      },
      'gender',
      '女',
      [],
      columns,
      '2026-11-21',
    );
    expect(row.gender).toBe('男');
    expect(issues[0]).toMatchObject({ code: 'gender-conflict', severity: 'warning' });
  });

  describe('an ID that cannot be recovered (#VALUE!) — issue 8 item 5', () => {
    const lost: ImportedRow = {
      ...base,
      idNumber: null,
      typed: { ...base.typed, idNumber: null },
      raw: { 姓名: '张三', 身份证号: '#VALUE!' },
    };
    const excelError: ImportIssue = { ...checksumIssue, code: 'excel-error', message: '#VALUE!' };

    it('emptying the ID box lets the person in without an ID, with a note saying why', () => {
      const { row, issues } = fixRow(lost, 'idNumber', '', [excelError], columns, '2026-11-21');
      expect(row.hasError).toBe(false);
      expect(row.idNumber).toBeNull();
      expect(issues).toEqual([
        expect.objectContaining({ code: 'id-cleared', severity: 'warning', column: 'C' }),
      ]);
      expect(row.notes).toBe(
        '导入时身份证号单元格为 #VALUE!（Excel 无法计算的值），已留空，请补填。',
      );
    });

    it('typing the right ID replaces the error and the note', () => {
      const cleared = fixRow(lost, 'idNumber', '', [excelError], columns, '2026-11-21');
      const { row, issues } = fixRow(
        cleared.row,
        'idNumber',
        '110101198503150013',
        cleared.issues,
        columns,
        '2026-11-21',
      );
      expect(issues).toEqual([]);
      expect(row.notes).toBeNull();
    });

    it('never writes a wrong ID number into the note', () => {
      const wrong = { ...base, raw: { 身份证号: '110101198503150014' } };
      const { row } = fixRow(wrong, 'idNumber', '', [checksumIssue], columns, '2026-11-21');
      expect(row.notes).toBe('导入时身份证号有误，已留空，请补填。');
      expect(row.hasError).toBe(false);
    });
  });
});
