import type { Ballot, Candidate, CandidateTotals, Election, ElectionRound, Mark } from './election';
import { majorityOf, quorumOf, type MajorityBase, type QuorumWording } from './settings';

/*
 * Counting (LEDGERS.md §7, 《工会基层组织选举工作条例》): which ballots are valid, the totals
 * per candidate over the valid ones, who is elected by the majority the chair chose, a tie for
 * the last seat and seats left empty. Pure: the tally screen, the 计票表, the 选举结果报告 and
 * the year's figures all read these.
 */

export type BallotVerdict =
  { valid: true; forCount: number } | { valid: false; forCount: number; reason: string };

/** Write-in names as counted: trimmed, empty ones dropped, one vote per name per ballot. */
export function writeInNames(b: Pick<Ballot, 'writeIns'>): string[] {
  return [...new Set(b.writeIns.map((n) => n.trim()).filter((n) => n !== ''))];
}

/**
 * A ballot marking more 赞成 than seats (write-ins included) is invalid; a blank ballot is
 * valid (all 弃权); a ballot the scrutineers spoiled is invalid with their reason.
 */
export function judgeBallot(
  b: Pick<Ballot, 'marks' | 'writeIns' | 'spoiled'>,
  seats: number,
  candidateIds?: readonly string[],
): BallotVerdict {
  const marks = Object.entries(b.marks).filter(
    ([id]) => !candidateIds || candidateIds.includes(id),
  );
  const forCount = marks.filter(([, m]) => m === 'for').length + writeInNames(b).length;
  if (b.spoiled && b.spoiled.trim())
    return { valid: false, forCount, reason: `废票：${b.spoiled.trim()}` };
  if (forCount > seats)
    return {
      valid: false,
      forCount,
      reason: `赞成 ${forCount} 人（含另选他人），多于应选 ${seats} 人，为无效票`,
    };
  return { valid: true, forCount };
}

export interface RoundTally {
  round: number;
  ballots: number;
  valid: number;
  invalid: number;
  /** candidate id → counts over valid ballots */
  counts: Record<string, CandidateTotals>;
  /** write-in name → 赞成 over valid ballots */
  writeIns: Record<string, number>;
  /** ids of the invalid ballots (keyed entry only) */
  invalidIds: string[];
}

/** Totals of one round from its keyed ballots (only the counted keyer's). */
export function tallyBallots(round: ElectionRound, ballots: readonly Ballot[]): RoundTally {
  const counts: Record<string, CandidateTotals> = {};
  for (const id of round.candidateIds) counts[id] = { for: 0, against: 0, abstain: 0 };
  const writeIns: Record<string, number> = {};
  const invalidIds: string[] = [];
  let valid = 0;
  for (const b of ballots) {
    const verdict = judgeBallot(b, round.seats, round.candidateIds);
    if (!verdict.valid) {
      invalidIds.push(b.id);
      continue;
    }
    valid++;
    for (const id of round.candidateIds) {
      const mark: Mark = b.marks[id] ?? 'abstain';
      counts[id]![mark === 'for' ? 'for' : mark === 'against' ? 'against' : 'abstain']++;
    }
    for (const name of writeInNames(b)) writeIns[name] = (writeIns[name] ?? 0) + 1;
  }
  return {
    round: round.round,
    ballots: ballots.length,
    valid,
    invalid: invalidIds.length,
    counts,
    writeIns,
    invalidIds,
  };
}

/** The round's tally: from its totals when entered by hand, else from the keyed ballots. */
export function tallyRound(round: ElectionRound, ballots: readonly Ballot[]): RoundTally {
  if (round.entry === 'totals' && round.totals) {
    const counts: Record<string, CandidateTotals> = {};
    for (const id of round.candidateIds)
      counts[id] = { ...(round.totals.candidates[id] ?? { for: 0, against: 0, abstain: 0 }) };
    return {
      round: round.round,
      ballots: round.totals.valid + round.totals.invalid,
      valid: round.totals.valid,
      invalid: round.totals.invalid,
      counts,
      writeIns: { ...round.totals.writeIns },
      invalidIds: [],
    };
  }
  return tallyBallots(round, ballots);
}

export interface Quorum {
  entitled: number;
  present: number;
  required: number;
  met: boolean;
}

export function quorum(entitled: number, present: number, wording: QuorumWording): Quorum {
  const required = quorumOf(entitled, wording);
  return { entitled, present, required, met: entitled > 0 && present >= required };
}

/** The number 过半数 is counted of, by the chosen base. */
export function majorityBaseValue(
  base: MajorityBase,
  e: Pick<Election, 'entitled'>,
  round: Pick<ElectionRound, 'returned'>,
  tally: Pick<RoundTally, 'valid'>,
): number {
  if (base === 'valid') return tally.valid;
  if (base === 'returned') return round.returned;
  return e.entitled;
}

/** One person in a round's result: a candidate, or a name written in. */
export interface Contender {
  /** candidate id, or `w:<name>` for a write-in */
  key: string;
  name: string;
  candidateId: string | null;
  for: number;
  against: number;
  abstain: number;
  /** 赞成 ÷ the majority base, 0–1 */
  share: number;
  passed: boolean;
  elected: boolean;
  tied: boolean;
}

export type RoundStatus =
  | { kind: 'void'; reason: string }
  | { kind: 'complete' }
  | { kind: 'tie'; names: string[]; seats: number }
  | { kind: 'short'; seats: number };

export interface RoundResult {
  round: number;
  tally: RoundTally;
  base: number;
  /** 过半数: the least 赞成 to be elected */
  threshold: number;
  /** candidates in ballot order, then write-ins by votes */
  contenders: Contender[];
  elected: Contender[];
  /** those tied for the last seat(s) */
  tie: Contender[];
  /** seats the tie is for */
  tieSeats: number;
  /** seats left empty (too few passed) */
  shortfall: number;
  status: RoundStatus;
}

/**
 * Who a round elects. Those with 赞成 ≥ 过半数 pass (a re-vote among the tied asks only for
 * the most votes: they already had the majority); more passing than seats → by votes; a tie
 * at the last seat that cannot be split → a re-vote among the tied; fewer → seats left empty.
 */
export function roundResult(
  election: Pick<Election, 'entitled' | 'rules'>,
  round: ElectionRound,
  candidates: readonly Pick<Candidate, 'id' | 'name'>[],
  tally: RoundTally,
): RoundResult {
  const base = majorityBaseValue(election.rules.majorityBase, election, round, tally);
  const threshold = majorityOf(base);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const share = (n: number) => (base > 0 ? n / base : 0);
  const contenders: Contender[] = round.candidateIds.map((id) => {
    const c = tally.counts[id] ?? { for: 0, against: 0, abstain: 0 };
    return {
      key: id,
      name: byId.get(id)?.name ?? '（已删除的候选人）',
      candidateId: id,
      ...c,
      share: share(c.for),
      passed: false,
      elected: false,
      tied: false,
    };
  });
  const candidateNames = new Set(contenders.map((c) => c.name));
  for (const [name, n] of Object.entries(tally.writeIns).sort((a, b) => b[1] - a[1])) {
    if (candidateNames.has(name)) continue; // a candidate's name written in again counts nothing more
    contenders.push({
      key: `w:${name}`,
      name,
      candidateId: null,
      for: n,
      against: 0,
      abstain: 0,
      share: share(n),
      passed: false,
      elected: false,
      tied: false,
    });
  }
  const empty = (status: RoundStatus): RoundResult => ({
    round: round.round,
    tally,
    base,
    threshold,
    contenders,
    elected: [],
    tie: [],
    tieSeats: 0,
    shortfall: round.seats,
    status,
  });
  if (round.returned > round.issued)
    return empty({
      kind: 'void',
      reason: `收回选票（${round.returned}）多于发出选票（${round.issued}），本次选举无效，应重新投票。`,
    });
  if (tally.valid + tally.invalid > round.returned)
    return empty({
      kind: 'void',
      reason: `已录入 ${tally.valid + tally.invalid} 张选票，多于收回的 ${round.returned} 张，请核对。`,
    });

  const revote = round.kind === 'tie';
  const passing = contenders
    .filter((c) => (revote ? c.for > 0 : c.for >= threshold))
    .sort((a, b) => b.for - a.for);
  for (const c of passing) c.passed = true;
  let elected: Contender[];
  let tie: Contender[] = [];
  let tieSeats = 0;
  if (passing.length <= round.seats) elected = passing;
  else {
    const cut = passing[round.seats - 1]!.for;
    const above = passing.filter((c) => c.for > cut);
    const atCut = passing.filter((c) => c.for === cut);
    const left = round.seats - above.length;
    if (atCut.length > left) {
      elected = above;
      tie = atCut;
      tieSeats = left;
    } else elected = passing.slice(0, round.seats);
  }
  for (const c of elected) c.elected = true;
  for (const c of tie) c.tied = true;
  const shortfall = round.seats - elected.length - tieSeats;
  const status: RoundStatus =
    tie.length > 0
      ? { kind: 'tie', names: tie.map((c) => c.name), seats: tieSeats }
      : shortfall > 0
        ? { kind: 'short', seats: shortfall }
        : { kind: 'complete' };
  return {
    round: round.round,
    tally,
    base,
    threshold,
    contenders,
    elected,
    tie,
    tieSeats,
    shortfall,
    status,
  };
}

/** The next round the result calls for: a re-vote among the tied, or one for empty seats. */
export function nextRoundOf(
  result: RoundResult,
  round: ElectionRound,
  candidates: readonly Pick<Candidate, 'id'>[],
): Pick<ElectionRound, 'kind' | 'seats' | 'candidateIds'> | null {
  if (result.status.kind === 'tie') {
    const ids = result.tie.flatMap((c) => (c.candidateId ? [c.candidateId] : []));
    return { kind: 'tie', seats: result.tieSeats, candidateIds: ids };
  }
  if (result.status.kind === 'short') {
    const elected = new Set(result.elected.map((c) => c.candidateId));
    // Another round on the candidates not elected (the chair may change the list before printing).
    const ids = round.candidateIds.filter(
      (id) => !elected.has(id) && candidates.some((c) => c.id === id),
    );
    return { kind: 'more', seats: result.shortfall, candidateIds: ids };
  }
  return null;
}

export interface ElectionOutcome {
  quorum: Quorum;
  rounds: RoundResult[];
  /** Everyone elected over all rounds, in order of election (round, then votes). */
  elected: Contender[];
  /** Seats not yet filled. */
  open: number;
  /** The last round's tie, empty when none. */
  tie: Contender[];
  /** void: the vote cannot stand (quorum, returned > issued). */
  void: string | null;
}

/** The whole election over its rounds. */
export function electionOutcome(
  election: Election,
  candidates: readonly Candidate[],
  ballots: readonly Ballot[],
): ElectionOutcome {
  const q = quorum(election.entitled, election.present, election.rules.quorum);
  const counted = ballots.filter((b) => b.keyer === election.countedKeyer);
  const rounds = election.rounds.map((r) =>
    roundResult(
      election,
      r,
      candidates,
      tallyRound(
        r,
        counted.filter((b) => b.round === r.round),
      ),
    ),
  );
  const elected = rounds.flatMap((r) => r.elected);
  const last = rounds.at(-1);
  const voidReason = !q.met
    ? `到会 ${q.present} 人，未达到应到会有选举权人数 ${q.entitled} 人的三分之二（${q.required} 人），不能进行选举。`
    : rounds.find((r) => r.status.kind === 'void')?.status.kind === 'void'
      ? (rounds.find((r) => r.status.kind === 'void')!.status as { reason: string }).reason
      : null;
  return {
    quorum: q,
    rounds,
    elected: voidReason ? [] : elected,
    open: voidReason ? election.seats : election.seats - elected.length,
    tie: voidReason ? [] : (last?.tie ?? []),
    void: voidReason,
  };
}

/** One difference between two keyers' piles. */
export interface KeyingDifference {
  number: number;
  message: string;
}

/** Compares two keyers' ballots of a round by 票号 (the second keying checks the first). */
export function compareKeyings(
  a: readonly Ballot[],
  b: readonly Ballot[],
  candidates: readonly Pick<Candidate, 'id' | 'name'>[],
): KeyingDifference[] {
  const byNumber = (list: readonly Ballot[]) => new Map(list.map((x) => [x.number, x]));
  const ma = byNumber(a);
  const mb = byNumber(b);
  const numbers = [...new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
  const out: KeyingDifference[] = [];
  const label = (m: Mark | undefined) => (m === 'for' ? '赞成' : m === 'against' ? '反对' : '弃权');
  for (const n of numbers) {
    const x = ma.get(n);
    const y = mb.get(n);
    if (!x || !y) {
      out.push({ number: n, message: `第 ${n} 张只有${x ? '第一' : '第二'}人录入` });
      continue;
    }
    const diffs: string[] = [];
    for (const c of candidates) {
      const mx = x.marks[c.id] ?? 'abstain';
      const my = y.marks[c.id] ?? 'abstain';
      if (mx !== my) diffs.push(`${c.name}：${label(mx)} / ${label(my)}`);
    }
    const wx = writeInNames(x).sort().join('、');
    const wy = writeInNames(y).sort().join('、');
    if (wx !== wy) diffs.push(`另选他人：${wx || '无'} / ${wy || '无'}`);
    if ((x.spoiled ?? '') !== (y.spoiled ?? '')) diffs.push('废票标记不同');
    if (diffs.length) out.push({ number: n, message: `第 ${n} 张 ${diffs.join('；')}` });
  }
  return out;
}

/** 得票率 as printed: 「85.71%」 */
export function shareText(share: number): string {
  return `${(Math.round(share * 10000) / 100).toFixed(2)}%`;
}
