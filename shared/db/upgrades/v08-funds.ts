import type { SchemaVersion } from './types';
import { v07 } from './v07-status-dates';

export const v08: SchemaVersion = {
  version: 8,
  reason: 'funds ledger: wage bases, dues rolls/payments/postings, fund entries, budgets, years',
  stores: {
    ...v07.stores,
    wageBases: 'id, memberId, demo',
    duesRolls: 'id, &month, demo',
    duesPayments: 'id, memberId, month, demo',
    duesPostings: 'id, month, demo',
    fundEntries: 'id, year, date, demo',
    budgets: 'id, year, demo',
    fundYears: 'id, &year, demo',
  },
};
