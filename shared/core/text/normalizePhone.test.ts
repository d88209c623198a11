import { describe, expect, it } from 'vitest';
import { parsePhone } from './normalizePhone';

describe('parsePhone', () => {
  it.each([
    '13800001234',
    '138 0000 1234',
    '138-0000-1234',
    '+86 138 0000 1234',
    '0086-13800001234',
    '８６１３８００００１２３４',
    '１３８００００１２３４',
  ])('reads mobile %j as 11 digits', (typed) => {
    expect(parsePhone(typed)).toEqual({ ok: true, phone: '13800001234', kind: 'mobile' });
  });

  it.each([
    ['0571-88881234', '0571-88881234'],
    ['(0571)8888 1234', '0571-88881234'],
    ['（010）6666-1234', '010-66661234'],
    ['057188881234', '0571-88881234'],
    ['+86 571 8888 1234', '0571-88881234'],
    ['0571-88881234转123', '0571-88881234-123'],
  ])('reads landline %j as %s', (typed, phone) => {
    expect(parsePhone(typed)).toEqual({ ok: true, phone, kind: 'landline' });
  });

  it('refuses numbers that are neither a mobile nor a landline with area code', () => {
    for (const typed of ['88881234', '1380000123', '0571-8888', '12345678901', '无']) {
      expect(parsePhone(typed).ok).toBe(false);
    }
  });

  it('keeps the cleaned text of a number it cannot read', () => {
    expect(parsePhone(' 0571-8888 ')).toEqual({ ok: false, phone: '0571-8888' });
  });
});
