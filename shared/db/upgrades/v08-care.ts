import type { SchemaVersion } from './types';
import { v07 } from './v07-status-dates';

export const v08: SchemaVersion = {
  version: 8,
  reason: 'care ledger: visits, hospital stays, campaigns, distributions and their receipts',
  stores: {
    ...v07.stores,
    careVisits: 'id, date, year, reason, stayId, campaignId, *memberIds, demo',
    careStays: 'id, memberId, demo',
    campaigns: 'id, year, demo',
    distributions: 'id, date, year, campaignId, demo',
    distributionRecipients: 'id, distributionId, memberId, [distributionId+memberId], demo',
  },
};
