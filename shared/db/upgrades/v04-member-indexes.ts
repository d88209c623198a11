import type { SchemaVersion } from './types';
import { v03 } from './v03-ledger';

export const v04: SchemaVersion = {
  version: 4,
  reason:
    'faster imports: members keep only the indexes queries use (the roster filters in memory)',
  stores: { ...v03.stores, members: 'id, idNumber, status, rosterOrder, demo' },
};
