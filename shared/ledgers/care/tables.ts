/** The care ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const CARE_TABLES = {
  careVisits: 'id, date, year, reason, stayId, campaignId, *memberIds, demo',
  careStays: 'id, memberId, demo',
  campaigns: 'id, year, demo',
  distributions: 'id, date, year, campaignId, demo',
  distributionRecipients: 'id, distributionId, memberId, [distributionId+memberId], demo',
} as const;
