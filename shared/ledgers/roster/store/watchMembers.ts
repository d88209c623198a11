import { liveQuery } from 'dexie';
import type { UnionDeskDb } from '../../../db/db';
import type { Member } from '../rules/member';
import { listMembers } from './members';

/**
 * Every member in roster order, now and after each write to the roster: `next` is called with
 * a fresh list each time. Returns the unsubscribe. The screens keep one subscription for the
 * whole session (renderer/roster/memberStore), so opening the roster again reads nothing.
 *
 * The live query only counts (it fires on any write to the table); the list itself is read
 * outside it, so Dexie neither clones 50,000 rows for its cache nor records every key read
 * (together ~0.6 s at 50,000 members). Writes that land while a read runs cause one more read.
 */
export function watchMembers(
  db: UnionDeskDb,
  next: (members: Member[]) => void,
  error: (e: unknown) => void,
): () => void {
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
        const members = await listMembers(db);
        if (!stopped && !again) next(members);
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
