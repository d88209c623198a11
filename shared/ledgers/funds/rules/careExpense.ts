import type { CareVisit, Distribution } from '../../care/rules/records';
import { reasonText, visitCents } from '../../care/rules/records';
import type { FundLink } from './rows';

/*
 * What a care record costs the union's account, as the expense entry it calls for (issue 11:
 * creating a visit or a distribution offers its expense; the demo year links them). Only
 * money paid from 工会经费 goes through the union's account: 上级帮扶资金, 行政 and 慈善 are
 * paid by others.
 */

export interface CareExpense {
  link: FundLink;
  date: string;
  amountFen: number;
  summary: string;
  category: string;
  subCategory: string;
}

/** 送温暖 and hardship help → 维权支出/送温暖费; other care → 职工活动支出/会员活动支出 (LEDGERS.md §5). */
export function careCategory(what: string): Pick<CareExpense, 'category' | 'subCategory'> {
  return /送温暖|困难/.test(what)
    ? { category: '维权支出', subCategory: '送温暖费' }
    : { category: '职工活动支出', subCategory: '会员活动支出' };
}

export function visitExpense(v: CareVisit): CareExpense | null {
  const amountFen = visitCents(v);
  if (v.fundSource !== '工会经费' || amountFen <= 0) return null;
  const what = reasonText(v);
  return {
    link: { table: 'careVisits', id: v.id },
    date: v.date,
    amountFen,
    summary: `慰问（${what}）：${v.visitees.map((x) => x.name).join('、')}`,
    ...careCategory(what),
  };
}

export function distributionExpense(d: Distribution, recipients: number): CareExpense | null {
  const amountFen = d.valueCents * recipients;
  if (d.fundSource !== '工会经费' || amountFen <= 0) return null;
  return {
    link: { table: 'distributions', id: d.id },
    date: d.date,
    amountFen,
    summary: `${d.occasion}发放${d.item}（${recipients}人）`,
    ...careCategory(d.occasion),
  };
}
