import type { SchemaVersion } from './types';
import { v14 } from './v14-activity-tallies';

export const v15: SchemaVersion = {
  version: 15,
  reason: 'roster search at township scale: the pinyin of the names, kept (a derived table)',
  stores: {
    ...v14.stores,
    // Empty at first: the roster's search Worker fills it after reading the names once.
    pinyinCache: 'id',
  },
};
