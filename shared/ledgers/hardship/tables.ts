/** The hardship ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const HARDSHIP_TABLES = {
  hardshipFiles: 'id, memberId, status, demo',
  hardshipAssistance: 'id, fileId, memberId, date, demo',
} as const;
