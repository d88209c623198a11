import Dexie, { type EntityTable, type Table } from 'dexie';
import { LATEST_VERSION, SCHEMA, populateNewDb, type SchemaVersion } from './schema';
import type { Batch, ChangeRecord } from './batchTypes';
import { LEDGER_TABLES, type LedgerRows, type LedgerTable } from '../ledgers/tables';
import { derivedTablesMiddleware, type ActivityTallyRow, type PinyinCacheRow } from './derived';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The record type of every table that holds the union's records. */
export interface DataRows extends LedgerRows {
  settings: SettingRow;
}

/** The one UnionDesk database. Components never use it directly; repositories do. */
export type UnionDeskDb = Dexie & {
  [T in LedgerTable]: EntityTable<LedgerRows[T], 'id'>;
} & {
  settings: EntityTable<SettingRow, 'key'>;
  batches: EntityTable<Batch, 'id'>;
  changes: Table<ChangeRecord, number>;
  /** Derived (derived.ts): never backed up, rebuilt from the participant rows. */
  activityTallies: EntityTable<ActivityTallyRow, 'id'>;
  /** Derived (derived.ts): never backed up, the pinyin of the roster's names. */
  pinyinCache: EntityTable<PinyinCacheRow, 'id'>;
};

/**
 * Tables holding the union's records: what backups carry and batches may change. Read from
 * the ledgers' own table lists, so a ledger's new table is backed up without a second list.
 */
export const DATA_TABLES = [
  'settings',
  ...LEDGER_TABLES,
] as const satisfies readonly (keyof DataRows)[];
export type DataTable = keyof DataRows;
/** Every table, in backup order. */
export const ALL_TABLES = [...DATA_TABLES, 'batches', 'changes'] as const;
export type TableName = DataTable | 'batches' | 'changes';

export const DEFAULT_DB_NAME = 'uniondesk';

/**
 * Opens (creating or upgrading) the database. `upTo` declares only the first versions —
 * for upgrade tests that build a database as an older release left it.
 */
export function openDb(name: string = DEFAULT_DB_NAME, upTo?: number): UnionDeskDb {
  // Strict durability: the transaction completes only once the data is on disk, so a
  // power cut after 「保存成功」 loses nothing.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as UnionDeskDb;
  for (const v of SCHEMA as readonly SchemaVersion[]) {
    if (upTo !== undefined && v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  // Keeps the derived tables right on every write (derived.ts).
  db.use(derivedTablesMiddleware);
  db.on('populate', (tx) => populateNewDb(tx, upTo ?? LATEST_VERSION));
  return db;
}
