/** The roster's Dexie stores (the newest schema; released versions are frozen in db/upgrades). */
export const ROSTER_TABLES = {
  members: 'id, idNumber, status, rosterOrder, demo',
  departments: 'id, &name, order, demo',
  unionGroups: 'id, &name, order, demo',
} as const;
