import type { SchemaVersion } from './types';
import { v09 } from './v09-care';

export const v10: SchemaVersion = {
  version: 10,
  reason: 'funds ledger: wage bases, dues rolls/payments/postings, fund entries, budgets, years',
  stores: {
    ...v09.stores,
    wageBases: 'id, memberId, demo',
    duesRolls: 'id, &month, demo',
    duesPayments: 'id, memberId, month, demo',
    duesPostings: 'id, month, demo',
    fundEntries: 'id, year, date, demo',
    budgets: 'id, year, demo',
    fundYears: 'id, &year, demo',
  },
};
