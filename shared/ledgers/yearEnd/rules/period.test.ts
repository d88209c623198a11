import { describe, expect, it } from 'vitest';
import {
  inPeriod,
  periodError,
  periodText,
  rate,
  statisticsYear,
  statisticsYearOf,
} from './period';

describe('statisticsYear', () => {
  it('is the calendar year when the statistics year starts in January', () => {
    expect(statisticsYear(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(statisticsYear(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('runs 2025-10-01 to 2026-09-30 for the 2026 年报 starting in October', () => {
    expect(statisticsYear(2026, 10)).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });

  it('ends on the last day of the month before the start month, leap years included', () => {
    expect(statisticsYear(2028, 3)).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('falls back to the calendar year for a damaged start month', () => {
    expect(statisticsYear(2026, 0)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('names the statistics year a day falls in by the year it ends in', () => {
    expect(statisticsYearOf('2025-10-01', 10)).toBe(2026);
    expect(statisticsYearOf('2025-09-30', 10)).toBe(2025);
    expect(statisticsYearOf('2025-12-31', 1)).toBe(2025);
  });
});

describe('inPeriod', () => {
  const p = { from: '2026-01-01', to: '2026-12-31' };
  it('includes both ends and excludes empty dates', () => {
    expect(inPeriod('2026-01-01', p)).toBe(true);
    expect(inPeriod('2026-12-31', p)).toBe(true);
    expect(inPeriod('2027-01-01', p)).toBe(false);
    expect(inPeriod('', p)).toBe(false);
    expect(inPeriod(null, p)).toBe(false);
  });
});

describe('periodError', () => {
  it('says which end is wrong, in Chinese', () => {
    expect(periodError({ from: '2026-02-30', to: '2026-12-31' })).toContain('开始日期');
    expect(periodError({ from: '2026-01-01', to: '2026/12/31' })).toContain('结束日期');
    expect(periodError({ from: '2026-12-31', to: '2026-01-01' })).toBe('结束日期不能早于开始日期');
    expect(periodError({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
  });
});

describe('report formats', () => {
  it('writes a period in Chinese and a rate with 4 decimals', () => {
    expect(periodText({ from: '2025-10-01', to: '2026-09-30' })).toBe(
      '2025年10月1日至2026年9月30日',
    );
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(1, 0)).toBe(0);
  });
});
