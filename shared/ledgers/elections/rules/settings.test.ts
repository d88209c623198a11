import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ELECTION_RULES,
  majorityOf,
  minCandidates,
  normalizeRules,
  quorumOf,
  rulesText,
  validateRules,
} from './settings';

describe('the quorum', () => {
  it('「三分之二以上」 is ⌈2N/3⌉: 20 of 30, 21 of 31, 22 of 32', () => {
    expect(quorumOf(30, 'atLeastTwoThirds')).toBe(20);
    expect(quorumOf(31, 'atLeastTwoThirds')).toBe(21);
    expect(quorumOf(32, 'atLeastTwoThirds')).toBe(22);
  });
  it('「超过三分之二」 is ⌊2N/3⌋+1: 21 of 30, 21 of 31, 22 of 32', () => {
    expect(quorumOf(30, 'moreThanTwoThirds')).toBe(21);
    expect(quorumOf(31, 'moreThanTwoThirds')).toBe(21);
    expect(quorumOf(32, 'moreThanTwoThirds')).toBe(22);
  });
  it('is 0 when nobody is entitled', () => {
    expect(quorumOf(0, 'atLeastTwoThirds')).toBe(0);
  });
});

describe('过半数', () => {
  it('is more than half: 13 of 24, 13 of 25, 1 of 0', () => {
    expect(majorityOf(24)).toBe(13);
    expect(majorityOf(25)).toBe(13);
    expect(majorityOf(0)).toBe(1);
  });
});

describe('差额', () => {
  it('at 5% asks 8 candidates for 7 seats, 21 for 20, 22 for 21, 2 for 1', () => {
    expect(minCandidates(7, 0.05)).toBe(8);
    expect(minCandidates(20, 0.05)).toBe(21);
    expect(minCandidates(21, 0.05)).toBe(23);
    expect(minCandidates(1, 0.05)).toBe(2);
  });
  it('at 0% allows an 等额 list', () => {
    expect(minCandidates(7, 0)).toBe(7);
  });
});

describe('the rules', () => {
  it('defaults are valid and fill a partial stored copy', () => {
    expect(validateRules(DEFAULT_ELECTION_RULES)).toEqual({});
    expect(normalizeRules({ majorityBase: 'valid', marks: { for: '√' } as never })).toMatchObject({
      majorityBase: 'valid',
      quorum: 'atLeastTwoThirds',
      marks: { for: '√', against: '×', abstain: '' },
    });
  });
  it('refuse the same sign for 同意 and 不同意, and a margin over 100%', () => {
    const bad = validateRules({
      ...DEFAULT_ELECTION_RULES,
      marginRate: 1.5,
      marks: { for: '○', against: '○', abstain: '' },
    });
    expect(bad.marks).toContain('不能相同');
    expect(bad.marginRate).toContain('0 到 100%');
  });
  it('are stated in the 选举办法 with the chosen base and marks', () => {
    const t = rulesText({ ...DEFAULT_ELECTION_RULES, majorityBase: 'valid' }).join('\n');
    expect(t).toContain('超过有效票数的半数');
    expect(t).toContain('同意的画“○”，不同意的画“×”，弃权的不画任何符号');
  });
});
