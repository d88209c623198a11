import { liveQuery } from 'dexie';
import type { UnionDeskDb } from '../../../db/db';
import type { Member } from '../rules/member';

/** The first slice is small, so the roster's first rows paint before the rest is read. */
const FIRST_SLICE = 300;
/** Then slices small enough that reading one (IndexedDB decodes rows on the main thread) stays short. */
const SLICE = 4000;

/** Roster order: rosterOrder, then id, as the rosterOrder index gives them. */
function byRosterOrder(a: Member, b: Member): number {
  return a.rosterOrder - b.rosterOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Up to `count` members after primary key `after`, in key order: one IndexedDB getAll with a
 * count. (Dexie's `.limit()` walks a cursor instead, row by row: 4x slower here.)
 */
function keySlice(db: UnionDeskDb, after: string | null, count: number): Promise<Member[]> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('members', 'readonly');
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const req = tx.objectStore('members').getAll(range, count);
    req.onsuccess = () => resolve(req.result as Member[]);
    req.onerror = () => reject(req.error ?? new Error('读取花名册失败'));
  });
}

/**
 * Every member in roster order: `onFirst` gets the first FIRST_SLICE of the rosterOrder index
 * alone (to paint), then the whole table is read in primary-key slices (`onSlice` each) and
 * sorted here. Reading in index order makes IndexedDB look up every row apart (4x the plain
 * read of the table at 50,000 members); key-order slices are sequential reads, each short
 * enough to decode without freezing the window.
 */
export async function readMembersInSlices(
  db: UnionDeskDb,
  onFirst?: (first: Member[]) => void,
  onSlice?: (slice: Member[]) => void,
): Promise<Member[]> {
  const first = await db.members.orderBy('rosterOrder').limit(FIRST_SLICE).toArray();
  if (first.length < FIRST_SLICE) {
    onSlice?.(first);
    return first;
  }
  onFirst?.(first);
  const out: Member[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await keySlice(db, after, SLICE);
    for (const m of rows) if (typeof m.rosterOrder === 'number') out.push(m);
    onSlice?.(rows);
    if (rows.length < SLICE) break;
    after = rows[rows.length - 1]!.id;
  }
  return out.sort(byRosterOrder);
}

/**
 * Every member in roster order, now and after each write to the roster: `next` is called with
 * a fresh list each time (complete), and once at the start with the first slice alone. Returns the unsubscribe. The screens keep one subscription for the
 * whole session (renderer/roster/memberStore), so opening the roster again reads nothing.
 *
 * The live query only counts (it fires on any write to the table); the list itself is read
 * outside it, so Dexie neither clones 50,000 rows for its cache nor records every key read
 * (together ~0.6 s at 50,000 members). Writes that land while a read runs cause one more read.
 */
export function watchMembers(
  db: UnionDeskDb,
  next: (members: Member[], complete: boolean) => void,
  error: (e: unknown) => void,
  /** Each slice as it is read (e.g. to index it while the next one is read). */
  onSlice?: (slice: Member[]) => void,
): () => void {
  let first = true;
  let stopped = false;
  let reading = false;
  let again = false;
  const read = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        // Only the first read shows its first slice early: later reads replace a full list.
        const members = await readMembersInSlices(
          db,
          first ? (m) => !stopped && next(m, false) : undefined,
          onSlice,
        );
        first = false;
        if (!stopped && !again) next(members, true);
      } while (again && !stopped);
    } catch (e) {
      if (!stopped) error(e);
    } finally {
      reading = false;
    }
  };
  const sub = liveQuery(() => db.members.count()).subscribe({
    next: () => void read(),
    error: (e: unknown) => !stopped && error(e),
  });
  return () => {
    stopped = true;
    sub.unsubscribe();
  };
}
