import { describe, expect, it } from 'vitest';
import {
  changesToSave,
  keyAction,
  markOf,
  markRest,
  withMark,
  type Edits,
} from './attendanceDraft';
import type { Participant } from '../../shared/ledgers/activities';

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
