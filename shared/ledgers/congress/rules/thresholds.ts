/**
 * The arithmetic of a quorum and a passing vote, by the wording of the rule (民法典 第一千二百五十九条:
 * 「民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数」).
 * Integers only: a threshold is the smallest head count that meets the rule.
 */

/** The two wordings of a two-thirds quorum found in units' own 实施细则. */
export const QUORUM_WORDINGS = ['三分之二以上', '超过三分之二'] as const;
export type QuorumWording = (typeof QUORUM_WORDINGS)[number];

/** Who 「过半数」 is counted over: all voting representatives, or those present. */
export const MAJORITY_BASES = ['全体代表', '出席代表'] as const;
export type MajorityBase = (typeof MAJORITY_BASES)[number];

/** 「三分之二以上」 of n includes two thirds itself: ⌈2n/3⌉ (20 of 30, 21 of 31, 30 of 45). */
export function atLeastTwoThirds(n: number): number {
  return Math.floor((2 * n + 2) / 3);
}

/** 「超过三分之二」 excludes two thirds itself: ⌊2n/3⌋ + 1 (21 of 30, 21 of 31, 31 of 45). */
export function moreThanTwoThirds(n: number): number {
  return Math.floor((2 * n) / 3) + 1;
}

/** The quorum of n voting representatives under the wording. */
export function quorumOf(n: number, wording: QuorumWording): number {
  if (n <= 0) return 0;
  return wording === '三分之二以上' ? atLeastTwoThirds(n) : moreThanTwoThirds(n);
}

/** 「过半数」 is more than half: ⌊n/2⌋ + 1 (16 of 30, 16 of 31, 23 of 45). */
export function majorityOf(n: number): number {
  if (n <= 0) return 0;
  return Math.floor(n / 2) + 1;
}

/** The head count 过半数 is taken of, by the base the union's rule names. */
export function majorityBaseCount(
  base: MajorityBase,
  counts: { representatives: number; present: number },
): number {
  return base === '全体代表' ? counts.representatives : counts.present;
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface VoteOutcome {
  /** 过半数 of the base */
  needed: number;
  base: number;
  passed: boolean;
  /** Problems with the counts, in Chinese (more votes than present …). */
  problems: string[];
}

/** Whether an item passed: 赞成 at least 过半数 of the base; counts checked against those present. */
export function voteOutcome(
  v: VoteCounts,
  base: MajorityBase,
  counts: { representatives: number; present: number },
): VoteOutcome {
  const n = majorityBaseCount(base, counts);
  const needed = majorityOf(n);
  const problems: string[] = [];
  for (const [k, label] of [
    ['for', '赞成'],
    ['against', '反对'],
    ['abstain', '弃权'],
  ] as const) {
    const x = v[k];
    if (!Number.isInteger(x) || x < 0) problems.push(`${label}票数应为不小于0的整数`);
  }
  const total = v.for + v.against + v.abstain;
  if (problems.length === 0 && total > counts.present)
    problems.push(`赞成、反对、弃权合计 ${total} 票，多于出席代表 ${counts.present} 人`);
  return { needed, base: n, passed: problems.length === 0 && n > 0 && v.for >= needed, problems };
}
