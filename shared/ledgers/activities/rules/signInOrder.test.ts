import { describe, expect, it } from 'vitest';
import type { Participant } from './activity';
import {
  DEFAULT_SIGN_IN_ORDER,
  participantsInSignInOrder,
  signInGroups,
  signInOrder,
  type SignInPerson,
} from './signInOrder';

// 语文组 is a managed department, 后勤处 is not, 李强 has none, 丁一 is a guest.
const members = new Map([
  ['m1', { id: 'm1', name: '王芳', department: '语文组', rosterOrder: 1 }],
  ['m2', { id: 'm2', name: '赵敏', department: '后勤处', rosterOrder: 2 }],
  ['m3', { id: 'm3', name: '李强', department: null, rosterOrder: 3 }],
]);
const line = (id: string, memberId: string | null, order: number): Participant => ({
  id,
  activityId: 'a1',
  memberId,
  state: '报名',
  order,
  ...(memberId === null ? { guestName: '丁一', guestUnit: '区教育局' } : {}),
});
// Listed in an order none of the rules would give.
const participants = [
  line('g1', null, 1),
  line('p3', 'm3', 2),
  line('p2', 'm2', 3),
  line('p1', 'm1', 4),
];
const opts = { ...DEFAULT_SIGN_IN_ORDER, groupOrder: ['语文组', '数学组'] };

describe('sign-in order', () => {
  it('puts managed departments first, then other departments, then no department, and guests last', () => {
    const ordered = participantsInSignInOrder(participants, members, opts);
    expect(ordered.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'g1']);
  });

  it('heads the guests with their own group after 未填部门 when the sheet is grouped', () => {
    const people = participants.map((p): SignInPerson =>
      p.memberId
        ? members.get(p.memberId)!
        : { id: p.id, name: '丁一', department: '来宾（区教育局）', isGuest: true },
    );
    expect(signInGroups(people, opts).map((g) => [g.label, g.members.map((m) => m.name)])).toEqual([
      ['语文组', ['王芳']],
      ['后勤处', ['赵敏']],
      ['未填部门', ['李强']],
      ['来宾', ['丁一']],
    ]);
  });

  it('keeps guests last in every name order, also without groups', () => {
    const people: SignInPerson[] = [
      { id: 'g', name: '丁一', isGuest: true },
      { id: 'a', name: '赵敏', department: '后勤处' },
      { id: 'b', name: '王芳', department: '语文组' },
    ];
    for (const order of ['strokes', 'pinyin', 'department', 'roster'] as const)
      expect(signInOrder(people, { order, groupBy: 'none' }).at(-1)!.name).toBe('丁一');
  });

  it('orders names by the corrected surname strokes inside a department', () => {
    const people: SignInPerson[] = ['周红', '陈刚', '王芳'].map((name, i) => ({
      id: `m${i}`,
      name,
      department: '语文组',
    }));
    // 陈 counts 7 strokes (阝 as 2), before 周 (8).
    expect(signInOrder(people, opts).map((p) => p.name)).toEqual(['王芳', '陈刚', '周红']);
  });

  it('keeps both lines of a member with two entries', () => {
    const two = [line('p1', 'm1', 1), { ...line('p1b', 'm1', 2), entry: '毛笔' }];
    expect(participantsInSignInOrder(two, members, opts).map((p) => p.id)).toEqual(['p1', 'p1b']);
  });
});
