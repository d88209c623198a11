import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../core/excel/sheetGrid';
import { readCell } from './readCell';

const cell = (value: string | number, isDate = false): GridCell => ({
  value,
  text: String(value),
  isDate,
  merged: false,
});
const opts = { date1904: false, today: '2026-11-21' };

describe('reading a 年度台账 cell by its column kind', () => {
  it('reads money in 元 as integer 分 and refuses a third decimal', () => {
    expect(readCell('money', cell(1200.5), opts)).toEqual({ ok: true, value: 120050 });
    expect(readCell('money', cell('1,200.50元'), opts)).toEqual({ ok: true, value: 120050 });
    expect(readCell('money', cell(0.1 + 0.2), opts)).toEqual({ ok: true, value: 30 });
    expect(readCell('money', cell('12.345'), opts)).toMatchObject({ ok: false });
  });

  it('reads dates typed as 2026.3.8 or stored as date cells', () => {
    expect(readCell('date', cell('2026.3.8'), opts)).toEqual({ ok: true, value: '2026-03-08' });
    expect(readCell('date', cell(46089, true), opts)).toEqual({ ok: true, value: '2026-03-08' });
    expect(readCell('date', cell('三月八日'), opts)).toMatchObject({ ok: false });
  });

  it('keeps text as typed, full-width punctuation included', () => {
    expect(readCell('text', cell(' 项目：拔河，跳绳 '), opts)).toEqual({
      ok: true,
      value: '项目：拔河，跳绳',
    });
  });

  it('reads 是/否 flags and says so when it cannot', () => {
    expect(readCell('flag', cell('是'), opts)).toEqual({ ok: true, value: true });
    expect(readCell('flag', cell('否'), opts)).toEqual({ ok: true, value: false });
    expect(readCell('flag', cell('也许'), opts)).toMatchObject({ ok: false });
  });

  it('refuses a cell holding an Excel error value, saying an ID may have ended in X', () => {
    const error: GridCell = { value: '', text: '', isDate: false, merged: false, error: '#VALUE!' };
    const id = readCell('id', error, opts);
    expect(id).toMatchObject({ ok: false, message: expect.stringMatching(/“#VALUE!”.*X/) });
    expect(readCell('money', { ...error, error: '#REF!' }, opts)).toMatchObject({
      ok: false,
      message: expect.stringContaining('公式出错或被破坏'),
    });
  });
});
