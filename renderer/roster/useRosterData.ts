import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/AppContext';
import { getMember, listMembers } from '../../shared/ledgers/roster';
import { listDepartments, listUnionGroups } from '../../shared/ledgers/roster';
import { useStoredSetting } from '../app/useStoredSetting';
import type { Member, OrgUnit } from '../../shared/ledgers/roster';
import { DEFAULT_ROSTER_COLUMN_KEYS } from '../../shared/ledgers/roster';
import {
  DEFAULT_FEMALE_RETIREMENT_CATEGORY,
  type FemaleRetirementCategory,
} from '../../shared/ledgers/roster';
import { DEFAULT_RETIREMENT_WITHIN_MONTHS } from '../../shared/ledgers/roster';

/** Every member, in roster order; undefined while loading. */
export function useMembers(): Member[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listMembers(db), [db]);
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

export interface RetirementSettings {
  /** 退休临近: within this many months */
  withinMonths: number;
  /** Women without their own category retire as 干部 (55) or 工人 (50). */
  femaleCategory: FemaleRetirementCategory;
}

export const DEFAULT_RETIREMENT_SETTINGS: RetirementSettings = {
  withinMonths: DEFAULT_RETIREMENT_WITHIN_MONTHS,
  femaleCategory: DEFAULT_FEMALE_RETIREMENT_CATEGORY,
};

export function useRetirementSettings(): [RetirementSettings, (s: RetirementSettings) => void] {
  return useStoredSetting(RETIREMENT_KEY, DEFAULT_RETIREMENT_SETTINGS);
}
