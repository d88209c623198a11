import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/AppContext';
import { getMember } from '../../shared/ledgers/roster';
import { useMemberList, useRosterMembers, type RosterMembers } from './memberStore';
import { listDepartments, listUnionGroups } from '../../shared/ledgers/roster';
import { useStoredSetting } from '../app/useStoredSetting';
import type { Member, OrgUnit } from '../../shared/ledgers/roster';
import { DEFAULT_ROSTER_COLUMN_KEYS } from '../../shared/ledgers/roster';
import {
  DEFAULT_RETIREMENT_PREFERENCE,
  readRetirementPreference,
  type RetirementPreference,
} from '../../shared/ledgers/roster';

/** Every member, in roster order; undefined while loading. Kept for the session: memberStore. */
export function useMembers(): Member[] | undefined {
  return useMemberList(useDb());
}

/** The roster page's list: the first slice of members at once, then everyone. */
export function useRosterMemberList(): RosterMembers | undefined {
  return useRosterMembers(useDb());
}

/** One member; undefined while loading, null when there is no such member. */
export function useMember(id: string | undefined): Member | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getMember(db, id)) ?? null) : null), [db, id]);
}

export function useOrgUnits(): { departments: OrgUnit[]; unionGroups: OrgUnit[] } {
  const db = useDb();
  const departments = useLiveQuery(() => listDepartments(db), [db]) ?? [];
  const unionGroups = useLiveQuery(() => listUnionGroups(db), [db]) ?? [];
  return { departments, unionGroups };
}

const COLUMNS_KEY = 'roster.columns';
const RETIREMENT_KEY = 'roster.retirement';

/** The columns the chair chose for the roster table and the export (a bookkeeping setting). */
export function useRosterColumns(): [readonly string[], (keys: string[]) => void] {
  return useStoredSetting<readonly string[]>(COLUMNS_KEY, DEFAULT_ROSTER_COLUMN_KEYS) as [
    readonly string[],
    (keys: string[]) => void,
  ];
}

export type RetirementSettings = RetirementPreference;

/** The roster screen's 退休临近 preference (see retirementPreference.ts), remembered per PC. */
export function useRetirementSettings(): [RetirementSettings, (s: RetirementSettings) => void] {
  const [stored, set] = useStoredSetting<unknown>(RETIREMENT_KEY, DEFAULT_RETIREMENT_PREFERENCE);
  const value = useMemo(() => readRetirementPreference(stored), [stored]);
  return [value, set];
}
