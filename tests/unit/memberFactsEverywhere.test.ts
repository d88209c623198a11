import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../shared/core/ids/idNumber';
import { readRoster } from '../../shared/ledgers/roster/import/readRoster';
import { fixRow } from '../../shared/ledgers/roster/import/fixRow';
import type { ImportIssue } from '../../shared/ledgers/roster/import/types';
import { newMember } from '../../shared/ledgers/roster/rules/member';
import {
  checkFormFacts,
  fromFormValues,
  toFormValues,
  validateMemberForm,
} from '../../renderer/roster/MemberForm/memberFormValues';

/*
 * The member-facts check has one home (shared/ledgers/roster/rules/memberFacts.ts): the
 * roster reader, the import preview's row fix and the member form give the same values and
 * the same messages for the same facts.
 */

const today = '2026-03-01';
const first17 = '11010119850315001';
const goodId = first17 + idCheckChar(first17);
const badId = first17 + (idCheckChar(first17) === '0' ? '1' : '0');

function readOne(typed: Record<string, string>) {
  const cells: Record<string, string> = { 部门: '语文组', 工会小组: '第一小组', ...typed };
  const headers = Object.keys(cells);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([headers, headers.map((h) => cells[h])]),
    'Sheet1',
  );
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const result = readRoster(bytes, '花名册.xlsx', { today });
  return { result, row: result.rows[0]!, issues: result.issues };
}

const factsOf = (issues: readonly ImportIssue[]) =>
  issues.map((i) => ({ field: i.field, code: i.code, message: i.message, severity: i.severity }));

function formIssues(fields: {
  idNumber: string;
  birthDate: string | null;
  gender: '男' | '女' | null;
  phone: string;
}) {
  const v = { ...toFormValues(newMember({ id: 'x', name: '张三' })), ...fields };
  return checkFormFacts(v, today).issues.map((i) => ({ ...i }));
}

describe('one member-facts check for the reader, the preview fix and the form', () => {
  it('gives the same issues for the same facts wherever they are typed', () => {
    const typed = {
      idNumber: goodId,
      birthDate: '1986-01-02',
      gender: '女' as const,
      phone: '88881234',
    };
    const read = readOne({
      姓名: '张三',
      身份证号: typed.idNumber,
      出生日期: typed.birthDate,
      性别: typed.gender,
      手机号: typed.phone,
    });
    const form = formIssues(typed);
    expect(factsOf(read.issues)).toEqual(form);
    expect(form.map((i) => i.code)).toEqual([
      'birthdate-conflict',
      'gender-conflict',
      'phone-format',
    ]);

    // The same row read with a wrong ID, then fixed in the preview: the same issues again.
    const wrong = readOne({
      姓名: '张三',
      身份证号: badId,
      出生日期: typed.birthDate,
      性别: typed.gender,
      手机号: typed.phone,
    });
    const fixed = fixRow(wrong.row, 'idNumber', goodId, wrong.issues, wrong.result.columns, today);
    expect(factsOf(fixed.issues)).toEqual(form);
    expect(fixed.issues.map((i) => i.column)).toEqual(read.issues.map((i) => i.column));
    expect(fixed.row).toMatchObject({
      idNumber: read.row.idNumber,
      birthDate: '1985-03-15',
      gender: '男',
      phone: '88881234',
    });
  });

  it('raises no birth-date conflict when fixing the ID of a row whose birth month agrees', () => {
    // 出生日期 typed to the month (1985.03): the reader accepts it with the right ID …
    const right = readOne({ 姓名: '张三', 身份证号: goodId, 出生日期: '1985.03' });
    expect(right.issues).toEqual([]);
    // … so fixing a wrong ID to the right one must not call it a conflict.
    const wrong = readOne({ 姓名: '张三', 身份证号: badId, 出生日期: '1985.03' });
    expect(wrong.issues.map((i) => i.code)).toEqual(['id-checksum']);
    const fixed = fixRow(wrong.row, 'idNumber', goodId, wrong.issues, wrong.result.columns, today);
    expect(fixed.issues).toEqual([]);
    expect(fixed.row.hasError).toBe(false);
    expect(fixed.row.birthDate).toBe('1985-03-15');
  });

  it('treats a phone the importer flags the same way in the form', () => {
    const read = readOne({ 姓名: '张三', 手机号: '12345678' });
    expect(read.issues.map((i) => i.code)).toEqual(['phone-format']);
    const v = { ...toFormValues(newMember({ id: 'x', name: '张三' })), phone: '12345678' };
    expect(checkFormFacts(v, today).issues.map((i) => i.message)).toEqual(
      read.issues.map((i) => i.message),
    );
    // A phone the importer normalises is saved the same way from the form.
    const typed = { ...v, phone: '+86 138-0000-1234' };
    expect(validateMemberForm(typed).phone).toBeUndefined();
    expect(fromFormValues(typed, newMember({ id: 'x', name: '张三' })).phone).toBe(
      readOne({ 姓名: '张三', 手机号: '+86 138-0000-1234' }).row.phone,
    );
  });
});
