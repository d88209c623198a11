import type { Figure, LedgerData, Period } from '../../types';
import { inPeriod } from '../../yearEnd/rules/period';
import { tallySession, type SessionTally } from './sessionTally';

/**
 * The congress ledger's figures (LEDGERS.md §11): sessions held in the period and, per
 * session, `congress[]`; proposals received in the period by how they were reviewed and
 * handled; suggestions of the period.
 */

export interface CongressReport {
  name: string;
  representatives: number;
  present: number;
  leave: number;
  quorum: number;
  quorumMet: boolean;
  teacherShare: number;
  womenShare: number;
  votes: { item: string; for: number; against: number; abstain: number; passed: boolean }[];
}

/** The sessions dated in the period, by date, with their tallies. */
export function sessionTallies(period: Period, data: LedgerData): SessionTally[] {
  const t = data.tables;
  const members = new Map(t.members.map((m) => [m.id, m]));
  return t.congressSessions
    .filter((s) => inPeriod(s.date, period))
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
    .map((s) => tallySession(s, t.representatives, t.congressAttendance, t.congressVotes, members));
}

/** LEDGERS.md §11 `congress[]`. */
export function congressReports(period: Period, data: LedgerData): CongressReport[] {
  return sessionTallies(period, data).map((t) => ({
    name: t.session.name,
    representatives: t.representatives,
    present: t.present,
    leave: t.leave,
    quorum: t.quorum,
    quorumMet: t.quorumMet,
    teacherShare: t.teacherShare,
    womenShare: t.womenShare,
    votes: t.votes.map(({ vote, outcome }) => ({
      item: vote.item,
      for: vote.for,
      against: vote.against,
      abstain: vote.abstain,
      passed: outcome.passed,
    })),
  }));
}

export function congressFigures(period: Period, data: LedgerData): Figure[] {
  const t = data.tables;
  const sessions = sessionTallies(period, data);
  const received = t.proposals.filter((p) => inPeriod(p.receivedDate, period));
  const accepted = received.filter((p) => p.review === '立案');
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
  const suggestions = t.suggestions.filter((s) => inPeriod(s.date, period));
  const proposal = (
    key: string,
    label: string,
    rows: readonly { id: string }[],
    definition: string,
  ): Figure => ({
    key,
    label,
    value: rows.length,
    unit: '件',
    definition,
    table: 'proposals',
    recordIds: ids(rows),
  });
  return [
    {
      key: 'congress.sessions',
      label: '召开教代会',
      value: sessions.length,
      unit: '次',
      definition: '会议日期在统计期内的教代会（职代会）会议',
      table: 'congressSessions',
      recordIds: sessions.map((s) => s.session.id),
    },
    proposal('proposals.received', '收到提案', received, '收到日期在统计期内的提案'),
    proposal('proposals.accepted', '立案', accepted, '以上提案中审查结论为“立案”的'),
    proposal(
      'proposals.toSuggestion',
      '转为意见建议',
      received.filter((p) => p.review === '转为意见建议'),
      '以上提案中转为意见建议处理的',
    ),
    proposal(
      'proposals.rejected',
      '不立案',
      received.filter((p) => p.review === '不立案'),
      '以上提案中不予立案的',
    ),
    proposal(
      'proposals.implemented',
      '已落实',
      accepted.filter((p) => p.implementation === '已落实'),
      '立案提案中落实情况为“已落实”的',
    ),
    proposal(
      'proposals.satisfied',
      '提案人满意',
      accepted.filter((p) => p.satisfaction === '满意' || p.satisfaction === '基本满意'),
      '立案提案中提案人评价“满意”或“基本满意”的',
    ),
    {
      key: 'suggestions.count',
      label: '意见建议',
      value: suggestions.length,
      unit: '条',
      definition: '日期在统计期内的意见建议（合理化建议、金点子）',
      table: 'suggestions',
      recordIds: ids(suggestions),
    },
    {
      key: 'suggestions.adopted',
      label: '采纳意见建议',
      value: suggestions.filter((s) => s.adopted === true).length,
      unit: '条',
      definition: '以上意见建议中已采纳的',
      table: 'suggestions',
      recordIds: ids(suggestions.filter((s) => s.adopted === true)),
    },
  ];
}
