import { describe, expect, it } from 'vitest';
import {
  atLeastTwoThirds,
  majorityOf,
  moreThanTwoThirds,
  quorumOf,
  voteOutcome,
} from './thresholds';

describe('quorum and majority by wording', () => {
  it.each([
    [30, 20, 21, 16],
    [31, 21, 21, 16],
    [45, 30, 31, 23],
  ])(
    'of %i representatives: 三分之二以上 %i, 超过三分之二 %i, 过半数 %i',
    (n, atLeast, over, half) => {
      expect(atLeastTwoThirds(n)).toBe(atLeast);
      expect(quorumOf(n, '三分之二以上')).toBe(atLeast);
      expect(moreThanTwoThirds(n)).toBe(over);
      expect(quorumOf(n, '超过三分之二')).toBe(over);
      expect(majorityOf(n)).toBe(half);
    },
  );

  it('includes two thirds itself under 以上 and excludes it under 超过 (民法典 §1259)', () => {
    // 20 is exactly two thirds of 30
    expect(20 >= quorumOf(30, '三分之二以上')).toBe(true);
    expect(20 >= quorumOf(30, '超过三分之二')).toBe(false);
    expect(19 >= quorumOf(30, '三分之二以上')).toBe(false);
  });

  it('needs no one of no one', () => {
    expect(quorumOf(0, '三分之二以上')).toBe(0);
    expect(majorityOf(0)).toBe(0);
  });
});

describe('voteOutcome', () => {
  const counts = { representatives: 30, present: 26 };
  it('passes with 过半数 of all representatives: 16 of 30 passes, 15 does not', () => {
    expect(voteOutcome({ for: 16, against: 8, abstain: 2 }, '全体代表', counts)).toMatchObject({
      needed: 16,
      base: 30,
      passed: true,
    });
    expect(voteOutcome({ for: 15, against: 9, abstain: 2 }, '全体代表', counts).passed).toBe(false);
  });

  it('takes 过半数 of those present when the rule says so: 14 of 26 passes, 13 does not', () => {
    expect(voteOutcome({ for: 14, against: 12, abstain: 0 }, '出席代表', counts)).toMatchObject({
      needed: 14,
      base: 26,
      passed: true,
    });
    expect(voteOutcome({ for: 13, against: 13, abstain: 0 }, '出席代表', counts).passed).toBe(
      false,
    );
  });

  it('refuses more votes than representatives present, and negative counts', () => {
    const o = voteOutcome({ for: 20, against: 5, abstain: 2 }, '全体代表', counts);
    expect(o.passed).toBe(false);
    expect(o.problems).toEqual(['赞成、反对、弃权合计 27 票，多于出席代表 26 人']);
    expect(voteOutcome({ for: -1, against: 0, abstain: 0 }, '全体代表', counts).problems[0]).toBe(
      '赞成票数应为不小于0的整数',
    );
  });
});
