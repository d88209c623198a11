import { modals } from '@mantine/modals';
import type { ExpenseOffer } from '../funds';
import { formatCents } from '../../shared/ledgers/care';

// What a care record costs the union's account is the funds ledger's rule (careExpense.ts).
export { distributionExpense, visitExpense } from '../../shared/ledgers/funds';

/** After saving: asks whether to record the expense now (the form opens prefilled). */
export function askToRecordExpense(offer: ExpenseOffer, open: (o: ExpenseOffer) => void): void {
  modals.openConfirmModal({
    title: '记一笔经费支出？',
    children: `这笔${formatCents(offer.amountFen)}由工会经费支出。现在就在经费账里记一笔支出（摘要、金额、科目已填好，补上经办人、审核人、审批人即可）？以后也可以在这条记录上点“记经费支出”。`,
    labels: { confirm: '记支出', cancel: '以后再说' },
    onConfirm: () => open(offer),
  });
}
