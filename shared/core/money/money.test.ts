import { describe, expect, it } from 'vitest';
import {
  addYuan,
  formatCents,
  formatCentsAmount,
  formatYuan,
  isWholeCents,
  yuanToCents,
} from './money';

describe('money', () => {
  it('formats 分 as 「1,234.50元」', () => {
    expect(formatCents(123450)).toBe('1,234.50元');
    expect(formatCents(5)).toBe('0.05元');
    expect(formatCents(100_000_000)).toBe('1,000,000.00元');
    expect(formatCents(-2050)).toBe('-20.50元');
  });

  it('formats a stored 元 amount to the 分, with 「—」 for none', () => {
    expect(formatYuan(2680)).toBe('2,680.00');
    expect(formatYuan(1320.5, { unit: true })).toBe('1,320.50元');
    expect(formatYuan(null)).toBe('—');
    expect(formatCentsAmount(0)).toBe('0.00');
  });

  it('converts 元 to whole 分 without float error', () => {
    expect(yuanToCents(0.29)).toBe(29);
    expect(yuanToCents(1234.5)).toBe(123450);
  });

  it('adds 元 in 分, so ten 0.10 元 make exactly 1 元', () => {
    expect(addYuan(...Array.from({ length: 10 }, () => 0.1))).toBe(1);
    expect(addYuan(0.1, 0.2)).toBe(0.3);
    expect(addYuan(12.5, null, undefined, 7.25)).toBe(19.75);
  });

  it('tells amounts to the 分 from finer ones', () => {
    expect(isWholeCents(12.34)).toBe(true);
    expect(isWholeCents(12.345)).toBe(false);
    expect(isWholeCents(Number.NaN)).toBe(false);
  });
});
