import { describe, expect, it } from 'vitest';
import { parseGender } from './normalizeGender';

describe('parseGender', () => {
  it.each([
    ['男', '男'],
    ['男性', '男'],
    [' M ', '男'],
    ['male', '男'],
    ['1', '男'],
    ['女', '女'],
    ['女性', '女'],
    ['f', '女'],
    ['Female', '女'],
    ['2', '女'],
  ])('reads %j as %s', (typed, gender) => {
    expect(parseGender(typed)).toEqual({ ok: true, gender });
  });

  it('refuses 0 and other codes whose meaning differs between units', () => {
    expect(parseGender('0')).toEqual({ ok: false });
    expect(parseGender('9')).toEqual({ ok: false });
    expect(parseGender('未知')).toEqual({ ok: false });
  });
});
