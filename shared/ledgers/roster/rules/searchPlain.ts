import type { Member } from './member';
import { normalizeQuery } from './rosterSearch';

/**
 * The roster's search before its pinyin index is ready (the first second after start-up at
 * 50,000 members): the same box, matching what needs no pinyin — any part of the name, an ID
 * number's ending (4 characters or more), a run of 4 digits or more of the phone. A pinyin
 * query (「zs」) finds nobody yet; the page says the search is still being prepared.
 * Returns null when the query is empty or fewer than 4 digits (everyone matches), as
 * `searchMask` does.
 */
export function plainSearch<T extends Pick<Member, 'name' | 'idNumber' | 'phone'>>(
  members: readonly T[],
  query: string,
): T[] | null {
  const q = normalizeQuery(query);
  if (q === '') return null;
  if (/^\d+x?$/.test(q)) {
    if (q.length < 4) return null;
    const phoneToo = !q.endsWith('x');
    return members.filter(
      (m) =>
        (m.idNumber ?? '').replace(/\s/g, '').toLowerCase().endsWith(q) ||
        (phoneToo && (m.phone ?? '').replace(/\D/g, '').includes(q)),
    );
  }
  return members.filter((m) => m.name.trim().toLowerCase().includes(q));
}
