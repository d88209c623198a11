import { describe, expect, it } from 'vitest';
import { newMember, type Member } from './member';
import { buildSearchIndex } from './namePinyin';
import { sortMembers } from './ordering';

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

describe('the roster screen sort', () => {
  it('orders 姓氏笔画 by the corrected stroke count, as the printed lists do', () => {
    // 规范 counts: 陈 7 before 周/林 8; 郑 8 before 赵 9; 黄 11 before 韩 12. ICU's raw
    // stroke collation (阝 as 3, 黄 as 12) gives the opposite of each pair.
    const pairs = [
      ['陈', '周'],
      ['陈', '林'],
      ['郑', '赵'],
      ['黄', '韩'],
    ];
    for (const [before, after] of pairs) {
      const people = [m(`${after!}一`, 1), m(`${before!}二`, 2)];
      expect(names(sortMembers(people, 'strokes'))).toEqual([`${before!}二`, `${after!}一`]);
    }
  });

  it('orders by surname strokes, fewest first', () => {
    // 丁 2, 王 4, 李 7, 张 7, 曾 12 strokes
    const sorted = names(sortMembers(roster, 'strokes'));
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
    expect(names(sortMembers([...roster].reverse(), 'roster'))).toEqual(names(roster));
  });
});
