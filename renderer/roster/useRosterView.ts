import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Member, OrgUnit } from '../../shared/ledgers/roster';
import { buildSearchIndex, searchMask, type SearchIndex } from '../../shared/ledgers/roster';
import { filterMembers, type FilterContext, type RosterFilter } from '../../shared/ledgers/roster';
import { sortMembers } from '../../shared/ledgers/roster';
import type { RosterSort } from '../../shared/ledgers/roster';

/**
 * The search index over `members`, built once per change of the list. It is built just
 * after the list first shows (pinyin for 40,000 names takes about a second), so the roster
 * appears at once; until it is ready it is null.
 */
function useSearchIndex(members: readonly Member[]): SearchIndex | null {
  const [built, setBuilt] = useState<{ for: readonly Member[]; index: SearchIndex } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setBuilt({ for: members, index: buildSearchIndex(members) }), 0);
    return () => clearTimeout(timer);
  }, [members]);
  // A stale index (for an older list) still answers until the new one is ready.
  return built?.index ?? null;
}

/**
 * The list the roster shows: members sorted, filtered, then narrowed by the search box.
 * Index and sort are rebuilt only when the members (or the sort) change; a keystroke costs
 * one search over the prebuilt index plus one pass over typed arrays.
 */
export function useRosterView(
  members: readonly Member[],
  departments: readonly OrgUnit[],
  filter: RosterFilter,
  ctx: FilterContext,
  sort: RosterSort,
  query: string,
): { view: Member[]; searchReady: boolean } {
  const index = useSearchIndex(members);
  const positions = useMemo(() => {
    const map = new Map<string, number>();
    index?.ids.forEach((id, i) => map.set(id, i));
    return map;
  }, [index]);
  const departmentOrder = useMemo(() => departments.map((d) => d.name), [departments]);
  const sorted = useMemo(
    () => sortMembers(members, sort, { pinyinById: index?.pinyinById, departmentOrder }),
    // The pinyin map only matters for pinyin order; other orders need not wait for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [members, sort, sort === 'pinyin' ? index : null, departmentOrder],
  );
  const filtered = useMemo(() => filterMembers(sorted, filter, ctx), [sorted, filter, ctx]);
  // Index position of each listed member (-1 when newer than the index), so a keystroke
  // only reads typed arrays.
  const filteredPositions = useMemo(
    () => Int32Array.from(filtered, (m) => positions.get(m.id) ?? -1),
    [filtered, positions],
  );
  const deferredQuery = useDeferredValue(query);
  const view = useMemo(() => {
    const mask = index ? searchMask(index, deferredQuery) : null;
    if (!mask) return filtered;
    return filtered.filter((_, i) => mask[filteredPositions[i]!] === 1);
  }, [filtered, filteredPositions, index, deferredQuery]);
  return { view, searchReady: index !== null };
}
