import type { LedgerData, Period } from '../../types';
import { inPeriod } from '../../yearEnd/rules/period';
import type { Activity, Participant } from './activity';

/**
 * Per activity of the period, the counts of LEDGERS.md §11 `activities[]`. Only the union's
 * own activities (主办 本会) starting in the period are counted: events of the superior union
 * or another body that the union only sent people to are kept in the ledger but are not its
 * work. Members are counted once per activity whatever their number of entries (项目): a
 * member is 出席 when any of their rows is 出席, else 请假 when any is, else 缺席 when any is.
 */
export interface ActivityReport {
  title: string;
  start: string;
  /** 应到: distinct members on the list */
  eligible: number;
  /** distinct members marked 出席 */
  attended: number;
  /** distinct members on leave (none of their rows 出席) */
  leave: number;
  /** distinct members absent (none of their rows 出席 or 请假) */
  absent: number;
  /** guest rows (来宾) marked 出席 */
  guests: number;
  /** rows marked 出席 with an entry (项目, e.g. 硬笔 / 毛笔) */
  entries: number;
  /** rows with an award (奖项) or a prize amount */
  prizes: number;
}

/** The counts of one activity and the records behind them. */
export interface ActivityTally {
  activity: Activity;
  report: ActivityReport;
  /** One 出席 row per attending member (the first on the list). */
  attendedRowIds: string[];
  attendedMemberIds: string[];
  /** Guest rows marked 出席. */
  guestRowIds: string[];
}

/** True for an activity the union itself ran (主办 本会; rows from before 主办 was kept count). */
export function isOwnActivity(a: Pick<Activity, 'host'>): boolean {
  return (a.host ?? '本会') === '本会';
}

const STATE_RANK = { 出席: 3, 请假: 2, 缺席: 1, 报名: 0 } as const;

/**
 * What the year's figures take from one activity's participant rows, and nothing else: its
 * counts and the ids behind them. The 年度统计 read keeps these per activity (the
 * activityTallies table, rebuilt whenever the rows change) so it need not read every row.
 */
export interface ActivityCounts {
  eligible: number;
  leave: number;
  absent: number;
  entries: number;
  prizes: number;
  /** One 出席 row per attending member (the first on the list). */
  attendedRowIds: string[];
  attendedMemberIds: string[];
  /** Guest rows marked 出席. */
  guestRowIds: string[];
}

/**
 * The version of `countRows`. Stored counts carry it and are recomputed when it differs, so
 * bump it whenever countRows would give another result for the same rows (the test pinning
 * countRows on a fixture fails until you do).
 */
export const COUNTS_VERSION = 1;

/** One activity's counts from its participant rows (in any order). */
export function countRows(rows: readonly Participant[]): ActivityCounts {
  const ordered = [...rows].sort((a, b) => a.order - b.order);
  const best = new Map<string, Participant>();
  const guestRowIds: string[] = [];
  let entries = 0;
  let prizes = 0;
  for (const p of ordered) {
    if (p.state === '出席' && p.entry && p.entry.trim() !== '') entries++;
    if ((p.result?.award && p.result.award.trim() !== '') || (p.prizeCents ?? 0) > 0) prizes++;
    if (p.memberId === null) {
      if (p.state === '出席') guestRowIds.push(p.id);
      continue;
    }
    const seen = best.get(p.memberId);
    if (!seen || STATE_RANK[p.state] > STATE_RANK[seen.state]) best.set(p.memberId, p);
  }
  const attendedRowIds: string[] = [];
  const attendedMemberIds: string[] = [];
  let leave = 0;
  let absent = 0;
  for (const [memberId, p] of best) {
    if (p.state === '出席') {
      attendedRowIds.push(p.id);
      attendedMemberIds.push(memberId);
    } else if (p.state === '请假') leave++;
    else if (p.state === '缺席') absent++;
  }
  return {
    eligible: best.size,
    leave,
    absent,
    entries,
    prizes,
    attendedRowIds,
    attendedMemberIds,
    guestRowIds,
  };
}

function tallyOf(activity: Activity, c: ActivityCounts): ActivityTally {
  return {
    activity,
    report: {
      title: activity.title,
      start: activity.startDate,
      eligible: c.eligible,
      attended: c.attendedMemberIds.length,
      leave: c.leave,
      absent: c.absent,
      guests: c.guestRowIds.length,
      entries: c.entries,
      prizes: c.prizes,
    },
    attendedRowIds: c.attendedRowIds,
    attendedMemberIds: c.attendedMemberIds,
    guestRowIds: c.guestRowIds,
  };
}

// The figures and activities[] both need the tallies of one period: computed once per
// (rows, period), keyed weakly on the participant rows so nothing outlives the data.
const cache = new WeakMap<
  readonly Participant[],
  {
    activities: readonly Activity[];
    counts: LedgerData['activityCounts'];
    byPeriod: Map<string, ActivityTally[]>;
  }
>();

/** The union's own activities starting in the period, by start date, each with its counts. */
export function activityTallies(period: Period, data: LedgerData): readonly ActivityTally[] {
  const { activities, participants } = data.tables;
  let entry = cache.get(participants);
  if (!entry || entry.activities !== activities || entry.counts !== data.activityCounts) {
    entry = { activities, counts: data.activityCounts, byPeriod: new Map() };
    cache.set(participants, entry);
  }
  const key = `${period.from}~${period.to}`;
  let tallies = entry.byPeriod.get(key);
  if (!tallies) {
    tallies = computeTallies(period, data);
    entry.byPeriod.set(key, tallies);
  }
  return tallies;
}

function computeTallies(period: Period, data: LedgerData): ActivityTally[] {
  const own = data.tables.activities
    .filter((a) => isOwnActivity(a) && inPeriod(a.startDate, period))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
  // Counts kept per activity (when the data has them) stand for that activity's rows.
  const kept = data.activityCounts;
  const wanted = new Set(own.filter((a) => !kept?.has(a.id)).map((a) => a.id));
  const byActivity = new Map<string, Participant[]>();
  for (const p of data.tables.participants) {
    if (!wanted.has(p.activityId)) continue;
    const list = byActivity.get(p.activityId);
    if (list) list.push(p);
    else byActivity.set(p.activityId, [p]);
  }
  return own.map((a) => tallyOf(a, kept?.get(a.id) ?? countRows(byActivity.get(a.id) ?? [])));
}

/** LEDGERS.md §11 `activities[]`. */
export function activityReports(period: Period, data: LedgerData): ActivityReport[] {
  return activityTallies(period, data).map((t) => t.report);
}
