import Dexie, { type EntityTable, type Table } from 'dexie';
import { LATEST_VERSION, SCHEMA, populateNewDb, type SchemaVersion } from './schema';
import type { Batch, ChangeRecord } from './batchTypes';
import type { Member, OrgUnit } from '../ledgers/roster/rules/member';
import type { Activity, ActivityKind, Participant } from '../ledgers/activities/rules/activity';

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
  activities: EntityTable<Activity, 'id'>;
  participants: EntityTable<Participant, 'id'>;
  activityKinds: EntityTable<ActivityKind, 'id'>;
  noticeTemplates: EntityTable<NoticeTemplateRow, 'id'>;
  documents: EntityTable<DocumentRow, 'id'>;
};

/** 通知模板. The print engine owns the full shape; only the indexed fields are fixed here. */
export interface NoticeTemplateRow {
  id: string;
  kind: string;
  [field: string]: unknown;
}

/** 发文登记 (文号 「X工〔2026〕3号」 = year + seq). The print engine owns the full shape. */
export interface DocumentRow {
  id: string;
  year: number;
  seq: number;
  activityId?: string | null;
  [field: string]: unknown;
}

/** Tables holding the union's records: what backups carry and batches may change. */
export const DATA_TABLES = [
  'settings',
  'members',
  'departments',
  'unionGroups',
  'activities',
  'participants',
  'activityKinds',
  'noticeTemplates',
  'documents',
] as const;
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
  db.on('populate', (tx) => populateNewDb(tx, upTo ?? LATEST_VERSION));
  return db;
}
