import type { Member } from './member';
import {
  assembleSearchIndex,
  memberSearchRecords,
  type MemberSearchRecords,
  type NamePinyin,
  type SearchIndex,
} from './rosterSearch';

/**
 * The roster's search index, kept across visits: each member's records (pinyin of the name,
 * ID number, phone digits) are remembered by id with the `updatedAt` they were computed for,
 * so a later build re-computes only members added or changed since, and forgets the deleted.
 * The records are computed in slices of a few milliseconds, yielding to the event loop
 * between slices, so the page paints and answers keys while 50,000 names are read.
 */

export type IndexedMember = Pick<Member, 'id' | 'name' | 'idNumber' | 'phone' | 'updatedAt'>;

export interface SearchIndexCache {
  readonly entries: Map<string, { updatedAt: string; records: MemberSearchRecords }>;
}

export function newSearchIndexCache(): SearchIndexCache {
  return { entries: new Map() };
}

export interface BuildOptions {
  /**
   * Gives the pinyin of a name (cachedNamePinyin of namePinyin.ts). Asked for only when some
   * member's records are not in the cache — after the search Worker answered, never — so the
   * roster page can pass `() => import(…)` and load pinyin-pro only when it must.
   */
  loadPinyin: () => Promise<(name: string) => NamePinyin>;
  /** How long one slice may run before yielding (ms). */
  sliceMs?: number;
  /** Yields to the event loop (e.g. a zero-delay timeout); required to slice. */
  yieldNow?: () => Promise<void>;
  /** The clock slices are measured on. */
  now?: () => number;
  /** Stops the build (the list changed again): the promise then resolves null. */
  isCancelled?: () => boolean;
}

/** How many members a rebuild had to (re-)compute: the rest came from the cache. */
export interface BuildStats {
  computed: number;
  dropped: number;
}

/**
 * The index over `members` (in their order). Members whose id and `updatedAt` are in the cache
 * reuse their records; the others are computed, and the cache is updated to hold exactly these
 * members (deleted ones dropped). Resolves null when cancelled; the cache keeps what was done.
 */
export async function buildCachedSearchIndex(
  cache: SearchIndexCache,
  members: readonly IndexedMember[],
  opts: BuildOptions,
  stats?: BuildStats,
): Promise<SearchIndex | null> {
  const { sliceMs = 8, yieldNow, now = () => Date.now(), isCancelled = () => false } = opts;
  let py: ((name: string) => NamePinyin) | null = null;
  let computed = 0;
  let sliceStart = now();
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const hit = cache.entries.get(m.id);
    if (hit && hit.updatedAt === m.updatedAt) continue;
    if (!py) {
      py = await opts.loadPinyin();
      if (isCancelled()) return null;
      sliceStart = now();
    }
    cache.entries.set(m.id, { updatedAt: m.updatedAt, records: memberSearchRecords(m, py) });
    computed++;
    if (yieldNow && (computed & 63) === 0 && now() - sliceStart >= sliceMs) {
      await yieldNow();
      if (isCancelled()) return null;
      sliceStart = now();
    }
  }
  let dropped = 0;
  if (cache.entries.size > members.length) {
    const keep = new Set(members.map((m) => m.id));
    for (const id of cache.entries.keys())
      if (!keep.has(id)) {
        cache.entries.delete(id);
        dropped++;
      }
  }
  if (stats) {
    stats.computed = computed;
    stats.dropped = dropped;
  }
  return assembleSearchIndex(members, (m) => cache.entries.get(m.id)!.records);
}

/** The members of `members` whose records the cache lacks or holds for another updatedAt. */
export function membersToIndex<T extends IndexedMember>(
  cache: SearchIndexCache,
  members: readonly T[],
): T[] {
  return members.filter((m) => cache.entries.get(m.id)?.updatedAt !== m.updatedAt);
}

/** Stores records computed elsewhere (a Worker): `records[i]` belongs to `members[i]`. */
export function primeSearchIndexCache(
  cache: SearchIndexCache,
  members: readonly IndexedMember[],
  records: readonly MemberSearchRecords[],
): void {
  members.forEach((m, i) => {
    const r = records[i];
    if (r) cache.entries.set(m.id, { updatedAt: m.updatedAt, records: r });
  });
}
