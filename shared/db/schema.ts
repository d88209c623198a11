import type { Transaction } from 'dexie';
import { DEFAULT_ACTIVITY_KINDS } from '../ledgers/activities/rules/activity';

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

const v3Stores = {
  ...v2Stores,
  activities: 'id, kindId, startDate, year, demo',
  participants: 'id, activityId, memberId, [activityId+memberId], demo',
  activityKinds: 'id, &name, order',
  noticeTemplates: 'id, kind',
  /** 发文登记: 文号 sequence per year */
  documents: 'id, year, [year+seq], activityId',
};

/** The default 活动类别 every union starts with (fixed ids: see DEFAULT_ACTIVITY_KINDS). */
async function seedActivityKinds(tx: Transaction): Promise<void> {
  const kinds = tx.table('activityKinds');
  if ((await kinds.count()) === 0)
    await kinds.bulkAdd(DEFAULT_ACTIVITY_KINDS.map((k) => ({ ...k })));
}

export const SCHEMA: readonly SchemaVersion[] = [
  { version: 1, reason: 'foundation: settings, batches and the change log', stores: v1Stores },
  {
    version: 2,
    reason: 'roster: members with status history, departments and union groups',
    stores: v2Stores,
  },
  {
    version: 3,
    reason:
      'ledger: activities and meetings with participants, activity kinds, notice templates, document register',
    stores: v3Stores,
    upgrade: seedActivityKinds,
  },
  {
    version: 4,
    reason:
      'faster imports: members keep only the indexes queries use (the roster filters in memory)',
    stores: { ...v3Stores, members: 'id, idNumber, status, rosterOrder, demo' },
  },
];

/**
 * A new database is created straight at the newest declared version and runs no upgrade
 * (Dexie fires `populate` instead); this seeds it with the rows the upgrades would have.
 */
export async function populateNewDb(tx: Transaction, version: number): Promise<void> {
  if (version >= 3) await seedActivityKinds(tx);
}

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
