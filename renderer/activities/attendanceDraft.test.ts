import { describe, expect, it } from 'vitest';
import {
  attendanceOrder,
  keyAction,
  sameMark,
  storedMark,
  toAttendanceChanges,
  type Mark,
} from './attendanceDraft';
import { MarkingController } from '../app/useMarkingList.store';
import type { Participant } from '../../shared/ledgers/activities';
import type { RosterChoices } from '../../shared/ledgers/activities';

const line = (
  id: string,
  state: Participant['state'] = '报名',
  leaveReason: string | null = null,
): Participant => ({
  id,
  activityId: 'a',
  memberId: id,
  state,
  leaveReason,
  order: 0,
});

const controller = (rows: Participant[]) => {
  const c = new MarkingController<Participant, Mark>({
    keyOf: (p) => p.id,
    stored: storedMark,
    same: sameMark,
  });
  c.rows = rows;
  return c;
};

describe('attendance draft', () => {
  it('keeps only marks that differ from what is saved', () => {
    const p = line('p1', '出席');
    const c = controller([p]);
    c.mark(0, { state: '缺席', leaveReason: null });
    expect(toAttendanceChanges(c.changes())).toEqual([
      { participantId: 'p1', state: '缺席', leaveReason: null },
    ]);
    c.mark(0, { state: '出席', leaveReason: null });
    expect(c.changes()).toEqual([]);
    expect(c.isChanged(p)).toBe(false);
  });

  it('treats a new leave reason as a change, but not a reason on a line not on leave', () => {
    const p = line('p1', '请假', '病假');
    const c = controller([p, line('p2', '出席')]);
    c.mark(0, { state: '请假', leaveReason: '事假' });
    expect(c.markOf(p)).toEqual({ state: '请假', leaveReason: '事假' });
    expect(c.changes()).toHaveLength(1);
    expect(
      sameMark({ state: '出席', leaveReason: 'x' }, { state: '出席', leaveReason: null }),
    ).toBe(true);
  });

  it('drops marks for lines removed from the list meanwhile', () => {
    const c = controller([line('gone'), line('p1')]);
    c.mark(0, { state: '出席', leaveReason: null });
    c.rows = [line('p1')];
    expect(c.changes()).toEqual([]);
  });

  it('maps 1 and Space to 出席, 2 to 请假, 3 to 缺席, arrows to moves and Backspace to clearing', () => {
    expect(keyAction(' ')).toEqual({ kind: 'mark', state: '出席' });
    expect(keyAction('1')).toEqual({ kind: 'mark', state: '出席' });
    expect(keyAction('2')).toEqual({ kind: 'mark', state: '请假' });
    expect(keyAction('3')).toEqual({ kind: 'mark', state: '缺席' });
    expect(keyAction('ArrowUp')).toEqual({ kind: 'move', by: -1 });
    expect(keyAction('Backspace')).toEqual({ kind: 'clear' });
    expect(keyAction('x')).toBeNull();
  });
});

describe('attendance order', () => {
  const membersById = new Map([
    ['m1', { id: 'm1', name: '王芳', department: '语文组', rosterOrder: 1 }],
    ['m2', { id: 'm2', name: '赵敏', department: '后勤处', rosterOrder: 2 }],
    ['m3', { id: 'm3', name: '李强', department: null, rosterOrder: 3 }],
  ]) as unknown as RosterChoices['membersById'];
  const roster = { membersById, departments: ['语文组', '后勤处'], unionGroups: [] };
  const guest: Participant = { ...line('g1'), memberId: null, guestName: '丁一' };
  const list = [guest, line('m3'), line('m2'), line('m1')];
  const names = (ps: Participant[]) =>
    ps.map((p) => (p.memberId ? membersById.get(p.memberId)!.name : p.guestName));

  it('numbers the lines as the printed sheet reads: 王芳 赵敏 李强 丁一', () => {
    // 后勤处 is not a managed department here: it is only found on a member.
    const managed = { ...roster, departments: ['语文组'] };
    expect(
      names(attendanceOrder(list, managed, { order: 'department', groupBy: 'department' })),
    ).toEqual(['王芳', '赵敏', '李强', '丁一']);
  });

  it('follows the order the chair chose for the sheet', () => {
    expect(names(attendanceOrder(list, roster, { order: 'pinyin', groupBy: 'none' }))).toEqual([
      '李强',
      '王芳',
      '赵敏',
      '丁一',
    ]);
  });
});
