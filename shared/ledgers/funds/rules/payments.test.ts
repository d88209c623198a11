import { describe, expect, it } from 'vitest';
import { reckonMemberMonth, reckonRolls, refundOf, stateOf, totalsBy, totalsOf } from './payments';
import type { DuesPayment, DuesRoll } from './rows';

const pay = (
  id: string,
  amountFen: number,
  date: string,
  extra: Partial<DuesPayment> = {},
): DuesPayment => ({
  id,
  memberId: 'm',
  month: '2026-07',
  amountFen,
  date,
  reversesId: null,
  note: '',
  ...extra,
});

describe('a member-month', () => {
  it('paid in full within the month is 已缴, not late, not twice', () => {
    const r = reckonMemberMonth('m', '2026-07', 2280, [pay('p1', 2280, '2026-07-25')]);
    expect(r).toMatchObject({
      paidFen: 2280,
      outstandingFen: 0,
      state: '已缴',
      late: false,
      twice: false,
    });
  });
  it('paid after the month’s last day is late', () => {
    expect(reckonMemberMonth('m', '2026-07', 2280, [pay('p1', 2280, '2026-07-31')]).late).toBe(
      false,
    );
    expect(reckonMemberMonth('m', '2026-07', 2280, [pay('p1', 2280, '2026-08-01')]).late).toBe(
      true,
    );
  });
  it('paid twice is 多缴 and twice; the refund of one makes it 已缴 again', () => {
    const twice = [pay('p1', 2280, '2026-07-25'), pay('p2', 2280, '2026-07-27')];
    expect(reckonMemberMonth('m', '2026-07', 2280, twice)).toMatchObject({
      paidFen: 4560,
      state: '多缴',
      twice: true,
    });
    const refunded = [...twice, refundOf(twice[1]!, twice, { id: 'r1', date: '2026-07-28' })];
    expect(reckonMemberMonth('m', '2026-07', 2280, refunded)).toMatchObject({
      paidFen: 2280,
      state: '已缴',
      twice: false,
      lastPaidOn: '2026-07-25',
    });
  });
  it('paid too little is 少缴 with the difference outstanding', () => {
    const r = reckonMemberMonth('m', '2026-07', 2280, [pay('p1', 1780, '2026-07-25')]);
    expect(r).toMatchObject({ state: '少缴', outstandingFen: 500 });
  });
  it('with nothing paid is 未缴; payments of other months and members do not count', () => {
    const r = reckonMemberMonth('m', '2026-07', 2280, [
      pay('p1', 2280, '2026-06-25', { month: '2026-06' }),
      pay('p2', 2280, '2026-07-25', { memberId: 'x' }),
    ]);
    expect(r).toMatchObject({ paidFen: 0, state: '未缴', outstandingFen: 2280 });
  });
  it('states at the edges', () => {
    expect(stateOf(2280, 2279)).toBe('少缴');
    expect(stateOf(2280, 2280)).toBe('已缴');
    expect(stateOf(2280, 2281)).toBe('多缴');
    expect(stateOf(0, 0)).toBe('已缴');
  });
});

describe('refunds', () => {
  it('are a reversing line of the same month, negated', () => {
    const p = pay('p1', 2280, '2026-07-25');
    expect(refundOf(p, [p], { id: 'r', date: '2026-08-02' })).toEqual({
      id: 'r',
      memberId: 'm',
      month: '2026-07',
      amountFen: -2280,
      date: '2026-08-02',
      reversesId: 'p1',
      note: '退款',
    });
  });
  it('are refused twice for one payment, and for a refund', () => {
    const p = pay('p1', 2280, '2026-07-25');
    const r = refundOf(p, [p], { id: 'r', date: '2026-08-02' });
    expect(() => refundOf(p, [p, r], { id: 'r2', date: '2026-08-03' })).toThrow('已经退过款');
    expect(() => refundOf(r, [p, r], { id: 'r3', date: '2026-08-03' })).toThrow('退款，不能再退');
  });
});

describe('rolls reckoned', () => {
  const roll = (month: string, lines: DuesRoll['lines']): DuesRoll => ({
    id: month,
    month,
    lines,
    rateBp: 50,
    unitFen: 1000,
    createdAt: '',
  });
  it('total due, paid and outstanding; overpaying does not cancel another’s debt', () => {
    const rolls = [
      roll('2026-07', [
        { memberId: 'm', baseFen: 456700, dueFen: 2280 },
        { memberId: 'n', baseFen: 398500, dueFen: 1990 },
      ]),
    ];
    const rows = reckonRolls(rolls, [pay('p1', 4560, '2026-07-25')]);
    expect(totalsOf(rows)).toEqual({
      dueFen: 4270,
      paidFen: 4560,
      outstandingFen: 1990,
      memberMonths: 2,
      payers: 1,
    });
  });
  it('list a payment of someone the roll does not hold, with nothing due', () => {
    const rows = reckonRolls(
      [roll('2026-07', [])],
      [pay('p1', 100, '2026-07-25', { memberId: 'z' })],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ memberId: 'z', dueFen: 0, state: '多缴' });
  });
  it('group by any key', () => {
    const rows = reckonRolls(
      [
        roll('2026-07', [{ memberId: 'm', baseFen: 0, dueFen: 100 }]),
        roll('2026-08', [{ memberId: 'm', baseFen: 0, dueFen: 100 }]),
      ],
      [pay('p1', 100, '2026-07-25')],
    );
    const byMonth = totalsBy(rows, (r) => r.month);
    expect(byMonth.get('2026-07')?.outstandingFen).toBe(0);
    expect(byMonth.get('2026-08')?.outstandingFen).toBe(100);
  });
});
