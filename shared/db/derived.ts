import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { ActivityCounts } from '../ledgers/activities/rules/activityReport';
import type { Participant } from '../ledgers/activities/rules/activity';

/*
 * Derived tables: what a figure needs from many rows, kept per record so 年度统计 need not
 * read every row (bench yearEnd: 200,000 participant rows are ~0.8 s of IndexedDB's own time).
 * They hold nothing a backup needs — they are rebuilt from the ledgers' rows — so backups,
 * batches and the workbook never see them. Kept right by one rule, enforced below for every
 * write made through Dexie (forms, batches and their undo, imports, restore, demo):
 * a write to a source row deletes, in the same transaction, the derived records it affects;
 * the reader recomputes what is missing (shared/ledgers/store/yearEndData.ts).
 */
export const DERIVED_TABLE_STORES = {
  /** Per activity (id = the activity's id): its participants' counts (countRows). */
  activityTallies: 'id',
  /** The pinyin of the roster's names, kept for the search (one row, PinyinCacheRow). */
  pinyinCache: 'id',
} as const;

export const ACTIVITY_TALLIES = 'activityTallies';

/**
 * The pinyin of every name on the roster, kept between sessions so the search index is ready
 * without reading 50,000 names with pinyin-pro at each start. Derived from the names alone, so
 * it needs no invalidation: a name not in it is read again, and the roster Worker rewrites it
 * with the current names only (renderer/roster/searchPrime.ts). `key` says which readings it
 * holds (rules/pinyinCache.ts); `text` is in that file's format.
 */
export interface PinyinCacheRow {
  id: 'names';
  key: string;
  text: string;
}

/** One activity's counts as stored, with the version of countRows that made them. */
export interface ActivityTallyRow extends ActivityCounts {
  id: string;
  version: number;
}

// Dexie's own AnyRange (DBCoreRangeType.Any: a const enum, not importable as a value).
const ANY_RANGE = {
  type: 3,
  lower: -Infinity,
  upper: [[]],
  lowerOpen: false,
  upperOpen: false,
} as const;

/** Above this many rows in one write, every tally is dropped instead of looking each one up. */
const LOOKUP_LIMIT = 2000;

/**
 * The tallies a write to `participants` or `activities` makes stale, deleted in its
 * transaction. Every request it needs before the write is issued synchronously, before the
 * write's own (so a lookup sees the rows as they were, and the caller can hand the write down
 * in the same tick: Dexie's hooks find their transaction in the zone of that tick).
 */
function invalidate(
  source: string,
  table: DBCoreTable,
  tallies: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<unknown> {
  const trans = req.trans as unknown as IDBTransaction;
  // An upgrade still below the version that created the table: there is nothing to drop.
  if (!trans.objectStoreNames.contains(ACTIVITY_TALLIES)) return Promise.resolve();
  const drop = (keys: unknown[]): Promise<unknown> =>
    keys.length === 0
      ? Promise.resolve()
      : tallies.mutate({ type: 'delete', trans: req.trans, keys });
  const dropAll = (): Promise<unknown> =>
    tallies.mutate({ type: 'deleteRange', trans: req.trans, range: ANY_RANGE });
  if (req.type === 'deleteRange') return dropAll();
  if (source === 'activities')
    // An activity's own fields change no count; a deleted activity leaves no tally behind.
    return req.type === 'delete' ? drop(req.keys) : Promise.resolve();
  const ids = new Set<string>();
  const keys: unknown[] = [];
  if (req.type === 'delete') keys.push(...req.keys);
  else {
    for (const v of req.values as readonly Participant[]) ids.add(v.activityId);
    // A put may move a row from another activity: that one's counts change too.
    if (req.type === 'put') {
      keys.push(...(req.keys ?? (req.values as readonly Participant[]).map((v) => v.id)));
      if (req.updates) keys.push(...req.updates.keys);
    }
  }
  if (keys.length > LOOKUP_LIMIT) return dropAll();
  const dropNow = drop([...ids]);
  if (keys.length === 0) return dropNow;
  const lookup = table.getMany({ trans: req.trans, keys }) as Promise<(Participant | undefined)[]>;
  return Promise.all([
    dropNow,
    lookup.then((before) => {
      const moved = new Set(
        before.flatMap((p) => (p && !ids.has(p.activityId) ? [p.activityId] : [])),
      );
      return drop([...moved]);
    }),
  ]);
}

/**
 * Registered on every database (db.ts): puts the derived table into each read-write
 * transaction over a source table, and drops the stale derived records before each write.
 */
export const derivedTablesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'derivedTables',
  create(down) {
    // A database opened at a version before the table (upgrade tests): nothing to keep.
    if (!down.schema.tables.some((t) => t.name === ACTIVITY_TALLIES)) return {};
    const sources = new Set(['participants', 'activities']);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          stores.some((s) => sources.has(s)) &&
          !stores.includes(ACTIVITY_TALLIES);
        return down.transaction(widen ? [...stores, ACTIVITY_TALLIES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!sources.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            const dropped = invalidate(name, table, down.table(ACTIVITY_TALLIES), req);
            const written = table.mutate(req);
            return Promise.all([dropped, written]).then(([, res]) => res);
          },
        };
      },
    };
  },
};
