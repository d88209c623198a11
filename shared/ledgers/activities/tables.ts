/** The activities ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const ACTIVITY_TABLES = {
  activities: 'id, kindId, startDate, year, demo',
  participants: 'id, activityId, memberId, [activityId+memberId], demo',
  activityKinds: 'id, &name, order',
} as const;
