import { liveQuery } from 'dexie';
import type { UnionDeskDb } from '../../../db/db';
import type { Member } from '../rules/member';

/** The first slice is small, so the roster's first rows paint before the rest is read. */
const FIRST_SLICE = 300;
/** Then slices small enough that reading one (IndexedDB decodes rows on the main thread) stays short. */
const SLICE = 4000;

/**
 * Every member in roster order, read in slices of the rosterOrder index (each one IndexedDB
 * getAll with a count): `onFirst` gets the first slice alone (to paint), the whole list is the
 * result. A slice ends before its last rosterOrder value, which the next slice starts at, so a
 * run of equal values is never split, and no row is read twice or missed.
 */
export async function readMembersInSlices(
  db: UnionDeskDb,
  onFirst?: (first: Member[]) => void,
  onSlice?: (slice: Member[]) => void,
): Promise<Member[]> {
  const out: Member[] = [];
  let size = FIRST_SLICE;
  /** Where the next slice starts: at `lo` (inclusive) or just above it. */
  let lo: number | null = null;
  let above = false;
  for (;;) {
    const from =
      lo === null
        ? db.members.orderBy('rosterOrder')
        : above
          ? db.members.where('rosterOrder').above(lo)
          : db.members.where('rosterOrder').aboveOrEqual(lo);
    const rows: Member[] = await from.limit(size).toArray();
    if (rows.length < size) {
      for (const m of rows) out.push(m);
      onSlice?.(rows);
      return out;
    }
    const last: number = rows[rows.length - 1]!.rosterOrder;
    let keep = rows.length;
    while (keep > 0 && rows[keep - 1]!.rosterOrder === last) keep--;
    const start = out.length;
    if (keep === 0) {
      // One run of equal values longer than a slice: take it whole.
      for (const m of await db.members.where('rosterOrder').equals(last).toArray()) out.push(m);
      above = true;
    } else {
      for (let i = 0; i < keep; i++) out.push(rows[i]!);
      above = false;
    }
    onSlice?.(out.slice(start));
    lo = last;
    if (size === FIRST_SLICE) onFirst?.(out.slice());
    size = SLICE;
  }
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
