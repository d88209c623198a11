import { describe, expect, it } from 'vitest';
import {
  countAttendance,
  formatRate,
  participationsOfMember,
  summariseByYearAndKind,
  totalsOf,
} from './activityStats';
import {
  emptyActivityDraft,
  toActivity,
  type Activity,
  type AttendanceState,
  type Participant,
} from './activity';

function activity(
  id: string,
  kindId: string,
  startDate: string,
  actualCost: number | null = null,
): Activity {
  return toActivity(
    { ...emptyActivityDraft(kindId), title: id, startDate, actualCost },
    { id, createdAt: 't', updatedAt: 't' },
  );
}

function line(
  activityId: string,
  memberId: string | null,
  state: AttendanceState,
  order = 0,
): Participant {
  return { id: `${activityId}~${memberId ?? `g${order}`}`, activityId, memberId, state, order };
}

describe('attendance counts of one activity', () => {
  it('counts invited, present, leave, absent and the rate over everyone on the list', () => {
    const c = countAttendance([
      line('x', 'a', '出席'),
      line('x', 'b', '出席'),
      line('x', 'c', '请假'),
      line('x', 'd', '缺席'),
      line('x', 'e', '报名'),
      line('x', null, '出席', 1),
      line('x', null, '请假', 2),
      line('x', 'f', '出席'),
    ]);
    expect(c).toMatchObject({ invited: 8, present: 4, leave: 2, absent: 1, pending: 1, guests: 2 });
    expect(c.attendanceRate).toBe(0.5);
  });

  it('counts person-times for members only and guests apart', () => {
    const c = countAttendance([
      line('x', 'a', '出席'),
      line('x', null, '出席', 1),
      line('x', null, '出席', 2),
    ]);
    expect(c.personTimes).toBe(1);
    expect(c.guestTimes).toBe(2);
  });

  it('has no rate before anyone is marked (「—」, not 「0%」)', () => {
    const pending = countAttendance([
      { id: 'p1', activityId: 'a', memberId: 'm1', state: '报名' } as never,
      { id: 'p2', activityId: 'a', memberId: 'm2', state: '报名' } as never,
    ]);
    expect(pending.attendanceRate).toBeNull();
    expect(formatRate(pending.attendanceRate)).toBe('—');
  });

  it('has no rate for an empty list', () => {
    expect(countAttendance([]).attendanceRate).toBeNull();
    expect(formatRate(null)).toBe('—');
    expect(formatRate(37 / 40)).toBe('92.5%');
    expect(formatRate(1)).toBe('100%');
  });
});

describe('figures per year and kind', () => {
  it('counts activities and person-times per year and kind', () => {
    const activities = [
      activity('a1', 'kind-wenti', '2025-12-30', 100),
      activity('a2', 'kind-wenti', '2026-03-07', 2680),
      activity('a3', 'kind-wenti', '2026-04-23', 7450.5),
      activity('a4', 'kind-meeting', '2026-02-24'),
    ];
    const participants = [
      line('a1', 'm1', '出席'),
      line('a2', 'm1', '出席'),
      line('a2', 'm2', '请假'),
      line('a3', 'm1', '出席'),
      line('a3', 'm2', '出席'),
      line('a3', null, '出席', 1),
      line('a4', 'm1', '缺席'),
    ];
    const rows = summariseByYearAndKind(activities, participants);
    expect(rows).toEqual([
      {
        year: 2025,
        kindId: 'kind-wenti',
        activities: 1,
        personTimes: 1,
        guestTimes: 0,
        actualCost: 100,
      },
      {
        year: 2026,
        kindId: 'kind-wenti',
        activities: 2,
        personTimes: 3,
        guestTimes: 1,
        actualCost: 10130.5,
      },
      {
        year: 2026,
        kindId: 'kind-meeting',
        activities: 1,
        personTimes: 0,
        guestTimes: 0,
        actualCost: 0,
      },
    ]);
  });

  it('totals a filtered list: activities, person-times and cost', () => {
    const t = totalsOf([
      {
        activity: { actualCost: 0.1 },
        counts: countAttendance([line('a', 'm1', '出席'), line('a', 'm2', '请假')]),
      },
      {
        activity: { actualCost: 0.2 },
        counts: countAttendance([line('b', 'm1', '出席'), line('b', null, '出席', 1)]),
      },
    ]);
    expect(t).toEqual({
      activities: 2,
      personTimes: 2,
      guestTimes: 1,
      leave: 1,
      invited: 4,
      actualCost: 0.3,
    });
  });
});

describe("a member's activities", () => {
  it('lists the activities a member is on, newest first, or only those attended', () => {
    const activities = [
      activity('a1', 'k', '2026-03-07'),
      activity('a2', 'k', '2026-09-10'),
      activity('a3', 'k', '2026-04-23'),
    ];
    const participants = [
      line('a1', 'm1', '出席'),
      line('a2', 'm1', '请假'),
      line('a3', 'm2', '出席'),
      line('a3', 'm1', '出席'),
    ];
    expect(
      participationsOfMember('m1', activities, participants).map((p) => [p.activity.id, p.state]),
    ).toEqual([
      ['a2', '请假'],
      ['a3', '出席'],
      ['a1', '出席'],
    ]);
    expect(
      participationsOfMember('m1', activities, participants, { attendedOnly: true }).map(
        (p) => p.activity.id,
      ),
    ).toEqual(['a3', 'a1']);
  });
});
