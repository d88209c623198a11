import type { Member } from '../../roster/rules/member';
import {
  canVote,
  type CongressAttendance,
  type CongressSession,
  type CongressVote,
  type Representative,
} from './congress';
import { isTeacher } from './composition';
import { quorumOf, voteOutcome, type VoteOutcome } from './thresholds';

/**
 * A session's counts (「应到30人，实到26人，请假4人」), its quorum under the session's own rule,
 * each vote's outcome, and the teacher and women shares of its voting representatives —
 * LEDGERS.md §11 `congress[]`. Representatives are the term's 正式代表; 列席/特邀 are counted
 * apart and never vote.
 */
export interface SessionTally {
  session: CongressSession;
  /** 正式代表 of the term (应到) */
  representatives: number;
  present: number;
  leave: number;
  absent: number;
  /** Voting representatives with no attendance marked yet */
  unmarked: number;
  nonVotingPresent: number;
  quorum: number;
  quorumMet: boolean;
  teacherShare: number;
  womenShare: number;
  votes: { vote: CongressVote; outcome: VoteOutcome }[];
  /** Attendance rows of voting representatives marked 出席 */
  presentRowIds: string[];
  leaveList: { representative: Representative; reason: string }[];
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

export function tallySession(
  session: CongressSession,
  representatives: readonly Representative[],
  attendance: readonly CongressAttendance[],
  votes: readonly CongressVote[],
  members: ReadonlyMap<string, Pick<Member, 'gender' | 'postCategory' | 'post'>>,
): SessionTally {
  const ofTerm = representatives.filter((r) => r.termNumber === session.termNumber);
  const voting = ofTerm.filter(canVote);
  const votingIds = new Set(voting.map((r) => r.id));
  const byRep = new Map(
    attendance.filter((a) => a.sessionId === session.id).map((a) => [a.representativeId, a]),
  );
  let present = 0;
  let leave = 0;
  let absent = 0;
  let nonVotingPresent = 0;
  const presentRowIds: string[] = [];
  const leaveList: SessionTally['leaveList'] = [];
  for (const r of ofTerm) {
    const a = byRep.get(r.id);
    if (!votingIds.has(r.id)) {
      if (a?.state === '出席') nonVotingPresent++;
      continue;
    }
    if (a?.state === '出席') {
      present++;
      presentRowIds.push(a.id);
    } else if (a?.state === '请假') {
      leave++;
      leaveList.push({ representative: r, reason: a.leaveReason });
    } else if (a?.state === '缺席') absent++;
  }
  const n = voting.length;
  const quorum = quorumOf(n, session.rules.quorum);
  const facts = voting.map((r) => {
    const m = r.memberId !== null ? members.get(r.memberId) : undefined;
    return {
      gender: m?.gender ?? r.gender,
      postCategory: m?.postCategory ?? null,
      post: m?.post ?? null,
    };
  });
  const share = (k: number) => (n === 0 ? 0 : round4(k / n));
  return {
    session,
    representatives: n,
    present,
    leave,
    absent,
    unmarked: n - present - leave - absent,
    nonVotingPresent,
    quorum,
    quorumMet: n > 0 && present >= quorum,
    teacherShare: share(facts.filter(isTeacher).length),
    womenShare: share(facts.filter((f) => f.gender === '女').length),
    votes: votes
      .filter((v) => v.sessionId === session.id)
      .sort((a, b) => a.order - b.order)
      .map((vote) => ({
        vote,
        outcome: voteOutcome(vote, session.rules.majorityBase, { representatives: n, present }),
      })),
    presentRowIds,
    leaveList,
  };
}

/** 「应到30人，实到26人，请假4人，缺席0人；法定人数20人，符合」 */
export function attendanceText(t: SessionTally): string {
  const parts = [
    `应到${t.representatives}人`,
    `实到${t.present}人`,
    `请假${t.leave}人`,
    `缺席${t.absent}人`,
  ];
  if (t.unmarked > 0) parts.push(`未登记${t.unmarked}人`);
  return `${parts.join('，')}；法定人数（${t.session.rules.quorum}）${t.quorum}人，${t.quorumMet ? '达到' : '未达到'}`;
}
