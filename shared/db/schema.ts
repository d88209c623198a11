import type { Transaction } from 'dexie';

/**
 * The database schema as numbered versions. What must always hold:
 * - versions are only ever added; a released version is never edited;
 * - each version lists the whole schema (Dexie wants every table, every time);
 * - an upgrade touches tables only through its `tx`;
 * - every value stored is plain JSON data (strings, numbers, booleans, null, arrays,
 *   objects; dates as 'YYYY-MM-DD' or ISO strings), so a backup is exact.
 * Each version has a test of its upgrade in schema.test.ts.
 */
export interface SchemaVersion {
  version: number;
  /** One line: why this version exists. */
  reason: string;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const v1Stores = {
  /** key → value: 'profile' (UnionProfile), 'lastAutoBackup', import mappings … */
  settings: 'key',
  /** A batch is one user action that changed rows (import, restore, bulk edit …). */
  batches: 'id, kind, at',
  /** Row-level before/after of every batch, for exact undo. */
  changes: '++seq, batchId, [table+key]',
};

const v2Stores = {
  ...v1Stores,
  members: 'id, idNumber, name, department, unionGroup, status, rosterOrder, demo',
  departments: 'id, &name, order, demo',
  unionGroups: 'id, &name, order, demo',
};

export const SCHEMA: readonly SchemaVersion[] = [
  { version: 1, reason: 'foundation: settings, batches and the change log', stores: v1Stores },
  {
    version: 2,
    reason: 'roster: members with status history, departments and union groups',
    stores: v2Stores,
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
