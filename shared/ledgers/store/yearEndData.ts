import type { UnionDeskDb } from '../../db/db';
import type { ActivityTallyRow } from '../../db/derived';
import { getProfile } from '../../db/settings';
import { COUNTS_VERSION, countRows, type ActivityCounts } from '../activities/rules/activityReport';
import type { Activity, Participant } from '../activities/rules/activity';
import { LEDGER_TABLES, type LedgerTable } from '../tables';
import type { LedgerData } from '../types';
import { emptyLedgerData } from './ledgerData';

/*
 * The 年度统计 read. Like loadLedgerData — every ledger's rows and the profile in one read
 * transaction — except the participant rows: of each activity it reads the kept counts
 * (the derived activityTallies table, db/derived.ts) and only the rows of an activity whose
 * counts are missing (changed since, or never counted). The figures are the same either way
 * (computeTallies takes kept counts for an activity's rows). The page and `ledger:report`
 * compute with the same functions; ledger:report reads a backup into a new database, which
 * has no counts yet, so it counts from the rows.
 */

const OTHER_TABLES = LEDGER_TABLES.filter((t) => t !== 'participants');

function countsOf(row: ActivityTallyRow): ActivityCounts {
  const { id: _id, version: _version, ...counts } = row;
  return counts;
}

/**
 * Rows per read when a whole table is read: at township scale one read of 50,000 members or
 * 200,000 participant rows handed the page a single ~300 ms task to unpack them; pages of
 * this size take ~15–30 ms each.
 */
export const READ_PAGE = 10_000;

/** Every row of `table` (string keys), read a page at a time in key order, inside the caller's transaction. */
export async function readAllPaged<T extends { id: string }>(
  db: UnionDeskDb,
  table: string,
  page = READ_PAGE,
): Promise<T[]> {
  const t = db.table<T, string>(table);
  const rows: T[] = [];
  let next = await t.orderBy(':id').limit(page).toArray();
  while (next.length > 0) {
    for (const r of next) rows.push(r);
    if (next.length < page) break;
    next = await t
      .where(':id')
      .above(next[next.length - 1]!.id)
      .limit(page)
      .toArray();
  }
  return rows;
}

async function participantsOf(db: UnionDeskDb, ids: readonly string[], all: number) {
  if (ids.length === 0) return [];
  // Most activities missing (a new database, a restore): reading the table is quicker.
  if (ids.length * 2 > all) {
    const wanted = new Set(ids);
    return (await readAllPaged<Participant>(db, 'participants')).filter((p) =>
      wanted.has(p.activityId),
    );
  }
  const lists = await Promise.all(
    ids.map((id) => db.participants.where('activityId').equals(id).toArray()),
  );
  return lists.flat();
}

/**
 * Every ledger's rows and the kept participant counts, read at one moment; see above. A read
 * (it may run inside liveQuery): the caller keeps the missing counts with
 * refreshActivityTallies afterwards.
 */
export async function loadYearEndData(db: UnionDeskDb): Promise<LedgerData> {
  return db.transaction('r', ['settings', ...LEDGER_TABLES, 'activityTallies'], async () => {
    const [profile, rows, tallies] = await Promise.all([
      getProfile(db),
      // The big tables a page at a time (no long task); the rest in one read each.
      Promise.all(
        OTHER_TABLES.map((t) => (t === 'members' ? readAllPaged(db, t) : db.table(t).toArray())),
      ),
      db.activityTallies.toArray(),
    ]);
    const activities = rows[OTHER_TABLES.indexOf('activities')] as Activity[];
    const kept = new Map<string, ActivityCounts>();
    for (const t of tallies) if (t.version === COUNTS_VERSION) kept.set(t.id, countsOf(t));
    const missing = activities.filter((a) => !kept.has(a.id)).map((a) => a.id);
    const participants = await participantsOf(db, missing, activities.length);
    const data = emptyLedgerData();
    const out = data.tables as Record<LedgerTable, readonly unknown[]>;
    OTHER_TABLES.forEach((t, i) => (out[t] = rows[i]!));
    out.participants = participants;
    return { ...data, profile: profile ?? null, activityCounts: kept };
  });
}

/** True when the year-end read had to count some activity from its rows (refresh them). */
export function hasUncountedActivities(data: LedgerData): boolean {
  return (data.activityCounts?.size ?? 0) < data.tables.activities.length;
}

/**
 * Counts the given activities (default: every one without current counts) from their rows
 * and keeps the counts — read and written in one transaction, so they match the rows. Not a
 * batch: the counts are derived, nothing to undo. Returns how many it kept.
 */
export async function refreshActivityTallies(
  db: UnionDeskDb,
  ids?: readonly string[],
): Promise<number> {
  return db.transaction('rw', db.activities, db.participants, db.activityTallies, async () => {
    const activities = ids
      ? (await db.activities.bulkGet([...ids])).filter((a): a is Activity => a !== undefined)
      : await db.activities.toArray();
    const current = new Set(
      (await db.activityTallies.bulkGet(activities.map((a) => a.id)))
        .filter((t) => t?.version === COUNTS_VERSION)
        .map((t) => t!.id),
    );
    const todo = activities.filter((a) => !current.has(a.id)).map((a) => a.id);
    const rows = await participantsOf(db, todo, await db.activities.count());
    const byActivity = new Map<string, Participant[]>(todo.map((id) => [id, []]));
    for (const p of rows) byActivity.get(p.activityId)?.push(p);
    await db.activityTallies.bulkPut(
      todo.map((id) => ({ id, version: COUNTS_VERSION, ...countRows(byActivity.get(id)!) })),
    );
    return todo.length;
  });
}

/**
 * The participant rows behind a figure (the 年度统计 read leaves kept activities' rows out),
 * in the order of `ids`; ids of rows since deleted are left out.
 */
export async function participantsByIds(
  db: UnionDeskDb,
  ids: readonly string[],
): Promise<Participant[]> {
  return (await db.participants.bulkGet([...ids])).filter((p): p is Participant => p !== undefined);
}
