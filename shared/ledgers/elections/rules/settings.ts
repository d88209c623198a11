/*
 * The rules of an election the chair chooses (LEDGERS.md §7): every number and every
 * wording is a setting that names its source, never a constant in the tally. An election
 * keeps a copy of the rules it was held under, so a later change of the defaults does not
 * change a result already reported.
 */

/** 「三分之二以上」 counts two thirds itself (⌈2N/3⌉); 「超过三分之二」 needs more (⌊2N/3⌋+1). */
export type QuorumWording = 'atLeastTwoThirds' | 'moreThanTwoThirds';

/** What 过半数 is counted of: 应到会有选举权人数 (default), 有效票, or 收回选票. */
export type MajorityBase = 'entitled' | 'valid' | 'returned';

/** How a voter marks a ballot: the sign for 赞成 and 反对; 弃权 is left blank by default. */
export interface MarkScheme {
  for: string;
  against: string;
  abstain: string;
}

export interface ElectionRules {
  quorum: QuorumWording;
  majorityBase: MajorityBase;
  /** 差额率: candidates ≥ seats × (1 + rate), rounded up; a warning, not a block. */
  marginRate: number;
  /** 保留会籍 (retired) members count among those entitled to vote. Default false. */
  retiredVote: boolean;
  marks: MarkScheme;
}

export const QUORUM_WORDINGS: Record<QuorumWording, { label: string; source: string }> = {
  atLeastTwoThirds: {
    label: '到会人数达到应到会有选举权人数的三分之二以上（含三分之二）',
    source: '《工会基层组织选举工作条例》第十七条：「三分之二以上」',
  },
  moreThanTwoThirds: {
    label: '到会人数超过应到会有选举权人数的三分之二',
    source: '本单位选举办法规定「超过三分之二」时选用',
  },
};

export const MAJORITY_BASES: Record<MajorityBase, { label: string; source: string }> = {
  entitled: {
    label: '应到会有选举权人数',
    source: '《工会基层组织选举工作条例》：获得应到会有选举权人过半数赞成票始得当选（默认）',
  },
  valid: { label: '有效票数', source: '本单位选举办法另有规定时选用' },
  returned: { label: '收回选票数', source: '本单位选举办法另有规定时选用' },
};

export const MARGIN_RULE_SOURCE =
  '《工会基层组织选举工作条例》：候选人数应多于应选人数，差额率不低于5%（条款请核对）';
export const RETIRED_RULE_SOURCE = '保留会籍的退休会员一般不参加换届选举（本单位选举办法确定）';
export const MARK_RULE_SOURCE = '选票说明：同意的画“○”，不同意的画“×”，弃权的不画符号';

export const DEFAULT_ELECTION_RULES: ElectionRules = {
  quorum: 'atLeastTwoThirds',
  majorityBase: 'entitled',
  marginRate: 0.05,
  retiredVote: false,
  marks: { for: '○', against: '×', abstain: '' },
};

/** The setting key the defaults are stored under (shared/db/settings.ts). */
export const ELECTION_RULES_KEY = 'elections.rules';

/** Field → Chinese message; empty when the rules can be used. */
export function validateRules(r: ElectionRules): Record<string, string> {
  const e: Record<string, string> = {};
  if (!(r.quorum in QUORUM_WORDINGS)) e.quorum = '请选择到会人数的规定';
  if (!(r.majorityBase in MAJORITY_BASES)) e.majorityBase = '请选择过半数的计算基数';
  if (!Number.isFinite(r.marginRate) || r.marginRate < 0 || r.marginRate > 1)
    e.marginRate = '差额率应在 0 到 100% 之间（条例规定不低于 5%）';
  const { for: f, against: a, abstain: b } = r.marks;
  if (!f.trim() || !a.trim()) e.marks = '请填写“同意”和“不同意”的符号';
  else if (f.trim() === a.trim() || f.trim() === b.trim() || a.trim() === b.trim())
    e.marks = '同意、不同意、弃权的符号不能相同';
  return e;
}

/** Rules read from storage, filled from the defaults where a field is missing. */
export function normalizeRules(stored: Partial<ElectionRules> | undefined | null): ElectionRules {
  const r = { ...DEFAULT_ELECTION_RULES, ...(stored ?? {}) };
  return { ...r, marks: { ...DEFAULT_ELECTION_RULES.marks, ...(stored?.marks ?? {}) } };
}

/** The least number present for the vote to be held (条例 第十七条; wording as chosen). */
export function quorumOf(entitled: number, wording: QuorumWording): number {
  if (entitled <= 0) return 0;
  return wording === 'atLeastTwoThirds'
    ? Math.ceil((2 * entitled) / 3)
    : Math.floor((2 * entitled) / 3) + 1;
}

/** 过半数 of `base`: more than half, i.e. ⌊base/2⌋ + 1. */
export function majorityOf(base: number): number {
  return Math.floor(Math.max(0, base) / 2) + 1;
}

/** The fewest candidates for `seats` seats at `rate` (7 seats at 5% → 8). */
export function minCandidates(seats: number, rate: number): number {
  if (seats <= 0) return 0;
  return Math.max(seats + (rate > 0 ? 1 : 0), Math.ceil(seats * (1 + rate) - 1e-9));
}

/** The rules as the 选举办法 states them, one sentence each. */
export function rulesText(r: ElectionRules): string[] {
  const m = r.marks;
  return [
    `到会人数：${QUORUM_WORDINGS[r.quorum].label}，方可进行选举。`,
    '收回的选票等于或少于发出的选票，选举有效；多于发出的选票，选举无效，应重新选举。',
    '每张选票所选人数（含另选他人）等于或少于应选人数的为有效票，多于应选人数的为无效票；未作任何标记的选票为有效票（弃权）。',
    `候选人获得赞成票超过${MAJORITY_BASES[r.majorityBase].label}的半数，始得当选。`,
    '获得过半数赞成票的候选人多于应选人数时，以得票多少为序确定当选人；得票相等不能确定当选人时，就票数相等的候选人重新投票，以得票多的当选。',
    '当选人数少于应选人数时，不足的名额另行选举。',
    `划票方法：同意的画“${m.for}”，不同意的画“${m.against}”，${m.abstain.trim() ? `弃权的画“${m.abstain}”` : '弃权的不画任何符号'}；另选他人的，在另选人栏内写上其姓名。`,
  ];
}
