import type { SchemaVersion } from './types';
import { v08 } from './v08-hardship';

export const v09: SchemaVersion = {
  version: 9,
  reason: 'care ledger: visits, hospital stays, campaigns, distributions and their receipts',
  stores: {
    ...v08.stores,
    careVisits: 'id, date, year, reason, stayId, campaignId, *memberIds, demo',
    careStays: 'id, memberId, demo',
    campaigns: 'id, year, demo',
    distributions: 'id, date, year, campaignId, demo',
    distributionRecipients: 'id, distributionId, memberId, [distributionId+memberId], demo',
  },
};
