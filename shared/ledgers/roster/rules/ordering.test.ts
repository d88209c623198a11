import { describe, expect, it } from 'vitest';
import { groupMembers } from './grouping';
import { sortMembers, type PrintableMember } from './ordering';

const m = (name: string, extra: Partial<PrintableMember> = {}, i = 0): PrintableMember => ({
  id: name,
  name,
  rosterOrder: i,
  ...extra,
});

describe('sortMembers', () => {
  const people = [
    m('张三', { department: '语文组' }, 0),
    m('王五', { department: '数学组' }, 1),
    m('刘六', { department: '语文组' }, 2),
    m('李四', { department: null }, 3),
  ];

  it('keeps the roster order when asked', () => {
    expect(sortMembers([...people].reverse(), 'roster').map((p) => p.name)).toEqual([
      '张三',
      '王五',
      '刘六',
      '李四',
    ]);
  });

  it('orders by department in the managed list order, then by strokes, members without a department last', () => {
    const sorted = sortMembers(people, 'department', { departmentOrder: ['语文组', '数学组'] });
    expect(sorted.map((p) => p.name)).toEqual(['刘六', '张三', '王五', '李四']);
  });
});

describe('groupMembers', () => {
  const people = [
    m('张三', { unionGroup: '第二小组' }),
    m('王五', { unionGroup: '第一小组' }),
    m('刘六', { unionGroup: '第二小组' }),
    m('李四', { unionGroup: '' }),
    m('丁一', { unionGroup: '后勤小组' }),
  ];

  it('lists groups in the managed order, unlisted groups by strokes, then the ungrouped', () => {
    const groups = groupMembers(people, 'unionGroup', {
      order: 'strokes',
      groupOrder: ['第一小组', '第二小组'],
    });
    expect(groups.map((g) => g.label)).toEqual(['第一小组', '第二小组', '后勤小组', '未分小组']);
    expect(groups[1]?.members.map((p) => p.name)).toEqual(['刘六', '张三']);
  });

  it('puts every member in exactly one group', () => {
    const groups = groupMembers(people, 'unionGroup', { order: 'pinyin' });
    expect(groups.flatMap((g) => g.members.map((p) => p.id)).sort()).toEqual(
      people.map((p) => p.id).sort(),
    );
  });
});

describe('pinyin order on paper', () => {
  it('reads surnames as surnames, as the roster screen does: 单 is shan, 曾 is zeng', () => {
    const people = [m('单芳', {}, 0), m('李四', {}, 1), m('曾丽', {}, 2), m('陈刚', {}, 3)];
    const [group] = groupMembers(people, 'none', { order: 'pinyin' });
    expect(group!.members.map((p) => p.name)).toEqual(['陈刚', '李四', '单芳', '曾丽']);
  });
});
