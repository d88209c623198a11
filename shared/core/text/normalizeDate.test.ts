import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, parseDateNumber, parseDateText } from './normalizeDate';

const today = '2026-03-01';

/** The serial Excel stores for a date in the 1900 system, computed independently. */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe('excelSerialToIsoDate', () => {
  it('converts serials of the 1900 date system', () => {
    for (const iso of ['1985-03-01', '1968-05-12', '2000-02-29', '2026-12-31']) {
      expect(excelSerialToIsoDate(serialOf(iso))).toBe(iso);
    }
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
  });

  it('refuses the 29 February 1900 that Excel invents', () => {
    expect(excelSerialToIsoDate(60)).toBeNull();
  });

  it('converts serials of the 1904 date system', () => {
    expect(excelSerialToIsoDate(0 + 1, true)).toBe('1904-01-02');
    expect(excelSerialToIsoDate(serialOf('1985-03-01') - 1462, true)).toBe('1985-03-01');
  });

  it('ignores the time of day', () => {
    expect(excelSerialToIsoDate(serialOf('1985-03-01') + 0.75)).toBe('1985-03-01');
  });
});

describe('parseDateText', () => {
  it.each([
    ['1985-3-1', '1985-03-01', 'day'],
    ['1985/03/01', '1985-03-01', 'day'],
    ['1985.03.01', '1985-03-01', 'day'],
    ['19850301', '1985-03-01', 'day'],
    ['1985年3月1日', '1985-03-01', 'day'],
    ['1985-03-01 00:00:00', '1985-03-01', 'day'],
    ['１９８５年３月', '1985-03-01', 'month'],
    ['1985.03', '1985-03-01', 'month'],
    ['1985年3月', '1985-03-01', 'month'],
    ['1985-03', '1985-03-01', 'month'],
    ['198503', '1985-03-01', 'month'],
    ['85.3', '1985-03-01', 'month'],
    ['08.9', '2008-09-01', 'month'],
    ['1985年', '1985-01-01', 'year'],
  ])('reads %j as %s (%s precision)', (typed, date, precision) => {
    expect(parseDateText(typed, { today })).toEqual({ date, precision });
  });

  it('puts two-digit years in this century only when that is not in the future', () => {
    expect(parseDateText('26.2', { today })?.date).toBe('2026-02-01');
    expect(parseDateText('27.2', { today })?.date).toBe('1927-02-01');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    for (const typed of ['1985-02-30', '1985-13-01', '不详', '3/1/85', '1985.031', '']) {
      expect(parseDateText(typed, { today })).toBeNull();
    }
  });
});

describe('parseDateNumber', () => {
  it('reads a date-formatted cell as a serial', () => {
    expect(parseDateNumber(serialOf('1985-03-01'), { formattedAsDate: true, today })).toEqual({
      date: '1985-03-01',
      precision: 'day',
    });
  });

  it('reads numbers people typed as dates', () => {
    expect(parseDateNumber(19850301, { today })).toEqual({ date: '1985-03-01', precision: 'day' });
    expect(parseDateNumber(1985.03, { today })).toEqual({ date: '1985-03-01', precision: 'month' });
    expect(parseDateNumber(1985.12, { today })).toEqual({ date: '1985-12-01', precision: 'month' });
    expect(parseDateNumber(85.3, { today })).toEqual({ date: '1985-03-01', precision: 'month' });
    expect(parseDateNumber(1985, { today })).toEqual({ date: '1985-01-01', precision: 'year' });
  });

  it('takes other numbers as serials, in the workbook’s date system', () => {
    expect(parseDateNumber(serialOf('1985-03-01'), { today })?.date).toBe('1985-03-01');
    expect(parseDateNumber(serialOf('1985-03-01') - 1462, { today, date1904: true })?.date).toBe(
      '1985-03-01',
    );
  });
});
