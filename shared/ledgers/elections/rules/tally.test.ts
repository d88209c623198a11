import { describe, expect, it } from 'vitest';
import type { Ballot, Candidate, Election, ElectionRound, Mark } from './election';
import { DEFAULT_ELECTION_RULES, type ElectionRules } from './settings';
import {
  compareKeyings,
  electionOutcome,
  judgeBallot,
  nextRoundOf,
  roundResult,
  shareText,
  tallyBallots,
  tallyRound,
} from './tally';

const NAMES = ['丁一', '王二', 'kolya', '李四', '张五', '陈六', '周七', '赵八', '钱九'];
const candidates: Candidate[] = NAMES.map((name, i) => ({
  id: `c${i + 1}`,
  electionId: 'e1',
  order: i + 1,
  memberId: null,
  name,
}));
const ids = candidates.map((c) => c.id);

function round(over: Partial<ElectionRound> = {}): ElectionRound {
  return {
    round: 1,
    kind: 'first',
    seats: 7,
    candidateIds: ids,
    issued: 20,
    returned: 20,
    entry: 'ballots',
    totals: null,
    ...over,
  };
}

function election(over: Partial<Election> = {}, rules: Partial<ElectionRules> = {}): Election {
  return {
    id: 'e1',
    code: '2026-1',
    name: '第五届工会委员会换届选举',
    date: '2026-11-20',
    year: 2026,
    body: '会员大会',
    office: '委员',
    seats: 7,
    termNumber: 5,
    termYears: 5,
    entitled: 24,
    present: 20,
    issued: 20,
    returned: 20,
    chiefScrutineer: '监一',
    scrutineers: ['监二'],
    tellers: ['计一'],
    rules: { ...DEFAULT_ELECTION_RULES, ...rules },
    rounds: [round()],
    countedKeyer: 'A',
    appliedAt: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

let seq = 0;
/** A ballot from a string of marks in candidate order: + 赞成, - 反对, . 弃权. */
function ballot(marks: string, writeIns: string[] = [], over: Partial<Ballot> = {}): Ballot {
  const m: Record<string, Mark> = {};
  [...marks].forEach((ch, i) => {
    const id = ids[i];
    if (id && ch !== '.') m[id] = ch === '+' ? 'for' : 'against';
  });
  seq++;
  return {
    id: `b${seq}`,
    electionId: 'e1',
    round: 1,
    number: seq,
    keyer: 'A',
    marks: m,
    writeIns,
    spoiled: null,
    keyedAt: '',
    ...over,
  };
}

describe('a ballot', () => {
  it('with as many 赞成 as seats is valid', () => {
    expect(judgeBallot(ballot('+++++++--'), 7)).toEqual({ valid: true, forCount: 7 });
  });
  it('with one 赞成 more than the seats is invalid', () => {
    const v = judgeBallot(ballot('++++++++-'), 7);
    expect(v.valid).toBe(false);
    expect(v.forCount).toBe(8);
  });
  it('over-marked by a write-in (7 赞成 + 1 另选) is invalid', () => {
    const v = judgeBallot(ballot('+++++++--', ['孙十']), 7);
    expect(v).toMatchObject({ valid: false, forCount: 8 });
    if (!v.valid) expect(v.reason).toContain('含另选他人');
  });
  it('with 6 赞成 and 1 write-in is valid', () => {
    expect(judgeBallot(ballot('++++++---', ['孙十']), 7)).toEqual({ valid: true, forCount: 7 });
  });
  it('counts a write-in written twice, or blank, once or not at all', () => {
    expect(judgeBallot(ballot('+++++++--', ['', '  ']), 7).valid).toBe(true);
    expect(judgeBallot(ballot('++++++---', ['孙十', ' 孙十']), 7).valid).toBe(true);
  });
  it('left blank is valid (all 弃权)', () => {
    expect(judgeBallot(ballot('.........'), 7)).toEqual({ valid: true, forCount: 0 });
  });
  it('spoiled by the scrutineers is invalid with the reason', () => {
    const v = judgeBallot(ballot('+', [], { spoiled: '字迹无法辨认' }), 7);
    expect(v).toMatchObject({ valid: false, reason: '废票：字迹无法辨认' });
  });
});

describe('the tally of a round', () => {
  it('counts 赞成 反对 弃权 over valid ballots only, and write-ins', () => {
    const t = tallyBallots(round(), [
      ballot('+-.'),
      ballot('++', ['孙十']),
      ballot('+++++++++'), // invalid
      ballot(''),
    ]);
    expect(t.valid).toBe(3);
    expect(t.invalid).toBe(1);
    expect(t.counts.c1).toEqual({ for: 2, against: 0, abstain: 1 });
    expect(t.counts.c2).toEqual({ for: 1, against: 1, abstain: 1 });
    expect(t.counts.c9).toEqual({ for: 0, against: 0, abstain: 3 });
    expect(t.writeIns).toEqual({ 孙十: 1 });
  });
  it('uses the totals from the paper count when entered so', () => {
    const r = round({
      entry: 'totals',
      totals: {
        valid: 18,
        invalid: 2,
        candidates: { c1: { for: 15, against: 2, abstain: 1 } },
        writeIns: {},
      },
    });
    const t = tallyRound(r, [ballot('+')]);
    expect(t).toMatchObject({ valid: 18, invalid: 2, ballots: 20 });
    expect(t.counts.c1!.for).toBe(15);
    expect(t.counts.c2).toEqual({ for: 0, against: 0, abstain: 0 });
  });
});

/** A tally with the given 赞成 per candidate (the rest abstain), over `valid` ballots. */
function tallyWith(forVotes: number[], valid = 20, writeIns: Record<string, number> = {}) {
  const counts: Record<string, { for: number; against: number; abstain: number }> = {};
  ids.forEach((id, i) => {
    const f = forVotes[i] ?? 0;
    counts[id] = { for: f, against: 0, abstain: valid - f };
  });
  return { round: 1, ballots: valid, valid, invalid: 0, counts, writeIns, invalidIds: [] };
}

describe('who is elected', () => {
  // entitled 24 → 过半数 = 13
  it('needs 过半数 of the entitled voters by default: 13 of 24 passes, 12 does not', () => {
    const r = roundResult(
      election(),
      round(),
      candidates,
      tallyWith([13, 12, 20, 20, 20, 20, 20, 20, 1]),
    );
    expect(r.base).toBe(24);
    expect(r.threshold).toBe(13);
    expect(r.elected.map((c) => c.name)).toEqual([
      'kolya',
      '李四',
      '张五',
      '陈六',
      '周七',
      '赵八',
      '丁一',
    ]);
    expect(r.status).toEqual({ kind: 'complete' });
  });
  it('with exactly half of the base (12 of 24) is not elected', () => {
    const r = roundResult(election(), round({ seats: 1 }), candidates, tallyWith([12]));
    expect(r.elected).toEqual([]);
    expect(r.status).toEqual({ kind: 'short', seats: 1 });
  });
  it('counts 过半数 of the valid ballots when that base is chosen', () => {
    const e = election({}, { majorityBase: 'valid' });
    const r = roundResult(e, round({ seats: 1 }), candidates, tallyWith([10], 18));
    expect(r.base).toBe(18);
    expect(r.threshold).toBe(10);
    expect(r.elected.map((c) => c.name)).toEqual(['丁一']);
    const r2 = roundResult(e, round({ seats: 1 }), candidates, tallyWith([9], 18));
    expect(r2.elected).toEqual([]);
  });
  it('counts 过半数 of the ballots returned when that base is chosen', () => {
    const e = election({}, { majorityBase: 'returned' });
    const r = roundResult(e, round({ seats: 1, returned: 19 }), candidates, tallyWith([10], 18));
    expect(r.base).toBe(19);
    expect(r.threshold).toBe(10);
    expect(r.elected).toHaveLength(1);
    const r2 = roundResult(
      e,
      round({ seats: 1, returned: 21, issued: 21 }),
      candidates,
      tallyWith([10], 18),
    );
    expect(r2.threshold).toBe(11);
    expect(r2.elected).toHaveLength(0);
  });
  it('takes the most votes when more pass than seats', () => {
    const r = roundResult(election(), round({ seats: 2 }), candidates, tallyWith([14, 18, 16, 15]));
    expect(r.elected.map((c) => c.name)).toEqual(['王二', 'kolya']);
    expect(r.contenders.filter((c) => c.passed)).toHaveLength(4);
  });
  it('finds a tie for the last seat and asks for a re-vote among the tied', () => {
    const r = roundResult(
      election(),
      round(),
      candidates,
      tallyWith([20, 19, 18, 17, 16, 15, 14, 14, 14]),
    );
    expect(r.elected).toHaveLength(6);
    expect(r.tie.map((c) => c.name)).toEqual(['周七', '赵八', '钱九']);
    expect(r.tieSeats).toBe(1);
    expect(r.status).toEqual({ kind: 'tie', names: ['周七', '赵八', '钱九'], seats: 1 });
    expect(nextRoundOf(r, round(), candidates)).toEqual({
      kind: 'tie',
      seats: 1,
      candidateIds: ['c7', 'c8', 'c9'],
    });
  });
  it('elects both when two tie and two seats are left', () => {
    const r = roundResult(election(), round({ seats: 3 }), candidates, tallyWith([20, 14, 14, 13]));
    expect(r.elected.map((c) => c.name)).toEqual(['丁一', '王二', 'kolya']);
    expect(r.tie).toEqual([]);
  });
  it('leaves seats empty when too few pass, and makes another round for them', () => {
    const r = roundResult(
      election(),
      round(),
      candidates,
      tallyWith([20, 19, 18, 17, 16, 12, 11, 5, 2]),
    );
    expect(r.elected).toHaveLength(5);
    expect(r.shortfall).toBe(2);
    expect(r.status).toEqual({ kind: 'short', seats: 2 });
    expect(nextRoundOf(r, round(), candidates)).toEqual({
      kind: 'more',
      seats: 2,
      candidateIds: ['c6', 'c7', 'c8', 'c9'],
    });
  });
  it('elects a write-in with a majority like a candidate', () => {
    const r = roundResult(
      election(),
      round({ seats: 1 }),
      candidates,
      tallyWith([3], 20, { 孙十: 15 }),
    );
    expect(r.elected.map((c) => c.name)).toEqual(['孙十']);
    expect(r.elected[0]!.candidateId).toBeNull();
  });
  it('in a re-vote among the tied elects the most votes without a new majority', () => {
    const tieRound = round({ round: 2, kind: 'tie', seats: 1, candidateIds: ['c7', 'c8', 'c9'] });
    const r = roundResult(election(), tieRound, candidates, tallyWith([0, 0, 0, 0, 0, 0, 9, 7, 4]));
    expect(r.elected.map((c) => c.name)).toEqual(['周七']);
    expect(r.status).toEqual({ kind: 'complete' });
  });
  it('voids the vote when more ballots are returned than issued (21 > 20); 20 of 20 stands', () => {
    const r = roundResult(election(), round({ returned: 21 }), candidates, tallyWith([20]));
    expect(r.status.kind).toBe('void');
    expect(r.elected).toEqual([]);
    const ok = roundResult(election(), round({ returned: 20 }), candidates, tallyWith([20]));
    expect(ok.status.kind).not.toBe('void');
  });
  it('writes 得票率 of the base with two decimals', () => {
    const r = roundResult(election(), round({ seats: 1 }), candidates, tallyWith([20]));
    expect(shareText(r.contenders[0]!.share)).toBe('83.33%');
  });
});

describe('the outcome over rounds', () => {
  it('is void when fewer than two thirds are present (quorum 16 of 24)', () => {
    const e = election({ present: 15, issued: 15, returned: 15 });
    e.rounds = [round({ issued: 15, returned: 15 })];
    const o = electionOutcome(e, candidates, [ballot('+')]);
    expect(o.quorum).toMatchObject({ required: 16, met: false });
    expect(o.void).toContain('16 人');
    expect(o.elected).toEqual([]);
    const ok = electionOutcome(election({ present: 16 }), candidates, []);
    expect(ok.quorum.met).toBe(true);
  });
  it('counts only the counted keyer’s ballots and joins the rounds', () => {
    seq = 0;
    const b1 = Array.from({ length: 14 }, () => ballot('+++++++'));
    const other = Array.from({ length: 14 }, () => ballot('-------', [], { keyer: 'B' }));
    const e = election();
    e.rounds = [round({ seats: 7 })];
    const o = electionOutcome(e, candidates, [...b1, ...other]);
    expect(o.elected).toHaveLength(7);
    expect(o.open).toBe(0);
  });
});

describe('two keyers of one pile', () => {
  it('agree when every mark and write-in matches', () => {
    const a = [ballot('+-', [], { number: 1 })];
    const b = [ballot('+-', [], { number: 1, keyer: 'B' })];
    expect(compareKeyings(a, b, candidates)).toEqual([]);
  });
  it('list each ballot that differs, and one keyed by only one of them', () => {
    const a = [ballot('+-', [], { number: 1 }), ballot('+', ['孙十'], { number: 2 })];
    const b = [
      ballot('++', [], { number: 1, keyer: 'B' }),
      ballot('+', [], { number: 3, keyer: 'B' }),
    ];
    expect(compareKeyings(a, b, candidates).map((d) => d.message)).toEqual([
      '第 1 张 王二：反对 / 赞成',
      '第 2 张只有第一人录入',
      '第 3 张只有第二人录入',
    ]);
  });
});
