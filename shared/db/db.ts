import Dexie, { type EntityTable, type Table } from 'dexie';
import { SCHEMA, type SchemaVersion } from './schema';
import type { Batch, ChangeRecord } from './batchTypes';
import type { Member, OrgUnit } from '../domain/member';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The one UnionDesk database. Components never use it directly; repositories do. */
export type UnionDeskDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  batches: EntityTable<Batch, 'id'>;
  changes: Table<ChangeRecord, number>;
  members: EntityTable<Member, 'id'>;
  departments: EntityTable<OrgUnit, 'id'>;
  unionGroups: EntityTable<OrgUnit, 'id'>;
};

/** Tables holding the union's records: what backups carry and batches may change. */
export const DATA_TABLES = ['settings', 'members', 'departments', 'unionGroups'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
/** Every table, in backup order. */
export const ALL_TABLES = [...DATA_TABLES, 'batches', 'changes'] as const;
export type TableName = (typeof ALL_TABLES)[number];

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
  return db;
}
