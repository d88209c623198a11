import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../../core/ids/idNumber';
import { checkMemberFacts, type TypedMemberFacts } from './memberFacts';

const today = '2026-03-01';
const first17 = '11010119850315001';
const validId = first17 + idCheckChar(first17);

function typed(fields: Partial<TypedMemberFacts>): TypedMemberFacts {
  return {
    idType: null,
    idNumber: null,
    birthDate: null,
    gender: null,
    phone: null,
    joinDate: null,
    isMember: null,
    ...fields,
  };
}

describe('checkMemberFacts', () => {
  it('takes birth date and gender from a valid ID number', () => {
    const { facts, issues, validId: id } = checkMemberFacts(typed({ idNumber: validId }), today);
    expect(facts).toMatchObject({ idNumber: validId, birthDate: '1985-03-15', gender: '男' });
    expect(id).toBe(validId);
    expect(issues).toEqual([]);
  });

  it('accepts a birth date typed to the month when the ID number agrees with it', () => {
    const { issues } = checkMemberFacts(
      typed({ idNumber: validId, birthDate: { date: '1985-03-01', precision: 'month' } }),
      today,
    );
    expect(issues).toEqual([]);
  });

  it('reports a typed birth date and gender the ID number contradicts, keeping the ID’s', () => {
    const { facts, issues } = checkMemberFacts(
      typed({
        idNumber: validId,
        birthDate: { date: '1986-03-15', precision: 'day' },
        gender: '女',
      }),
      today,
    );
    expect(facts).toMatchObject({ birthDate: '1985-03-15', gender: '男' });
    expect(issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ['birthDate', 'birthdate-conflict', 'warning'],
      ['gender', 'gender-conflict', 'warning'],
    ]);
    expect(issues[0]!.message).toBe(
      '出生日期填写为“1986-03-15”，与身份证号中的出生日期（1985-03-15）不一致，已按身份证号记录',
    );
  });

  it('keeps a wrong ID number as typed with an error, and the typed birth date', () => {
    const {
      facts,
      issues,
      validId: id,
    } = checkMemberFacts(
      typed({
        idNumber: ' 110101198503150019 ',
        birthDate: { date: '1985-03-01', precision: 'month' },
      }),
      today,
    );
    expect(facts.idNumber).toBe('110101198503150019');
    expect(facts.birthDate).toBe('1985-03-01');
    expect(id).toBeNull();
    expect(issues).toEqual([
      {
        field: 'idNumber',
        code: 'id-checksum',
        message: '身份证号校验位不正确，可能有数字录错',
        severity: 'error',
      },
    ]);
  });

  it('says the digits are gone when Excel stored the ID number as a number', () => {
    const { facts, issues } = checkMemberFacts(typed({ idNumberLost: true }), today);
    expect(facts.idNumber).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['id-precision-lost']);
  });

  it('stores phones in one form and flags a landline without its area code', () => {
    expect(checkMemberFacts(typed({ phone: '+86 138-0000-1234' }), today).facts.phone).toBe(
      '13800001234',
    );
    const { facts, issues } = checkMemberFacts(typed({ phone: '88881234' }), today);
    expect(facts.phone).toBe('88881234');
    expect(issues).toEqual([
      expect.objectContaining({ field: 'phone', code: 'phone-format', severity: 'warning' }),
    ]);
  });

  it('refuses a join date before the birth date the ID number gives', () => {
    const { issues } = checkMemberFacts(
      typed({ idNumber: validId, joinDate: '1980-09-01' }),
      today,
    );
    expect(issues).toEqual([
      expect.objectContaining({ field: 'joinDate', code: 'join-before-birth', severity: 'error' }),
    ]);
  });
});
