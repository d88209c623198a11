import { describe, expect, it } from 'vitest';
import { newMember } from '../../../shared/ledgers/roster';
import {
  fromFormValues,
  idConflicts,
  idFacts,
  toFormValues,
  validateMemberForm,
} from './memberFormValues';

const base = newMember({ id: 'a', name: '张三', department: '语文组' }, '2026-01-01T00:00:00.000Z');

describe('member form values', () => {
  it('round-trips a member and stores blank text as null', () => {
    const v = { ...toFormValues(base), ethnicity: '  ', phone: ' 138 1234 5678 ', hardship: true };
    const m = fromFormValues(v, base);
    expect(m.ethnicity).toBeNull();
    expect(m.phone).toBe('13812345678');
    expect(m.flags).toEqual({ hardship: true });
    expect(m.department).toBe('语文组');
    expect(fromFormValues(toFormValues(base), base)).toEqual(base);
  });

  it('derives birth date and gender from a valid ID number', () => {
    expect(idFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: '女' });
    expect(idFacts('110105194912310021')).toBeNull();
  });

  it('warns when typed facts disagree with the ID number', () => {
    expect(
      idConflicts({ idNumber: '11010519491231002X', birthDate: '1950-01-01', gender: '男' }),
    ).toEqual({
      birthDate: '与身份证号中的出生日期（1949-12-31）不一致',
      gender: '与身份证号显示的性别（女）不一致',
    });
    expect(
      idConflicts({ idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: '女' }),
    ).toEqual({});
  });

  it('shows the checker’s Chinese message for an invalid ID number', () => {
    const v = { ...toFormValues(base), idNumber: '110105194912310021' };
    expect(validateMemberForm(v).idNumber).toBe('身份证号校验位不正确，可能有数字录错');
  });

  it('requires a name', () => {
    expect(validateMemberForm({ ...toFormValues(base), name: ' ' }).name).toBe('请填写姓名');
  });
});
