import { describe, expect, it } from 'vitest';
import {
  attendanceOrder,
  changesToSave,
  keyAction,
  markOf,
  markRest,
  withMark,
  type Edits,
} from './attendanceDraft';
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

describe('attendance draft', () => {
  it('keeps only marks that differ from what is saved', () => {
    const p = line('p1', '出席');
    let edits: Edits = withMark({}, p, { state: '缺席', leaveReason: null });
    expect(changesToSave(edits, [p])).toEqual([
      { participantId: 'p1', state: '缺席', leaveReason: null },
    ]);
    edits = withMark(edits, p, { state: '出席', leaveReason: null });
    expect(changesToSave(edits, [p])).toEqual([]);
  });

  it('treats a new leave reason as a change', () => {
    const p = line('p1', '请假', '病假');
    const edits = withMark({}, p, { state: '请假', leaveReason: '事假' });
    expect(markOf(p, edits)).toEqual({ state: '请假', leaveReason: '事假' });
    expect(changesToSave(edits, [p])).toHaveLength(1);
  });

  it('marks everyone still signed up as present and leaves leave and absence alone', () => {
    const list = [line('p1'), line('p2', '请假', '病假'), line('p3')];
    const edits = markRest(withMark({}, list[2]!, { state: '缺席', leaveReason: null }), list);
    expect(list.map((p) => markOf(p, edits).state)).toEqual(['出席', '请假', '缺席']);
  });

  it('drops marks for lines removed from the list meanwhile', () => {
    const edits = withMark({}, line('gone'), { state: '出席', leaveReason: null });
    expect(changesToSave(edits, [line('p1')])).toEqual([]);
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
