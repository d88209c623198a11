import { describe, expect, it } from 'vitest';
import { changeText, compareFigures, previousPeriod } from './compare';
import type { Figure } from '../../types';

const fig = (key: string, value: number | string, unit: string): Figure => ({
  key,
  label: key,
  value,
  unit,
  definition: '',
  table: 'members',
  recordIds: [],
});

describe('年度统计 beside last year', () => {
  it('compares with the same period a year earlier: an October statistics year, a leap day', () => {
    expect(previousPeriod({ from: '2025-10-01', to: '2026-09-30' })).toEqual({
      from: '2024-10-01',
      to: '2025-09-30',
    });
    expect(previousPeriod({ from: '2028-01-01', to: '2028-02-29' })).toEqual({
      from: '2027-01-01',
      to: '2027-02-28',
    });
  });

  it('counts as counts, money in 分 (no float error), rates in percentage points', () => {
    expect(changeText(76, 73, '人')).toBe('+3');
    expect(changeText(5, 6, '次')).toBe('−1');
    expect(changeText(4, 4, '次')).toBe('持平');
    expect(changeText('0.30', '0.10', '元')).toBe('+0.20');
    expect(changeText('1,200.00', '1,320.50', '元')).toBe('−120.50');
    expect(changeText(0.9737, 0.9487, '')).toBe('+2.50个百分点');
    expect(changeText('12', '—', '')).toBeNull();
  });

  it('pairs figures by key and leaves out those last year did not have', () => {
    const now = [fig('members.total', 80, '人'), fig('care.total', '5140.00', '元')];
    const before = [fig('members.total', 77, '人')];
    const c = compareFigures(now, before);
    expect(c.get('members.total')).toEqual({ before: 77, change: '+3' });
    expect(c.has('care.total')).toBe(false);
  });

  it("gives a register kept without history no 上年, instead of today's count twice", () => {
    const now = [{ ...fig('township.unions', 12, '个'), asOfToday: true as const }];
    const before = [{ ...fig('township.unions', 12, '个'), asOfToday: true as const }];
    expect(compareFigures(now, before).has('township.unions')).toBe(false);
  });
});
