import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, nextDocumentNumber, parseDocumentNumber } from './documentNumber';

describe('文号', () => {
  it('writes the year in hexagonal brackets without leading zeros', () => {
    expect(formatDocumentNumber('一中工', 2026, 3)).toBe('一中工〔2026〕3号');
  });

  it('numbers afresh each year and per prefix', () => {
    const register = [
      { year: 2025, seq: 11, prefix: '一中工' },
      { year: 2026, seq: 1, prefix: '一中工' },
      { year: 2026, seq: 2, prefix: '一中工' },
      { year: 2026, seq: 9, prefix: '一中工会' },
    ];
    expect(nextDocumentNumber(register, 2026, '一中工').number).toBe('一中工〔2026〕3号');
    expect(nextDocumentNumber(register, 2027, '一中工')).toMatchObject({
      seq: 1,
      number: '一中工〔2027〕1号',
    });
  });

  it('continues after the highest number even when a number was skipped', () => {
    expect(
      nextDocumentNumber(
        [
          { year: 2026, seq: 5, prefix: 'X工' },
          { year: 2026, seq: 2, prefix: 'X工' },
        ],
        2026,
        'X工',
      ).seq,
    ).toBe(6);
  });

  it('reads back numbers typed with square or lenticular brackets, a 第 or leading zeros', () => {
    expect(parseDocumentNumber('一中工[2026]03号')?.number).toBe('一中工〔2026〕3号');
    expect(parseDocumentNumber('一中工【2026】第3号')).toMatchObject({
      prefix: '一中工',
      year: 2026,
      seq: 3,
    });
    expect(parseDocumentNumber('2026年3号')).toBeNull();
  });
});
