import { describe, expect, it } from 'vitest';
import { addMonths, isRetirementNear, retirementAge, retirementDate } from './retirement';

describe('retirementDate', () => {
  it('keeps the old age of 60 for a man whose 60th birthday came before 2025', () => {
    expect(retirementDate('1964-12-15', '男')).toBe('2024-12-15');
  });

  it('delays a man born in January 1965 by one month', () => {
    expect(retirementAge('1965-01-10', '男')).toEqual({ years: 60, months: 1 });
    expect(retirementDate('1965-01-10', '男')).toBe('2025-02-10');
  });

  it('adds one more month for every four months of birth for men', () => {
    expect(retirementAge('1965-04-01', '男')).toEqual({ years: 60, months: 1 });
    expect(retirementAge('1965-05-01', '男')).toEqual({ years: 60, months: 2 });
    expect(retirementAge('1970-01-01', '男')).toEqual({ years: 61, months: 4 });
  });

  it('stops at 63 for men born from September 1976', () => {
    expect(retirementAge('1976-08-01', '男')).toEqual({ years: 62, months: 11 });
    expect(retirementAge('1976-09-01', '男')).toEqual({ years: 63, months: 0 });
    expect(retirementDate('1990-06-30', '男')).toBe('2053-06-30');
  });

  it('moves a woman cadre from 55 towards 58 at the same pace', () => {
    expect(retirementDate('1969-12-01', '女', '干部')).toBe('2024-12-01');
    expect(retirementAge('1970-01-01', '女', '干部')).toEqual({ years: 55, months: 1 });
    expect(retirementAge('1981-09-01', '女', '干部')).toEqual({ years: 58, months: 0 });
    expect(retirementAge('1981-08-01', '女', '干部')).toEqual({ years: 57, months: 11 });
  });

  it('moves a woman worker from 50 towards 55 by a month for every two months', () => {
    expect(retirementDate('1974-12-20', '女', '工人')).toBe('2024-12-20');
    expect(retirementAge('1975-01-20', '女', '工人')).toEqual({ years: 50, months: 1 });
    expect(retirementAge('1975-03-20', '女', '工人')).toEqual({ years: 50, months: 2 });
    expect(retirementAge('1984-10-01', '女', '工人')).toEqual({ years: 54, months: 11 });
    expect(retirementAge('1984-11-01', '女', '工人')).toEqual({ years: 55, months: 0 });
    expect(retirementAge('1995-02-01', '女', '工人')).toEqual({ years: 55, months: 0 });
  });

  it('treats a woman as a cadre (55) unless told otherwise, as schools do', () => {
    expect(retirementDate('1972-03-05', '女')).toBe(retirementDate('1972-03-05', '女', '干部'));
  });

  it('clamps the day to the end of a shorter retirement month', () => {
    // born 1965-11-30: 60 years 3 months → February, which has no 30th
    expect(retirementDate('1965-11-30', '男')).toBe('2026-02-28');
    expect(retirementDate('1965-05-31', '男')).toBe('2025-07-31');
  });
});

describe('isRetirementNear', () => {
  it('flags a retirement within the horizon and one already overdue', () => {
    expect(isRetirementNear('2026-05-01', '2026-01-15', 6)).toBe(true);
    expect(isRetirementNear('2026-08-01', '2026-01-15', 6)).toBe(false);
    expect(isRetirementNear('2025-12-01', '2026-01-15', 6)).toBe(true);
  });

  it('adds months with the day clamped', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
