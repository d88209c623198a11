import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETIREMENT_PREFERENCE,
  memberRetirementAge,
  memberRetirementDate,
  readRetirementPreference,
} from './retirementPreference';

const woman = { birthDate: '1975-06-15', gender: '女' as const, retirementCategory: null };

describe('the roster screen retirement preference', () => {
  it('looks 12 months ahead and treats women as 干部/教师 (55) unless told otherwise', () => {
    expect(DEFAULT_RETIREMENT_PREFERENCE).toEqual({ withinMonths: 12, femaleCategory: '干部' });
  });

  it('reads a stored preference, falling back part by part when it is damaged', () => {
    expect(readRetirementPreference({ withinMonths: 6, femaleCategory: '工人' })).toEqual({
      withinMonths: 6,
      femaleCategory: '工人',
    });
    expect(readRetirementPreference({ withinMonths: '6', femaleCategory: '教师' })).toEqual(
      DEFAULT_RETIREMENT_PREFERENCE,
    );
    expect(readRetirementPreference(null)).toEqual(DEFAULT_RETIREMENT_PREFERENCE);
  });

  it('applies the default category only to women without their own', () => {
    // Born 1975-06: originally 55 in 2030-06 as 干部 (+17 months), 50 in 2025-06 as 工人 (+3).
    expect(memberRetirementAge(woman, '干部')).toEqual({ years: 56, months: 5 });
    expect(memberRetirementAge(woman, '工人')).toEqual({ years: 50, months: 3 });
    expect(memberRetirementDate({ ...woman, retirementCategory: '工人' }, '干部')).toBe(
      memberRetirementDate(woman, '工人'),
    );
    expect(memberRetirementDate({ ...woman, birthDate: null }, '干部')).toBeNull();
  });
});
