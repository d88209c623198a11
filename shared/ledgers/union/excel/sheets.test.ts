import { describe, expect, it } from 'vitest';
import { termEndOf, termYears } from './sheets';

describe('任期年数 in the 工会 sheet', () => {
  it('counts a term ending the day before its anniversary as whole years', () => {
    expect(termYears({ termStart: '2023-09-01', termEnd: '2028-08-31' })).toBe(5);
    expect(termYears({ termStart: '2024-03-15', termEnd: '2027-03-14' })).toBe(3);
  });

  it('gives back the last day of a term from its start and length', () => {
    expect(termEndOf('2023-09-01', 5)).toBe('2028-08-31');
    expect(termEndOf('2024-03-01', 4)).toBe('2028-02-29');
  });
});
