import { describe, expect, it } from 'vitest';
import { newMember } from '../../../shared/ledgers/roster';
import {
  fromFormValues,
  idFacts,
  memberFormWarnings,
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

  it('warns when typed facts disagree with the ID number, and saves the ID’s', () => {
    const v = {
      ...toFormValues(base),
      idNumber: '11010519491231002X',
      birthDate: '1950-01-01',
      gender: '男' as const,
    };
    expect(memberFormWarnings(v)).toEqual({
      birthDate:
        '出生日期填写为“1950-01-01”，与身份证号中的出生日期（1949-12-31）不一致，已按身份证号记录',
      gender: '性别填写为“男”，与身份证号（女）不一致，已按身份证号记为“女”',
    });
    expect(validateMemberForm(v)).toEqual({});
    expect(fromFormValues(v, base)).toMatchObject({ birthDate: '1949-12-31', gender: '女' });
    expect(memberFormWarnings({ ...v, birthDate: '1949-12-31', gender: '女' })).toEqual({});
  });

  it('warns about a phone the importer would flag, without blocking the save', () => {
    const v = { ...toFormValues(base), phone: '88881234' };
    expect(memberFormWarnings(v).phone).toBe(
      '电话号码格式不正确：手机号应为11位，座机号应带区号（如0571-88881234）',
    );
    expect(validateMemberForm(v).phone).toBeUndefined();
  });

  it('refuses a join date before the birth date', () => {
    const v = { ...toFormValues(base), birthDate: '1985-03-15', joinDate: '1980-01-01' };
    expect(validateMemberForm(v).joinDate).toBe('入会时间早于出生日期，请核对');
  });

  it('shows the checker’s Chinese message for an invalid ID number', () => {
    const v = { ...toFormValues(base), idNumber: '110105194912310021' };
    expect(validateMemberForm(v).idNumber).toBe('身份证号校验位不正确，可能有数字录错');
  });

  it('checks the number only for a 居民身份证 and keeps other documents as typed', () => {
    const hk = { ...toFormValues(base), idNumber: 'H12345678', gender: '女' as const };
    expect(validateMemberForm(hk).idNumber).toBe(
      '身份证号应为18位（或旧式15位）数字，最后一位可以是X；如果这是港澳居民来往内地通行证号码，请把证件类型改为“港澳居民来往内地通行证”',
    );
    const typed = { ...hk, idType: '港澳居民来往内地通行证' as const };
    expect(validateMemberForm(typed)).toEqual({});
    expect(memberFormWarnings(typed)).toEqual({});
    expect(fromFormValues(typed, base)).toMatchObject({
      idType: '港澳居民来往内地通行证',
      idNumber: 'H12345678',
      gender: '女',
      birthDate: null,
    });
    expect(idFacts('11010519491231002X', '护照')).toBeNull();
  });

  it('saves 是否会员 and 岗位类别, a 入会时间 making the person a member', () => {
    const staff = { ...toFormValues(base), isMember: false, postCategory: '工勤' };
    expect(fromFormValues(staff, base)).toMatchObject({ isMember: false, postCategory: '工勤' });
    const joined = { ...staff, joinDate: '2020-09-01' };
    expect(memberFormWarnings(joined).isMember).toContain('填有入会时间');
    expect(fromFormValues(joined, base).isMember).toBe(true);
    expect(toFormValues(newMember({ id: 'b', name: '李四' })).isMember).toBe(true);
  });

  it('requires a name', () => {
    expect(validateMemberForm({ ...toFormValues(base), name: ' ' }).name).toBe('请填写姓名');
  });
});
