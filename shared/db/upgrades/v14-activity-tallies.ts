import type { SchemaVersion } from './types';
import { v13 } from './v13-township';

export const v14: SchemaVersion = {
  version: 14,
  reason: '年度统计 at township scale: per-activity participant counts (a derived table)',
  stores: {
    ...v13.stores,
    // Empty at first: the 年度统计 read fills it from the participant rows as it needs it.
    activityTallies: 'id',
  },
};
