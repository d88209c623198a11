import type { Transaction } from 'dexie';
import type { SchemaVersion } from './upgrades/types';
import { v01 } from './upgrades/v01-foundation';
import { v02 } from './upgrades/v02-roster';
import { v03 } from './upgrades/v03-ledger';
import { v04 } from './upgrades/v04-member-indexes';
import { v05 } from './upgrades/v05-union-ledger';
import { v06 } from './upgrades/v06-member-fields';
import { v07 } from './upgrades/v07-status-dates';
import { v08 } from './upgrades/v08-hardship';
import { v09 } from './upgrades/v09-care';
import { v10 } from './upgrades/v10-funds';
import { v11 } from './upgrades/v11-elections';
import { v12 } from './upgrades/v12-congress';
import { v13 } from './upgrades/v13-township';
import { v14 } from './upgrades/v14-activity-tallies';
import { v15 } from './upgrades/v15-pinyin-cache';

/**
 * The database schema as numbered versions, one file each in upgrades/. What must always
 * hold (schema.generic.test.ts checks each):
 * - versions are only ever appended; released ones equal schema.snapshot.json;
 * - the newest version declares exactly the kernel's tables plus every ledger's
 *   (shared/ledgers/tables.ts), so no table can be left out of backups;
 * - a new database equals one upgraded from v1, table by table;
 * - every value stored is plain JSON data (dates as 'YYYY-MM-DD' or ISO strings), so a
 *   backup is exact.
 */
export type { SchemaVersion } from './upgrades/types';

export const SCHEMA: readonly SchemaVersion[] = [
  v01,
  v02,
  v03,
  v04,
  v05,
  v06,
  v07,
  v08,
  v09,
  v10,
  v11,
  v12,
  v13,
  v14,
  v15,
];

/** The kernel's own tables: settings, and the batch log that makes every write undoable. */
export const KERNEL_TABLE_STORES = v01.stores;

/**
 * A new database is created straight at the newest declared version and Dexie runs no
 * upgrade (it fires `populate` instead). Running every upgrade in order on the empty tables
 * gives it exactly the rows an upgraded database has (seeds; data changes find no rows).
 */
export async function populateNewDb(tx: Transaction, version: number): Promise<void> {
  for (const v of SCHEMA) if (v.version <= version && v.upgrade) await v.upgrade(tx);
}

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
