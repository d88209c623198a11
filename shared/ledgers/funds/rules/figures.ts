import type { Figure, LedgerData, Period } from '../../types';
import { monthStart } from './dues';
import { reckonRolls, totalsOf } from './payments';
import { isIncomplete } from './entries';
import type { FundEntry } from './rows';
import { openingBalanceOf } from './year';

/*
 * The funds ledger's figures (LEDGERS.md §11). Dues are over the months of the period that
 * have a roll (a month is in the dues ledger once it has one); due is as computed from the
 * bases when the roll was made. Funds are over the entries dated in the period; the closing
 * balance starts from the opening balance of the period's first year.
 * funds.incomeByCategory / funds.expenseByCategory are one figure per top-level category,
 * keyed 「funds.incomeByCategory.会费收入」 (a figure's value is one number or string).
 */

const money = (fen: number) => (fen / 100).toFixed(2);

export function fundsFigures(period: Period, data: LedgerData): Figure[] {
  const inPeriod = (d: string) => d >= period.from && d <= period.to;
  const rolls = data.tables.duesRolls.filter((r) => inPeriod(monthStart(r.month)));
  const months = new Set(rolls.map((r) => r.month));
  const payments = data.tables.duesPayments.filter((p) => months.has(p.month));
  const totals = totalsOf(reckonRolls(rolls, payments));
  const rollIds = rolls.map((r) => r.id);

  const entries = data.tables.fundEntries.filter((e) => inPeriod(e.date));
  const income = entries.filter((e) => e.direction === '收入');
  const expense = entries.filter((e) => e.direction === '支出');
  const sum = (es: readonly FundEntry[]) => es.reduce((s, e) => s + e.amountFen, 0);
  const firstYear = Number(period.from.slice(0, 4));
  const openingFen = openingBalanceOf(firstYear, data.tables.fundYears, data.tables.fundEntries);
  const unapproved = expense.filter((e) => !e.approver.trim());

  const byCategory = (es: readonly FundEntry[], key: string, label: string): Figure[] => {
    const groups = new Map<string, FundEntry[]>();
    for (const e of es) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
    return [...groups].map(([cat, list]) => ({
      key: `${key}.${cat}`,
      label: `${label}：${cat}`,
      value: money(sum(list)),
      unit: '元',
      definition: `统计期内科目为“${cat}”的${label}之和`,
      table: 'fundEntries' as const,
      recordIds: list.map((e) => e.id),
    }));
  };

  return [
    {
      key: 'dues.due',
      label: '应缴会费',
      value: money(totals.dueFen),
      unit: '元',
      definition: '统计期内已建会费名册的各月，按工资基数计算的应缴会费之和',
      table: 'duesRolls',
      recordIds: rollIds,
    },
    {
      key: 'dues.paid',
      label: '实缴会费',
      value: money(totals.paidFen),
      unit: '元',
      definition: '缴入以上各月的会费（退款冲减）之和',
      table: 'duesPayments',
      recordIds: payments.map((p) => p.id),
    },
    {
      key: 'dues.outstanding',
      label: '欠缴会费',
      value: money(totals.outstandingFen),
      unit: '元',
      definition: '以上各月每人每月应缴减实缴的差额（多缴不抵他人欠缴）之和',
      table: 'duesRolls',
      recordIds: rollIds,
    },
    {
      key: 'dues.memberMonths',
      label: '应缴会费人月数',
      value: totals.memberMonths,
      unit: '人月',
      definition: '以上各月名册中应缴会费的会员人数之和',
      table: 'duesRolls',
      recordIds: rollIds,
    },
    {
      key: 'funds.income',
      label: '经费收入',
      value: money(sum(income)),
      unit: '元',
      definition: '日期在统计期内的经费收入之和',
      table: 'fundEntries',
      recordIds: income.map((e) => e.id),
    },
    {
      key: 'funds.expense',
      label: '经费支出',
      value: money(sum(expense)),
      unit: '元',
      definition: '日期在统计期内的经费支出之和',
      table: 'fundEntries',
      recordIds: expense.map((e) => e.id),
    },
    {
      key: 'funds.closingBalance',
      label: '经费结余',
      value: money(openingFen + sum(income) - sum(expense)),
      unit: '元',
      definition: `${firstYear}年期初结余（未填时为上年结余）+ 统计期内收入 − 支出`,
      table: 'fundEntries',
      recordIds: entries.map((e) => e.id),
    },
    ...byCategory(income, 'funds.incomeByCategory', '经费收入'),
    ...byCategory(expense, 'funds.expenseByCategory', '经费支出'),
    {
      key: 'funds.unapproved',
      label: '未审批的支出',
      value: unapproved.length,
      unit: '笔',
      definition: '统计期内缺少审批人的经费支出笔数',
      table: 'fundEntries',
      recordIds: unapproved.map((e) => e.id),
    },
    {
      key: 'funds.incomplete',
      label: '手续不全的支出',
      value: expense.filter(isIncomplete).length,
      unit: '笔',
      definition: '统计期内经办人、审核人、审批人未填全的经费支出笔数',
      table: 'fundEntries',
      recordIds: expense.filter(isIncomplete).map((e) => e.id),
    },
  ];
}
