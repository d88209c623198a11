import { describe, expect, it } from 'vitest';
import { emptyLedgerData } from '../../store/ledgerData';
import type { LedgerData } from '../../types';
import { fundsFigures } from './figures';
import type { DuesPayment, FundEntry } from './rows';

const pay = (id: string, memberId: string, month: string, amountFen: number): DuesPayment => ({
  id,
  memberId,
  month,
  amountFen,
  date: `${month}-25`,
  reversesId: null,
  note: '',
});
const entry = (
  id: string,
  date: string,
  direction: FundEntry['direction'],
  category: string,
  amountFen: number,
  approver = '主席',
): FundEntry => ({
  id,
  year: Number(date.slice(0, 4)),
  date,
  voucher: id,
  direction,
  category,
  subCategory: '',
  summary: id,
  amountFen,
  handler: '甲',
  checker: '乙',
  approver,
  link: null,
  createdAt: '',
  updatedAt: '',
});

function data(): LedgerData {
  const d = emptyLedgerData();
  const roll = (month: string) => ({
    id: `r-${month}`,
    month,
    rateBp: 50,
    unitFen: 1000,
    createdAt: '',
    lines: [
      { memberId: 'a', baseFen: 456700, dueFen: 2280 },
      { memberId: 'b', baseFen: 398500, dueFen: 1990 },
    ],
  });
  d.tables.duesRolls = [roll('2025-12'), roll('2026-01'), roll('2026-02')];
  d.tables.duesPayments = [
    pay('p0', 'a', '2025-12', 2280),
    pay('p1', 'a', '2026-01', 2280),
    pay('p2', 'b', '2026-01', 3000),
    pay('p3', 'a', '2026-02', 1000),
  ];
  d.tables.fundYears = [{ id: 'y', year: 2026, openingFen: 500000 }];
  d.tables.fundEntries = [
    entry('e0', '2025-12-31', '收入', '会费收入', 99999),
    entry('e1', '2026-01-31', '收入', '会费收入', 5280),
    entry('e2', '2026-02-10', '支出', '维权支出', 30000, ''),
    entry('e3', '2026-02-11', '支出', '职工活动支出', 10000),
  ];
  return d;
}

describe('the funds figures', () => {
  const figures = fundsFigures({ from: '2026-01-01', to: '2026-12-31' }, data());
  const f = (key: string) => figures.find((x) => x.key === key)!;
  it('count dues over the months of the period that have a roll', () => {
    expect(f('dues.due').value).toBe('85.40'); // 2 months × (22.80 + 19.90)
    expect(f('dues.paid').value).toBe('62.80');
    // Feb: a owes 12.80, b 19.90; Jan: b's overpayment does not cancel them
    expect(f('dues.outstanding').value).toBe('32.70');
    expect(f('dues.memberMonths').value).toBe(4);
    expect(f('dues.due').recordIds).toEqual(['r-2026-01', 'r-2026-02']);
  });
  it('sum the account from the year’s opening balance', () => {
    expect(f('funds.income').value).toBe('52.80');
    expect(f('funds.expense').value).toBe('400.00');
    expect(f('funds.closingBalance').value).toBe('4652.80');
    expect(f('funds.incomeByCategory.会费收入').value).toBe('52.80');
    expect(f('funds.expenseByCategory.维权支出').recordIds).toEqual(['e2']);
  });
  it('count expenses missing their approver, naming them', () => {
    expect(f('funds.unapproved')).toMatchObject({ value: 1, recordIds: ['e2'] });
  });
});
