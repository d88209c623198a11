import { useMemo } from 'react';
import type { Member } from '../../../shared/ledgers/roster';
import { useMembers, useOrgUnits } from '..';
import { useProfile } from '../../union';

export interface ListSources {
  members: Member[];
  /** 部门 and 工会小组 names in the managed lists' order (for grouping). */
  departments: string[];
  unionGroups: string[];
  unionName: string;
  unitName: string;
}

/** Everything the lists are made from; undefined while loading. */
export function useListSources(): ListSources | undefined {
  const members = useMembers();
  const { departments, unionGroups } = useOrgUnits();
  const profile = useProfile();
  return useMemo(() => {
    if (members === undefined || profile === undefined) return undefined;
    return {
      members,
      departments: departments.map((d) => d.name),
      unionGroups: unionGroups.map((g) => g.name),
      unionName: profile?.unionName ?? '',
      unitName: profile?.unitName ?? '',
    };
  }, [members, departments, unionGroups, profile]);
}
