import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES } from '../../tables';
import type { LedgerData } from '../../types';
import { newMember, type Member } from '../../roster/rules/member';
import { attendanceId, type CongressSession, type Representative } from './congress';
import { congressFigures, congressReports } from './figures';
import type { Proposal } from './proposal';
import { attendanceText, tallySession } from './sessionTally';

const period = { from: '2026-01-01', to: '2026-12-31' };

function session(over: Partial<CongressSession> = {}): CongressSession {
  return {
    id: 's1',
    name: '第三届教职工代表大会第五次会议',
    termNumber: 3,
    sessionNumber: 5,
    date: '2026-03-20',
    year: 2026,
    place: '报告厅',
    agenda: ['审议工作报告'],
    rules: { quorum: '三分之二以上', majorityBase: '全体代表' },
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

/** 30 voting representatives (18 teachers, 12 women) and one 列席. */
function union(present: number, leave: number) {
  const members: Member[] = [];
  const reps: Representative[] = [];
  for (let i = 0; i < 31; i++) {
    members.push(
      newMember({
        id: `m${i}`,
        name: `代表${i}`,
        gender: i < 12 ? '女' : '男',
        postCategory: i < 18 ? '专任教师' : '职员',
      }),
    );
    reps.push({
      id: `r${i}`,
      termNumber: 3,
      memberId: `m${i}`,
      name: `代表${i}`,
      gender: null,
      delegation: '第一代表团',
      category: i === 30 ? '列席代表' : '正式代表',
    });
  }
  const attendance = reps.slice(0, present + leave).map((r, i) => ({
    id: attendanceId('s1', r.id),
    sessionId: 's1',
    representativeId: r.id,
    state: i < present ? ('出席' as const) : ('请假' as const),
    leaveReason: i < present ? '' : '外出培训',
  }));
  // the 列席代表 attends too, without counting
  attendance.push({
    id: attendanceId('s1', 'r30'),
    sessionId: 's1',
    representativeId: 'r30',
    state: '出席',
    leaveReason: '',
  });
  return { members, reps, attendance };
}

function data(over: Partial<LedgerData['tables']>): LedgerData {
  const tables = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, []]),
  ) as unknown as LedgerData['tables'];
  return { profile: null, tables: { ...tables, ...over } };
}

describe('a session tally', () => {
  it('counts 26 of 30 present, 4 on leave, quorum 20 met; the 列席 counts apart', () => {
    const u = union(26, 4);
    const t = tallySession(
      session(),
      u.reps,
      u.attendance,
      [],
      new Map(u.members.map((m) => [m.id, m])),
    );
    expect(t).toMatchObject({
      representatives: 30,
      present: 26,
      leave: 4,
      absent: 0,
      unmarked: 0,
      quorum: 20,
      quorumMet: true,
      nonVotingPresent: 1,
    });
    expect(t.teacherShare).toBe(0.6);
    expect(t.womenShare).toBe(0.4);
    expect(attendanceText(t)).toBe(
      '应到30人，实到26人，请假4人，缺席0人；法定人数（三分之二以上）20人，达到',
    );
  });

  it('misses the quorum at 19 of 30 under 以上, and at 20 under 超过', () => {
    const u = union(19, 0);
    const m = new Map(u.members.map((x) => [x.id, x]));
    expect(tallySession(session(), u.reps, u.attendance, [], m).quorumMet).toBe(false);
    const u20 = union(20, 0);
    expect(tallySession(session(), u20.reps, u20.attendance, [], m).quorumMet).toBe(true);
    const over = session({ rules: { quorum: '超过三分之二', majorityBase: '全体代表' } });
    expect(tallySession(over, u20.reps, u20.attendance, [], m)).toMatchObject({
      quorum: 21,
      quorumMet: false,
    });
  });
});

describe('congress figures and congress[]', () => {
  const u = union(26, 4);
  const vote = (id: string, item: string, f: number, order: number) => ({
    id,
    sessionId: 's1',
    item,
    method: '举手' as const,
    for: f,
    against: 26 - f,
    abstain: 0,
    order,
  });
  const p = (id: string, over: Partial<Proposal>): Proposal => ({
    id,
    sessionId: 's1',
    number: null,
    title: id,
    proposer: { name: '代表1', memberId: 'm1' },
    proposerMemberId: 'm1',
    coSigners: [],
    category: '',
    reasons: '',
    suggestion: '',
    receivedDate: '2026-03-10',
    review: '待审查',
    mergedIntoId: null,
    reviewReason: '',
    department: '',
    dueDate: null,
    reply: '',
    replyDate: null,
    implementation: null,
    satisfaction: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  });
  const d = data({
    members: u.members,
    representatives: u.reps,
    congressAttendance: u.attendance,
    congressSessions: [session(), session({ id: 's0', date: '2025-03-20', name: '上一年' })],
    congressVotes: [vote('v2', '审议食堂管理办法', 15, 2), vote('v1', '审议工作报告', 16, 1)],
    proposals: [
      p('a', { review: '立案', number: 1, implementation: '已落实', satisfaction: '满意' }),
      p('b', { review: '立案', number: 2, implementation: '部分落实', satisfaction: '基本满意' }),
      p('c', { review: '立案', number: 3, satisfaction: '不满意' }),
      p('d', { review: '转为意见建议' }),
      p('e', { review: '不立案', reviewReason: '个人事务' }),
      p('f', { review: '待审查' }),
      p('old', { review: '立案', receivedDate: '2025-03-01' }),
    ],
    suggestions: [
      {
        id: 'g1',
        date: '2026-05-01',
        channel: '意见箱',
        content: 'x',
        proposer: '',
        memberId: null,
        handledBy: '',
        adopted: true,
        reply: '',
        fromProposalId: null,
      },
      {
        id: 'g2',
        date: '2026-06-01',
        channel: '意见箱',
        content: 'y',
        proposer: '',
        memberId: null,
        handledBy: '',
        adopted: null,
        reply: '',
        fromProposalId: null,
      },
      {
        id: 'g0',
        date: '2025-06-01',
        channel: '意见箱',
        content: 'z',
        proposer: '',
        memberId: null,
        handledBy: '',
        adopted: true,
        reply: '',
        fromProposalId: null,
      },
    ],
  });

  it('reports the period’s session with its votes in agenda order; 16 of 30 passes, 15 does not', () => {
    expect(congressReports(period, d)).toEqual([
      {
        name: '第三届教职工代表大会第五次会议',
        representatives: 30,
        present: 26,
        leave: 4,
        quorum: 20,
        quorumMet: true,
        teacherShare: 0.6,
        womenShare: 0.4,
        votes: [
          { item: '审议工作报告', for: 16, against: 10, abstain: 0, passed: true },
          { item: '审议食堂管理办法', for: 15, against: 11, abstain: 0, passed: false },
        ],
      },
    ]);
  });

  it('counts proposals received in the period by review and outcome, with their records', () => {
    const f = Object.fromEntries(congressFigures(period, d).map((x) => [x.key, x]));
    expect(f['congress.sessions']!.recordIds).toEqual(['s1']);
    expect(f['proposals.received']!.value).toBe(6);
    expect(f['proposals.accepted']!.recordIds).toEqual(['a', 'b', 'c']);
    expect(f['proposals.toSuggestion']!.recordIds).toEqual(['d']);
    expect(f['proposals.rejected']!.recordIds).toEqual(['e']);
    expect(f['proposals.implemented']!.recordIds).toEqual(['a']);
    expect(f['proposals.satisfied']!.recordIds).toEqual(['a', 'b']);
    expect(f['suggestions.count']!.recordIds).toEqual(['g1', 'g2']);
    expect(f['suggestions.adopted']!.recordIds).toEqual(['g1']);
  });
});
