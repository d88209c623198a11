import { Button } from '@mantine/core';
import { IconReceipt2 } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useDb } from '../app/AppContext';
import { expenseEntryPath, type ExpenseOffer } from './offerExpenseEntry';

/**
 * 「记经费支出」 for a record another screen shows (an activity, a care visit …): opens the
 * fund entry form prefilled and linked; once the record has an entry, 「查看经费支出」 opens it.
 */
export function ExpenseEntryButton({ offer }: { offer: ExpenseOffer }) {
  const db = useDb();
  const navigate = useNavigate();
  const linked = useLiveQuery(
    () =>
      db.fundEntries
        .filter((e) => e.link?.table === offer.link.table && e.link.id === offer.link.id)
        .first(),
    [db, offer.link.table, offer.link.id],
  );
  return (
    <Button
      variant="default"
      leftSection={<IconReceipt2 size={18} />}
      onClick={() =>
        void navigate(linked ? `/funds/entries/${linked.id}` : expenseEntryPath(offer))
      }
      data-testid="expense-entry-button"
    >
      {linked ? '查看经费支出' : '记经费支出'}
    </Button>
  );
}
