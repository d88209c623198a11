import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  idCheckChar,
  maskIdNumber,
  maskPersonalNumbers,
  maskPhone,
} from './idNumber';

const TODAY = '2026-11-21';

/** An ID number with the right check character for `first17`. */
const valid = (first17: string) => first17 + idCheckChar(first17);

describe('checkIdNumber', () => {
  it('accepts the GB 11643 example number and derives birth date and gender', () => {
    // The worked example in GB 11643-1999: 11010519491231002X.
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      id18: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: '女',
      converted: false,
    });
  });

  it('reads the sequence digit: odd is 男, even is 女', () => {
    const man = checkIdNumber(valid('33010219850315001'), TODAY);
    const woman = checkIdNumber(valid('33010219850315002'), TODAY);
    expect(man.ok && man.gender).toBe('男');
    expect(woman.ok && woman.gender).toBe('女');
  });

  it('accepts a lower-case x, spaces and full-width digits as typed in spreadsheets', () => {
    const r = checkIdNumber(' １１０１０５１９４９１２３１００２x ', TODAY);
    expect(r.ok && r.id18).toBe('11010519491231002X');
  });

  it('converts an old 15-digit number to 18 digits in the 1900s', () => {
    const r = checkIdNumber('330102850315001', TODAY);
    expect(r).toEqual({
      ok: true,
      id18: valid('33010219850315001'),
      birthDate: '1985-03-15',
      gender: '男',
      converted: true,
    });
  });

  it('says the check digit is wrong when one digit was mistyped', () => {
    const good = valid('33010219850315001');
    const typo = good.slice(0, 10) + (good[10] === '0' ? '1' : '0') + good.slice(11);
    const r = checkIdNumber(typo, TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/id-(checksum|birthdate)/);
    expect(checkIdNumber(good.slice(0, 17) + (good[17] === '0' ? '1' : '0'), TODAY)).toMatchObject({
      ok: false,
      problem: 'id-checksum',
    });
  });

  it('refuses numbers of the wrong length or with letters', () => {
    expect(checkIdNumber('3301021985031500', TODAY)).toMatchObject({
      ok: false,
      problem: 'id-format',
    });
    expect(checkIdNumber('33010219850315001A', TODAY)).toMatchObject({
      ok: false,
      problem: 'id-format',
    });
  });

  it('refuses an unknown province code', () => {
    expect(checkIdNumber(valid('99010219850315001'), TODAY)).toMatchObject({
      ok: false,
      problem: 'id-region',
    });
  });

  it('refuses impossible and future birth dates', () => {
    expect(checkIdNumber(valid('33010219850230001'), TODAY)).toMatchObject({
      ok: false,
      problem: 'id-birthdate',
    });
    expect(checkIdNumber(valid('33010220300101001'), TODAY)).toMatchObject({
      ok: false,
      problem: 'id-birthdate',
    });
    expect(checkIdNumber(valid('33010218890101001'), TODAY)).toMatchObject({
      ok: false,
      problem: 'id-birthdate',
    });
  });

  it('flags a number Excel turned into a float as unrecoverable', () => {
    const r = checkIdNumber('3.30102198503151E+17', TODAY);
    expect(r).toMatchObject({ ok: false, problem: 'id-precision-lost' });
    expect(!r.ok && r.message).toContain('无法恢复');
  });
});

describe('masking', () => {
  it('shows only the first and last four digits of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
  it('shows only the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks ID and mobile numbers inside a sample of an unmapped column', () => {
    expect(maskPersonalNumbers('张三 11010519491231002X，13812345678')).toBe(
      '张三 1101**********002X，138****5678',
    );
    expect(maskPersonalNumbers('110105491231002')).toBe('1101*******1002');
    // Shorter numbers (序号, 工号, 邮编) are left as they are.
    expect(maskPersonalNumbers('1024 310000 20240901')).toBe('1024 310000 20240901');
  });
  it('masks a whole value when its column is read as 身份证号 or 手机号', () => {
    expect(maskPersonalNumbers('3301061988020812X', 'idNumber')).toBe('3301*********812X');
    expect(maskPersonalNumbers('0571-8888 1234', 'phone')).toBe('057******1234');
  });
});
