import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import { committeeSizeAdvice, type CommitteeSizeAdvice } from '../../union/rules/committee';
import { MARGIN_RULE_SOURCE, minCandidates, type ElectionRules } from './settings';

/*
 * 换届选举 (LEDGERS.md §7): an election of one office (委员, 经审委员 …) with its seats, its
 * candidates in 姓氏笔画 order, the voters entitled, present, the ballots issued and returned,
 * and the people who watch and count (总监票人, 监票人, 计票人 — never candidates).
 * Rounds: round 1 is the vote on all candidates; a tie for the last seat makes a re-vote
 * round among the tied, too few winners another round for the empty seats.
 */

export const ELECTION_BODIES = ['会员大会', '会员代表大会'] as const;
export type ElectionBody = (typeof ELECTION_BODIES)[number];

/** Why a round is held. */
export type RoundKind = 'first' | 'tie' | 'more';
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  first: '正式选举',
  tie: '得票相等重新投票',
  more: '另行选举',
};

/** Per candidate counts entered straight from a paper tally (计票表). */
export interface CandidateTotals {
  for: number;
  against: number;
  abstain: number;
}

/** A round's totals entered by hand when the ballots were counted on paper. */
export interface RoundTotals {
  valid: number;
  invalid: number;
  /** candidate id → counts over the valid ballots */
  candidates: Record<string, CandidateTotals>;
  /** write-in name → 赞成 votes */
  writeIns: Record<string, number>;
}

export interface ElectionRound {
  /** 1-based */
  round: number;
  kind: RoundKind;
  /** Seats filled in this round. */
  seats: number;
  /** The candidates on this round's ballot, in ballot order. */
  candidateIds: string[];
  /** Ballots issued and returned for this round (round 1 uses the election's). */
  issued: number;
  returned: number;
  /** How the count is entered: ballot by ballot, or totals from the paper tally. */
  entry: 'ballots' | 'totals';
  totals: RoundTotals | null;
}

/** The documents of an election that take a 文号: 请示, 选举办法, 选举结果报告. */
export type ElectionDocumentKind = 'request' | 'rules' | 'report';
export const ELECTION_DOCUMENT_LABELS: Record<ElectionDocumentKind, string> = {
  request: '请示',
  rules: '选举办法',
  report: '选举结果报告',
};

export interface Election {
  id: string;
  /** 编号, e.g. 「2026-1」: how the 候选人 and 选票 sheets refer to it. */
  code: string;
  /** 选举名称: 「第五届工会委员会换届选举」 */
  name: string;
  date: IsoDate;
  year: number;
  body: ElectionBody;
  /** 选举事项 / office: 「委员」 — the office the elected hold in the union ledger. */
  office: string;
  /** 应选人数 */
  seats: number;
  /** The 届 the elected committee is: 第N届. */
  termNumber: number;
  /** 任期年数 (3 or 5) */
  termYears: number;
  /** 应到会有选举权人数 */
  entitled: number;
  /** 实到人数 */
  present: number;
  /** 发出选票 / 收回选票 (round 1) */
  issued: number;
  returned: number;
  /** 总监票人 */
  chiefScrutineer: string;
  /** 监票人 */
  scrutineers: string[];
  /** 计票人 */
  tellers: string[];
  /** The rules the election is held under (copied from the settings when it is set up). */
  rules: ElectionRules;
  rounds: ElectionRound[];
  /** The keyer whose ballots count (a second keyer's are for comparison only). */
  countedKeyer: string;
  /** 文号 given to its documents from the register (发文登记), by document. */
  documents?: Partial<Record<ElectionDocumentKind, { id: string; number: string }>>;
  /** When the result was written to the union ledger as the new 届. */
  appliedAt: string | null;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

export interface Candidate {
  id: string;
  electionId: string;
  /** 序号 on the ballot (姓氏笔画 order), 1-based. */
  order: number;
  memberId: string | null;
  name: string;
  demo?: 1;
}

/** A mark on a ballot for one candidate: 赞成, 反对, 弃权 (blank). */
export type Mark = 'for' | 'against' | 'abstain';
export const MARK_LABELS: Record<Mark, string> = { for: '赞成', against: '反对', abstain: '弃权' };

export interface Ballot {
  id: string;
  electionId: string;
  round: number;
  /** 票号 as keyed (the printed number, or the order in the pile). */
  number: number;
  /** Who keyed it: two keyers key the same pile and compare. */
  keyer: string;
  /** candidate id → mark; a candidate missing is 弃权. */
  marks: Record<string, Mark>;
  /** 另选他人: names written in (each a 赞成 vote). */
  writeIns: string[];
  /** Marked 废票 by the scrutineers for another reason (torn, unreadable…), with the reason. */
  spoiled: string | null;
  keyedAt: string;
  demo?: 1;
}

/** What the set-up form edits; the store adds ids, rounds and dates. */
export interface ElectionDraft {
  code: string;
  name: string;
  date: IsoDate;
  body: ElectionBody;
  office: string;
  seats: number;
  termNumber: number;
  termYears: number;
  entitled: number;
  present: number;
  issued: number;
  returned: number;
  chiefScrutineer: string;
  scrutineers: string[];
  tellers: string[];
  /** Candidates by name (memberId when picked from the roster). */
  candidates: { memberId: string | null; name: string }[];
}

export type ElectionErrors = Partial<Record<keyof ElectionDraft, string>>;

const count = (n: number) => Number.isInteger(n) && n >= 0;

/** Checks a set-up and says, per field, what is wrong. */
export function validateElection(d: ElectionDraft): ElectionErrors {
  const e: ElectionErrors = {};
  if (!d.name.trim()) e.name = '请填写选举名称，如“第五届工会委员会换届选举”';
  if (!d.code.trim()) e.code = '请填写编号，如“2026-1”';
  if (!isIsoDate(d.date)) e.date = '请选择选举日期';
  if (!(ELECTION_BODIES as readonly string[]).includes(d.body))
    e.body = '请选择会员大会或会员代表大会';
  if (!d.office.trim()) e.office = '请填写选举的职务，如“委员”';
  if (!Number.isInteger(d.seats) || d.seats < 1 || d.seats > 99)
    e.seats = '应选人数应为 1 到 99 的整数';
  if (!Number.isInteger(d.termNumber) || d.termNumber < 1 || d.termNumber > 99)
    e.termNumber = '届次应为 1 到 99 之间的整数';
  if (!Number.isInteger(d.termYears) || d.termYears < 1 || d.termYears > 5)
    e.termYears = '任期年数应为 1 到 5 的整数（一般为 3 年或 5 年）';
  for (const [k, label] of [
    ['entitled', '应到会有选举权人数'],
    ['present', '实到人数'],
    ['issued', '发出选票'],
    ['returned', '收回选票'],
  ] as const) {
    if (!count(d[k])) e[k] = `${label}应为 0 或正整数`;
  }
  if (!e.present && !e.entitled && d.present > d.entitled)
    e.present = `实到人数（${d.present}）不能多于应到会有选举权人数（${d.entitled}）`;
  if (!e.issued && !e.present && d.issued > d.present)
    e.issued = `发出选票（${d.issued}）不能多于实到人数（${d.present}）`;
  const names = d.candidates.map((c) => c.name.trim());
  if (names.some((n) => !n)) e.candidates = '候选人姓名不能为空';
  else if (names.length === 0) e.candidates = '请填写候选人';
  else {
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) e.candidates = `候选人“${dup}”填了两次`;
    else if (!e.seats && names.length < d.seats)
      e.candidates = `候选人（${names.length} 人）少于应选人数（${d.seats} 人）`;
  }
  const officials = [d.chiefScrutineer, ...d.scrutineers, ...d.tellers].map((n) => n.trim());
  const clash = officials.find((n) => n && names.includes(n));
  if (clash) e.chiefScrutineer = `${clash}是候选人，不能担任总监票人、监票人或计票人`;
  return e;
}

/** Candidates in 姓氏笔画 order (the ballot's 「（按姓氏笔画为序）」). */
export function inStrokeOrder<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareByStrokes(a.name.trim(), b.name.trim()));
}

export interface Warning {
  message: string;
  source: string;
}

/** 差额 check: fewer candidates than seats × (1 + rate) is a warning (7 seats at 5% → ≥ 8). */
export function marginWarning(seats: number, candidates: number, rate: number): Warning | null {
  const need = minCandidates(seats, rate);
  if (candidates >= need) return null;
  const rateText = `${Math.round(rate * 1000) / 10}%`;
  return {
    message:
      candidates <= seats
        ? `候选人 ${candidates} 人，应选 ${seats} 人，是等额选举；差额率 ${rateText} 时候选人应不少于 ${need} 人。`
        : `候选人 ${candidates} 人，应选 ${seats} 人，差额率不足 ${rateText}，候选人应不少于 ${need} 人。`,
    source: MARGIN_RULE_SOURCE,
  };
}

/** The committee size band of 条例 第八条 for an election of 委员 (a warning, not a block). */
export function committeeBandAdvice(members: number, seats: number): CommitteeSizeAdvice {
  return committeeSizeAdvice(members, seats);
}

/** The election's first round, made when it is set up. */
export function firstRound(
  d: Pick<ElectionDraft, 'seats' | 'issued' | 'returned'>,
  candidateIds: string[],
): ElectionRound {
  return {
    round: 1,
    kind: 'first',
    seats: d.seats,
    candidateIds,
    issued: d.issued,
    returned: d.returned,
    entry: 'ballots',
    totals: null,
  };
}

export function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
