import { describe, expect, it } from 'vitest';
import { fitFontPt } from './fitText';

describe('fitFontPt', () => {
  it('keeps the base size for a name that fits the cell', () => {
    expect(fitFontPt('王明华', 22, 12)).toBe(12);
  });

  it('shrinks a long name so it fits instead of being clipped', () => {
    const pt = fitFontPt('阿依古丽·买买提', 22, 12);
    expect(pt).toBeLessThan(12);
    expect(8 * pt * (25.4 / 72)).toBeLessThanOrEqual(22);
  });
});
