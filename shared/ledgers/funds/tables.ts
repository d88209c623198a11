/** The funds ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const FUNDS_TABLES = {
  wageBases: 'id, memberId, demo',
  duesRolls: 'id, &month, demo',
  duesPayments: 'id, memberId, month, demo',
  duesPostings: 'id, month, demo',
  fundEntries: 'id, year, date, demo',
  budgets: 'id, year, demo',
  fundYears: 'id, &year, demo',
} as const;
