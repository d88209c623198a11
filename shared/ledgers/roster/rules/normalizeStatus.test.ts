import { describe, expect, it } from 'vitest';
import { parseEmploymentType, parseMemberStatus, statusFromSheetName } from './normalizeStatus';

describe('parseMemberStatus', () => {
  it.each([
    ['在职', '在职'],
    ['在岗', '在职'],
    ['退休', '退休'],
    ['离休', '退休'],
    ['离退休人员', '退休'],
    ['调出', '调出'],
    ['调离', '调出'],
    ['退会', '退会'],
    ['去世', '去世'],
    ['已故', '去世'],
  ])('reads %s as %s', (typed, status) => {
    expect(parseMemberStatus(typed)).toBe(status);
  });

  it('gives null for a word it does not know', () => {
    expect(parseMemberStatus('借调')).toBeNull();
  });
});

describe('statusFromSheetName', () => {
  it('reads the status from sheets named after it', () => {
    expect(statusFromSheetName('在职')).toBe('在职');
    expect(statusFromSheetName('在职人员')).toBe('在职');
    expect(statusFromSheetName('退休')).toBe('退休');
    expect(statusFromSheetName('退休人员')).toBe('退休');
    expect(statusFromSheetName('离退休')).toBe('退休');
  });

  it('gives null for other sheet names', () => {
    expect(statusFromSheetName('Sheet1')).toBeNull();
    expect(statusFromSheetName('花名册')).toBeNull();
  });
});

describe('parseEmploymentType', () => {
  it('maps the usual words to the app’s employment types', () => {
    expect(parseEmploymentType('在编')).toBe('在编');
    expect(parseEmploymentType('事业编制')).toBe('在编');
    expect(parseEmploymentType('非在编')).toBe('聘用');
    expect(parseEmploymentType('合同制')).toBe('聘用');
    expect(parseEmploymentType('劳务派遣')).toBe('劳务派遣');
    expect(parseEmploymentType('实习')).toBe('其他');
    expect(parseEmploymentType(' ')).toBeNull();
  });
});
