import { modals } from '@mantine/modals';
import type { ExpenseOffer } from '../funds';
import { formatCents, type CareVisit, type Distribution } from '../../shared/ledgers/care';
import { visitCents, reasonText } from '../../shared/ledgers/care';

/*
 * What a care record costs the union's account, as a fund entry to offer (issue 11: creating
 * a visit or a distribution offers to create its expense entry). Only money paid from 工会经费
 * goes into the union's account; 上级帮扶资金, 行政 and 慈善 are paid by others.
 */

/** 送温暖 goes to 维权支出/送温暖费; other care to 职工活动支出/会员活动支出 (LEDGERS.md §5). */
function categoryOf(what: string): Pick<ExpenseOffer, 'category' | 'subCategory'> {
  return /送温暖|困难/.test(what)
    ? { category: '维权支出', subCategory: '送温暖费' }
    : { category: '职工活动支出', subCategory: '会员活动支出' };
}

export function visitExpense(v: CareVisit): ExpenseOffer | null {
  const amountFen = visitCents(v);
  if (v.fundSource !== '工会经费' || amountFen <= 0) return null;
  const what = reasonText(v);
  return {
    link: { table: 'careVisits', id: v.id },
    date: v.date,
    amountFen,
    summary: `慰问（${what}）：${v.visitees.map((x) => x.name).join('、')}`,
    ...categoryOf(what),
  };
}

export function distributionExpense(d: Distribution, recipients: number): ExpenseOffer | null {
  const amountFen = d.valueCents * recipients;
  if (d.fundSource !== '工会经费' || amountFen <= 0) return null;
  return {
    link: { table: 'distributions', id: d.id },
    date: d.date,
    amountFen,
    summary: `${d.occasion}发放${d.item}（${recipients}人）`,
    ...categoryOf(d.occasion),
  };
}

/** After saving: asks whether to record the expense now (the form opens prefilled). */
export function askToRecordExpense(offer: ExpenseOffer, open: (o: ExpenseOffer) => void): void {
  modals.openConfirmModal({
    title: '记一笔经费支出？',
    children: `这笔${formatCents(offer.amountFen)}由工会经费支出。现在就在经费账里记一笔支出（摘要、金额、科目已填好，补上经办人、审核人、审批人即可）？以后也可以在这条记录上点“记经费支出”。`,
    labels: { confirm: '记支出', cancel: '以后再说' },
    onConfirm: () => open(offer),
  });
}
