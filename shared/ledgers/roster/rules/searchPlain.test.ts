import { describe, expect, it } from 'vitest';
import { plainSearch } from './searchPlain';
import { newMember, type Member } from './member';

const person = (id: string, name: string, fields: Partial<Member> = {}) =>
  newMember({ id, name, ...fields }, '2026-01-01T00:00:00.000Z');
const roster = [
  person('a', '张三', { phone: '138 0000 1111' }),
  person('b', '张三丰', { idNumber: '11010119900101123X' }),
  person('c', '李四', { idNumber: '110101199001015678', phone: '13912345678' }),
];
const ids = (q: string) => plainSearch(roster, q)?.map((m) => m.id) ?? null;

describe('the search before the pinyin index is ready', () => {
  it('matches any part of a name, ignoring spaces in the query', () => {
    expect(ids('张三')).toEqual(['a', 'b']);
    expect(ids('三 丰')).toEqual(['b']);
    expect(ids('四')).toEqual(['c']);
  });

  it('matches an ID number by its ending and a phone by any 4 digits', () => {
    expect(ids('123x')).toEqual(['b']);
    expect(ids('１２３Ｘ')).toEqual(['b']);
    expect(ids('5678')).toEqual(['c']);
    expect(ids('0000')).toEqual(['a']);
    expect(ids('1234')).toEqual(['c']);
  });

  it('lists everyone for an empty query or fewer than 4 digits', () => {
    expect(ids('')).toBeNull();
    expect(ids('12')).toBeNull();
  });

  it('finds nobody by pinyin yet (the index brings that)', () => {
    expect(ids('zs')).toEqual([]);
  });
});
