import type { Transaction } from 'dexie';
import type { SchemaVersion } from './types';
import { v04 } from './v04-member-indexes';

/** Activities recorded before v5 were all the union's own (主办 本会). */
async function hostEveryActivity(tx: Transaction): Promise<void> {
  await tx
    .table('activities')
    .toCollection()
    .modify((a: { host?: string }) => {
      if (a.host === undefined) a.host = '本会';
    });
}

export const v05: SchemaVersion = {
  version: 5,
  reason:
    "the year's figures: committee officers and honours tables; activities record who ran them (主办)",
  stores: {
    ...v04.stores,
    officers: 'id, termNumber, memberId, demo',
    honours: 'id, year, memberId, demo',
  },
  upgrade: hostEveryActivity,
};
