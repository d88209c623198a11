import { describe, expect, it } from 'vitest';
import { newMember, type Member } from './member';
import { buildSearchIndex } from './rosterSearch';
import { sortMembers } from './rosterSort';

function m(name: string, rosterOrder: number, fields: Partial<Member> = {}): Member {
  return newMember({ id: name, name, rosterOrder, ...fields }, '2026-01-01T00:00:00.000Z');
}

const roster = [
  m('王五', 1, { department: '数学组', joinDate: '2010-09-01' }),
  m('丁一', 2, { department: '语文组', joinDate: null }),
  m('张三', 3, { department: null, joinDate: '1998-09-01' }),
  m('曾丽', 4, { department: '语文组', joinDate: '2005-09-01' }),
  m('李四', 5, { department: '数学组', joinDate: '2010-09-01' }),
];
const names = (list: Member[]) => list.map((x) => x.name);

describe('sortMembers', () => {
  it('orders by surname strokes, fewest first', () => {
    // 丁 2, 王 4, 李 7, 张 7, 曾 12 strokes
    const sorted = names(sortMembers(roster, 'stroke'));
    expect(sorted[0]).toBe('丁一');
    expect(sorted[1]).toBe('王五');
    expect(sorted[sorted.length - 1]).toBe('曾丽');
  });

  it('orders by pinyin reading 曾 as a surname (zeng, not ceng)', () => {
    const index = buildSearchIndex(roster);
    expect(names(sortMembers(roster, 'pinyin', { pinyinById: index.pinyinById }))).toEqual([
      '丁一',
      '李四',
      '王五',
      '曾丽',
      '张三',
    ]);
  });

  it('orders by the managed department list, members without a department last', () => {
    expect(
      names(sortMembers(roster, 'department', { departmentOrder: ['语文组', '数学组'] })),
    ).toEqual(['丁一', '曾丽', '王五', '李四', '张三']);
  });

  it('orders by join date, unknown dates last, ties in roster order', () => {
    expect(names(sortMembers(roster, 'joinDate'))).toEqual([
      '张三',
      '曾丽',
      '王五',
      '李四',
      '丁一',
    ]);
  });

  it('keeps the roster order as the chair entered it', () => {
    expect(names(sortMembers([...roster].reverse(), 'rosterOrder'))).toEqual(names(roster));
  });
});
