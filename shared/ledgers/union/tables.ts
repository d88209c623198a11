/**
 * The union ledger's Dexie stores (the newest schema; released ones are in db/upgrades).
 * The profile itself lives in the kernel's `settings` table under 'profile'.
 */
export const UNION_TABLES = {
  /** 委员: the committee's officers per term (届次), with start and end dates. */
  officers: 'id, termNumber, memberId, demo',
  /** 表彰: honours to a member or to a collective. */
  honours: 'id, year, memberId, demo',
} as const;
