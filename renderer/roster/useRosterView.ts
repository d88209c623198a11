import { useEffect, useMemo, useState } from 'react';
import type { Member, OrgUnit } from '../../shared/ledgers/roster';
import { indexCache, primed } from './searchPrime';
import {
  buildCachedSearchIndex,
  plainSearch,
  searchMask,
  type SearchIndex,
} from '../../shared/ledgers/roster';
import { filterMembers, type FilterContext, type RosterFilter } from '../../shared/ledgers/roster';
import { sortMembers } from '../../shared/ledgers/roster';
import type { RosterSort } from '../../shared/ledgers/roster';

/**
 * The search index, kept for the session (never stored): per member by id + updatedAt, so
 * after a write only the changed members are re-read, and going back to the roster with the
 * same list reuses the last index as it is.
 */
let lastIndex: { for: readonly Member[]; index: SearchIndex } | null = null;

/** Yields to the event loop without the 4 ms clamp nested timeouts get. */
function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Pinyin for the members the Worker did not index (it could not start, or a member changed
 * since): pinyin-pro is loaded then, on the main thread — normally never.
 */
const loadPinyin = () =>
  import('../../shared/ledgers/roster/pinyin').then((m) => m.cachedNamePinyin());

/**
 * The search index over `members`: null until the first one is built. It is built after the
 * rows show, in slices of a few ms (pinyin for 50,000 names takes about a second), and a stale
 * index (for an older list) still answers until the new one is ready.
 */
function useSearchIndex(members: readonly Member[], complete: boolean): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(() => lastIndex?.index ?? null);
  useEffect(() => {
    if (lastIndex?.for === members) {
      setIndex(lastIndex.index);
      return;
    }
    // The first slice paints alone; the index waits for the whole list.
    if (!complete) return;
    let cancelled = false;
    void primed()
      .then(() =>
        cancelled
          ? null
          : buildCachedSearchIndex(indexCache, members, {
              loadPinyin,
              yieldNow,
              now: () => performance.now(),
              isCancelled: () => cancelled,
            }),
      )
      .then((built) => {
        if (!built || cancelled) return;
        lastIndex = { for: members, index: built };
        setIndex(built);
      });
    return () => {
      cancelled = true;
    };
  }, [members, complete]);
  return index;
}

/** The last sort, kept so going back to the roster with the same list does not sort again. */
let lastSort: {
  members: readonly Member[];
  sort: RosterSort;
  pinyin: ReadonlyMap<string, string> | undefined;
  departmentOrder: string;
  sorted: Member[];
} | null = null;

function sortedMembers(
  members: readonly Member[],
  sort: RosterSort,
  pinyinById: ReadonlyMap<string, string> | undefined,
  departmentOrder: readonly string[],
): Member[] {
  const pinyin = sort === 'pinyin' ? pinyinById : undefined;
  const dept = sort === 'department' ? departmentOrder.join('\u0001') : '';
  const l = lastSort;
  if (
    l &&
    l.members === members &&
    l.sort === sort &&
    l.pinyin === pinyin &&
    l.departmentOrder === dept
  )
    return l.sorted;
  // The list comes in roster order already (listMembers), so that order needs no sort.
  const sorted =
    sort === 'roster' ? [...members] : sortMembers(members, sort, { pinyinById, departmentOrder });
  lastSort = { members, sort, pinyin, departmentOrder: dept, sorted };
  return sorted;
}

/** Each member's position in the index, once per index (going back reuses it). */
const indexPositions = new WeakMap<SearchIndex, Map<string, number>>();
const NO_POSITIONS = new Map<string, number>();

function positionsOf(index: SearchIndex | null): Map<string, number> {
  if (!index) return NO_POSITIONS;
  let map = indexPositions.get(index);
  if (!map) {
    map = new Map();
    index.ids.forEach((id, i) => map!.set(id, i));
    indexPositions.set(index, map);
  }
  return map;
}

/** The last filter result, kept so going back with the same list and filter filters nothing. */
let lastFilter: { sorted: Member[]; key: string; filtered: Member[] } | null = null;

function filteredMembers(sorted: Member[], filter: RosterFilter, ctx: FilterContext): Member[] {
  const key = JSON.stringify([filter, ctx]);
  if (lastFilter?.sorted === sorted && lastFilter.key === key) return lastFilter.filtered;
  const filtered = filterMembers(sorted, filter, ctx);
  lastFilter = { sorted, key, filtered };
  return filtered;
}

/**
 * Index position of each listed member (-1 when newer than the index), so a keystroke only
 * reads typed arrays; kept for the last list like the filter.
 */
let lastPositions: { filtered: Member[]; map: Map<string, number>; out: Int32Array } | null = null;

function positionsIn(filtered: Member[], map: Map<string, number>): Int32Array {
  if (lastPositions?.filtered === filtered && lastPositions.map === map) return lastPositions.out;
  const out = Int32Array.from(filtered, (m) => map.get(m.id) ?? -1);
  lastPositions = { filtered, map, out };
  return out;
}

/**
 * The list the roster shows: members sorted, filtered, then narrowed by the search box.
 * Index and sort are rebuilt only when the members (or the sort) change; a keystroke costs
 * one search over the prebuilt index plus one pass over typed arrays. Before the index is
 * ready, the search matches names and number endings only (plainSearch).
 */
export function useRosterView(
  members: readonly Member[],
  /** False while `members` is only the first slice (see memberStore). */
  complete: boolean,
  departments: readonly OrgUnit[],
  filter: RosterFilter,
  ctx: FilterContext,
  sort: RosterSort,
  query: string,
): { view: Member[]; searchReady: boolean; shownQuery: string } {
  const index = useSearchIndex(members, complete);
  const positions = useMemo(() => positionsOf(index), [index]);
  const departmentOrder = useMemo(() => departments.map((d) => d.name), [departments]);
  const sorted = useMemo(
    () => sortedMembers(members, sort, index?.pinyinById, departmentOrder),
    // The pinyin map only matters for pinyin order; other orders need not wait for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [members, sort, sort === 'pinyin' ? index : null, departmentOrder],
  );
  const filtered = useMemo(() => filteredMembers(sorted, filter, ctx), [sorted, filter, ctx]);
  const filteredPositions = useMemo(() => positionsIn(filtered, positions), [filtered, positions]);
  // The search box already sets the query inside a transition (SearchBox); deferring it again
  // would render the whole page twice per key.
  const deferredQuery = query;
  const view = useMemo(() => {
    if (!index) return plainSearch(filtered, deferredQuery) ?? filtered;
    const mask = searchMask(index, deferredQuery);
    if (!mask) return filtered;
    return filtered.filter((_, i) => mask[filteredPositions[i]!] === 1);
  }, [filtered, filteredPositions, index, deferredQuery]);
  return { view, searchReady: index !== null, shownQuery: deferredQuery };
}
