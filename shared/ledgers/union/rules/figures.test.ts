import { describe, expect, it } from 'vitest';
import { SAMPLE_YEAR, YEAR_2026 } from '../../yearEnd/rules/sampleYear';
import { honourInPeriod, unionFigures } from './figures';

describe('unionFigures', () => {
  it('counts honours dated in the period, and undated ones of the year the period ends in', () => {
    const [f] = unionFigures(YEAR_2026, SAMPLE_YEAR);
    expect(f).toMatchObject({ key: 'honours.count', value: 2, unit: '项', table: 'honours' });
    expect(f!.recordIds).toEqual(['h-1', 'h-2']);
  });

  it('puts an undated honour in one statistics year only', () => {
    const h = { year: 2026, date: null };
    expect(honourInPeriod(h, { from: '2025-10-01', to: '2026-09-30' })).toBe(true);
    expect(honourInPeriod(h, { from: '2026-10-01', to: '2027-09-30' })).toBe(false);
  });
});
