import type { Member } from '../roster/rules/member';
import type { Officer } from '../union/rules/committee';
import { COMMITTEE_MEMBER_ROLES } from '../union/rules/committee';
import type { UnionProfile } from '../union/rules/profile';
import {
  inStrokeOrder,
  type Ballot,
  type Candidate,
  type Election,
  type Mark,
} from './rules/election';
import { DEFAULT_ELECTION_RULES } from './rules/settings';

/**
 * The demo union's last 换届选举: the election that produced the committee the union ledger's
 * demo holds (7 委员 from 9 candidates, 差额 2), on the first day of the term, with every
 * ballot keyed — one over-marked (invalid) and one left blank — and its result applied.
 * Fixed, so the same roster gives the same election. Every row has `demo: 1`.
 */
export function demoElection(
  members: readonly Member[],
  officers: readonly Officer[],
  profile: UnionProfile,
): { elections: Election[]; candidates: Candidate[]; ballots: Ballot[] } {
  const start = profile.termStart;
  const winners = officers.filter(
    (o) => o.startDate === start && COMMITTEE_MEMBER_ROLES.includes(o.role),
  );
  if (!start || winners.length < 3) return { elections: [], candidates: [], ballots: [] };
  const taken = new Set(winners.map((o) => o.memberId));
  const inService = members.filter((m) => m.status === '在职');
  const others = inService.filter((m) => !taken.has(m.id)).slice(3, 5);
  const officials = inService.filter((m) => !taken.has(m.id)).slice(6, 10);
  const id = 'demo-elec-1';
  const list = inStrokeOrder([
    ...winners.map((o) => ({ memberId: o.memberId, name: o.name })),
    ...others.map((m) => ({ memberId: m.id, name: m.name })),
  ]);
  const candidates: Candidate[] = list.map((c, i) => ({
    id: `demo-cand-${i + 1}`,
    electionId: id,
    order: i + 1,
    memberId: c.memberId,
    name: c.name,
    demo: 1,
  }));
  const winnerNames = new Set(winners.map((o) => o.name));
  const seats = winners.length;
  const entitled = inService.length;
  const present = entitled - 3;
  const ballots: Ballot[] = [];
  for (let n = 1; n <= present; n++) {
    const marks: Record<string, Mark> = {};
    candidates.forEach((c, i) => {
      const win = winnerNames.has(c.name);
      // Each winner loses a few votes, spread over the pile; each other candidate wins a few.
      const r = (n * 7 + i * 13) % 20;
      const m: Mark = win
        ? r < 2
          ? 'against'
          : r < 3
            ? 'abstain'
            : 'for'
        : r < 4
          ? 'for'
          : 'against';
      if (m !== 'abstain') marks[c.id] = m;
    });
    // Keep a valid ballot to `seats` 赞成: drop the extra ones among the others.
    let fors = Object.values(marks).filter((m) => m === 'for').length;
    for (const c of candidates)
      if (fors > seats && !winnerNames.has(c.name) && marks[c.id] === 'for') {
        marks[c.id] = 'against';
        fors--;
      }
    const overMarked = n === 5;
    const blank = n === 9;
    ballots.push({
      id: `demo-bal-${n}`,
      electionId: id,
      round: 1,
      number: n,
      keyer: 'A',
      marks: blank
        ? {}
        : overMarked
          ? Object.fromEntries(candidates.map((c) => [c.id, 'for' as const]))
          : marks,
      writeIns: [],
      spoiled: null,
      keyedAt: `${start}T10:00:00.000Z`,
      demo: 1,
    });
  }
  const election: Election = {
    id,
    code: `${start.slice(0, 4)}-1`,
    name: `第${profile.termNumber}届工会委员会换届选举`,
    date: start,
    year: Number(start.slice(0, 4)),
    body: '会员大会',
    office: '委员',
    seats,
    termNumber: profile.termNumber,
    termYears: Math.max(1, Number(profile.termEnd.slice(0, 4)) - Number(start.slice(0, 4))) || 5,
    entitled,
    present,
    issued: present,
    returned: present,
    chiefScrutineer: officials[0]?.name ?? '',
    scrutineers: officials.slice(1, 3).map((m) => m.name),
    tellers: officials.slice(3, 4).map((m) => m.name),
    rules: { ...DEFAULT_ELECTION_RULES, marks: { ...DEFAULT_ELECTION_RULES.marks } },
    rounds: [
      {
        round: 1,
        kind: 'first',
        seats,
        candidateIds: candidates.map((c) => c.id),
        issued: present,
        returned: present,
        entry: 'ballots',
        totals: null,
      },
    ],
    countedKeyer: 'A',
    appliedAt: `${start}T12:00:00.000Z`,
    createdAt: `${start}T08:00:00.000Z`,
    updatedAt: `${start}T12:00:00.000Z`,
    demo: 1,
  };
  return { elections: [election], candidates, ballots };
}
