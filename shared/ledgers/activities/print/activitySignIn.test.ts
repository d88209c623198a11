import { describe, expect, it } from 'vitest';
import type { Participant } from '../rules/activity';
import { rowsInOrder } from '../../../core/print/paginate';
import { signInPeople } from './activitySignIn';
import { buildSignInSheet } from './signInSheet';

const base = { activityId: 'a1', order: 0 } as const;
const members = new Map([
  ['m1', { id: 'm1', name: '张三', department: '语文组', rosterOrder: 1 }],
  ['m2', { id: 'm2', name: '李四', department: '数学组', rosterOrder: 2 }],
]);

describe('signInPeople', () => {
  it('lists members as in the roster, guests under their unit, and those on leave with the reason', () => {
    const participants: Participant[] = [
      { ...base, id: 'p1', memberId: 'm1', state: '报名' },
      { ...base, id: 'p2', memberId: 'm2', state: '请假', leaveReason: '外出培训' },
      {
        ...base,
        id: 'p3',
        memberId: null,
        guestName: '王五',
        guestUnit: '区教育局',
        state: '报名',
        order: 3,
      },
    ];
    const { members: people, leave } = signInPeople(participants, members);
    expect(people.map((p) => [p.name, p.department])).toEqual([
      ['张三', '语文组'],
      ['李四', '数学组'],
      ['王五', '来宾（区教育局）'],
    ]);
    expect(people[2]!.rosterOrder).toBeGreaterThan(2);
    expect(leave).toEqual([
      { memberId: 'm2', name: '李四', reason: '外出培训', department: '数学组' },
    ]);
  });
});

describe('the printed sign-in sheet', () => {
  it('reads 王芳 赵敏 李强 丁一 for a managed department, another department, no department and a guest', () => {
    const roster = new Map([
      ['m1', { id: 'm1', name: '王芳', department: '语文组', rosterOrder: 1 }],
      ['m2', { id: 'm2', name: '赵敏', department: '后勤处', rosterOrder: 2 }],
      ['m3', { id: 'm3', name: '李强', department: null, rosterOrder: 3 }],
    ]);
    const participants: Participant[] = [
      { ...base, id: 'g1', memberId: null, guestName: '丁一', state: '报名', order: 1 },
      { ...base, id: 'p3', memberId: 'm3', state: '报名', order: 2 },
      { ...base, id: 'p2', memberId: 'm2', state: '报名', order: 3 },
      { ...base, id: 'p1', memberId: 'm1', state: '报名', order: 4 },
    ];
    const { members: people, leave } = signInPeople(participants, roster);
    for (const groupBy of ['department', 'none'] as const) {
      const sheet = buildSignInSheet({
        title: '签到表',
        dateText: '',
        place: '',
        unionName: '',
        members: people,
        leave,
        options: { order: 'department', groupBy, groupOrder: ['语文组'], walkInRows: 0 },
      });
      const names = rowsInOrder(sheet).flatMap((r) => (r.kind === 'member' ? [r.name] : []));
      expect(names, groupBy).toEqual(['王芳', '赵敏', '李强', '丁一']);
    }
  });
});
