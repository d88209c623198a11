import type { Activity, AttendanceState, Participant, ParticipantResult } from './activity';
import { addYuan } from '../../../core/money/money';

/**
 * The figures of the annual report about activities. Definitions, stated once:
 * - 应到 (invited): everyone on the list, members and guests;
 * - 出席率: 出席 ÷ 应到, null when nobody is on the list;
 * - 人次 (person-times): members marked 出席 — guests are not union members and are
 *   counted separately as 来宾人次, never inside 人次.
 */
export interface AttendanceCounts {
  /** 应到: everyone on the list */
  invited: number;
  /** 报名: on the list, attendance not recorded yet */
  pending: number;
  present: number;
  leave: number;
  absent: number;
  /** 人次: members present */
  personTimes: number;
  /** 来宾人次: guests present */
  guestTimes: number;
  /** Guests on the list */
  guests: number;
  /** 出席 ÷ 应到, in [0, 1]; null when the list is empty */
  attendanceRate: number | null;
}

export function countAttendance(
  participants: readonly Pick<Participant, 'memberId' | 'state'>[],
): AttendanceCounts {
  const c: AttendanceCounts = {
    invited: participants.length,
    pending: 0,
    present: 0,
    leave: 0,
    absent: 0,
    personTimes: 0,
    guestTimes: 0,
    guests: 0,
    attendanceRate: null,
  };
  for (const p of participants) {
    const guest = p.memberId === null;
    if (guest) c.guests++;
    if (p.state === '报名') c.pending++;
    else if (p.state === '出席') {
      c.present++;
      if (guest) c.guestTimes++;
      else c.personTimes++;
    } else if (p.state === '请假') c.leave++;
    else c.absent++;
  }
  // Before anyone is marked there is no rate yet (「—」, not 「0%」).
  const marked = c.present + c.leave + c.absent;
  c.attendanceRate = c.invited === 0 || marked === 0 ? null : c.present / c.invited;
  return c;
}

/** 「92.5%」, or 「—」 when there is no one to count. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
}

/** One line of the year's table: 「文体活动 6 次，参加 312 人次」. */
export interface KindYearSummary {
  year: number;
  kindId: string;
  activities: number;
  personTimes: number;
  guestTimes: number;
  /** Sum of actual costs (元); activities without a cost count as 0. */
  actualCost: number;
}

/** Activities and person-times per year and kind, ordered by year then by first appearance. */
export function summariseByYearAndKind(
  activities: readonly Pick<Activity, 'id' | 'year' | 'kindId' | 'actualCost'>[],
  participants: readonly Pick<Participant, 'activityId' | 'memberId' | 'state'>[],
): KindYearSummary[] {
  const byActivity = groupByActivity(participants);
  const rows = new Map<string, KindYearSummary>();
  for (const a of activities) {
    const key = `${a.year}|${a.kindId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        year: a.year,
        kindId: a.kindId,
        activities: 0,
        personTimes: 0,
        guestTimes: 0,
        actualCost: 0,
      };
      rows.set(key, row);
    }
    const c = countAttendance(byActivity.get(a.id) ?? []);
    row.activities++;
    row.personTimes += c.personTimes;
    row.guestTimes += c.guestTimes;
    row.actualCost = addYuan(row.actualCost, a.actualCost);
  }
  return [...rows.values()].sort((x, y) => x.year - y.year);
}

/** Totals of a filtered list: 「活动 N 次，出席 N 人次」. */
export interface ActivityTotals {
  activities: number;
  personTimes: number;
  guestTimes: number;
  leave: number;
  invited: number;
  actualCost: number;
}

export function totalsOf(
  rows: readonly { activity: Pick<Activity, 'actualCost'>; counts: AttendanceCounts }[],
): ActivityTotals {
  const t: ActivityTotals = {
    activities: 0,
    personTimes: 0,
    guestTimes: 0,
    leave: 0,
    invited: 0,
    actualCost: 0,
  };
  for (const r of rows) {
    t.activities++;
    t.personTimes += r.counts.personTimes;
    t.guestTimes += r.counts.guestTimes;
    t.leave += r.counts.leave;
    t.invited += r.counts.invited;
    t.actualCost = addYuan(t.actualCost, r.activity.actualCost);
  }
  return t;
}

/** One activity on a member's page: 「参加的活动」. */
export interface MemberParticipation {
  activity: Activity;
  state: AttendanceState;
  leaveReason: string | null;
  result: ParticipantResult | null;
}

/** A member's activities, newest first; `attendedOnly` keeps the ones marked 出席. */
export function participationsOfMember(
  memberId: string,
  activities: readonly Activity[],
  participants: readonly Participant[],
  opts: { attendedOnly?: boolean } = {},
): MemberParticipation[] {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const out: MemberParticipation[] = [];
  for (const p of participants) {
    if (p.memberId !== memberId) continue;
    if (opts.attendedOnly && p.state !== '出席') continue;
    const activity = byId.get(p.activityId);
    if (!activity) continue;
    out.push({
      activity,
      state: p.state,
      leaveReason: p.leaveReason ?? null,
      result: p.result ?? null,
    });
  }
  return out.sort(
    (a, b) =>
      b.activity.startDate.localeCompare(a.activity.startDate) ||
      a.activity.title.localeCompare(b.activity.title),
  );
}

export function groupByActivity<P extends Pick<Participant, 'activityId'>>(
  participants: readonly P[],
): Map<string, P[]> {
  const m = new Map<string, P[]>();
  for (const p of participants) {
    const list = m.get(p.activityId);
    if (list) list.push(p);
    else m.set(p.activityId, [p]);
  }
  return m;
}
