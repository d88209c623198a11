import { describe, expect, it } from 'vitest';
import type { CareVisit, Distribution } from '../../care/rules/records';
import { distributionExpense, visitExpense } from './careExpense';

const visit = (over: Partial<CareVisit>): CareVisit =>
  ({
    id: 'v1',
    date: '2026-11-03',
    reason: '生病住院',
    festival: null,
    fundSource: '工会经费',
    visitees: [
      { name: '王建国', memberId: 'm1', cashCents: 50_000, goodsCents: 12_000 },
      { name: '李红', memberId: 'm2', cashCents: 30_000, goodsCents: 0 },
    ],
    ...over,
  }) as CareVisit;

describe('the expense a care record offers to the fund account', () => {
  it('a visit paid from 工会经费: its whole value, linked, as 会员活动支出', () => {
    expect(visitExpense(visit({}))).toEqual({
      link: { table: 'careVisits', id: 'v1' },
      date: '2026-11-03',
      amountFen: 92_000,
      summary: '慰问（生病住院）：王建国、李红',
      category: '职工活动支出',
      subCategory: '会员活动支出',
    });
  });

  it('nothing for money the union’s account does not pay, or for a visit worth nothing', () => {
    expect(visitExpense(visit({ fundSource: '上级帮扶资金' }))).toBeNull();
    expect(
      visitExpense(visit({ visitees: [{ name: '王建国', cashCents: 0, goodsCents: 0 } as never] })),
    ).toBeNull();
  });

  it('a 送温暖 distribution: per head × recipients, as 维权支出/送温暖费', () => {
    const d = {
      id: 'd1',
      date: '2027-01-20',
      occasion: '两节送温暖',
      item: '米面油',
      valueCents: 20_000,
      fundSource: '工会经费',
    } as Distribution;
    expect(distributionExpense(d, 12)).toMatchObject({
      link: { table: 'distributions', id: 'd1' },
      amountFen: 240_000,
      summary: '两节送温暖发放米面油（12人）',
      category: '维权支出',
      subCategory: '送温暖费',
    });
    expect(distributionExpense({ ...d, fundSource: '行政' }, 12)).toBeNull();
  });
});
