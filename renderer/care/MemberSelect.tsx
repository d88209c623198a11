import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { Member } from '../../shared/ledgers/roster';
import { useMembers } from '../roster';

/** Options for picking members: in-service first, the department beside a shared name. */
function useMemberOptions(): {
  data: { value: string; label: string }[];
  byId: Map<string, Member>;
} {
  const members = useMembers();
  return useMemo(() => {
    const list = [...(members ?? [])].sort(
      (a, b) =>
        Number(a.status !== '在职') - Number(b.status !== '在职') || a.rosterOrder - b.rosterOrder,
    );
    const count = new Map<string, number>();
    for (const m of list) count.set(m.name, (count.get(m.name) ?? 0) + 1);
    return {
      data: list.map((m) => ({
        value: m.id,
        label:
          (count.get(m.name) ?? 0) > 1 || m.status !== '在职'
            ? `${m.name}（${[m.department, m.status !== '在职' ? m.status : ''].filter(Boolean).join('·')}）`
            : m.name,
      })),
      byId: new Map(list.map((m) => [m.id, m])),
    };
  }, [members]);
}

export function MemberSelect(props: Omit<SelectProps, 'data'>) {
  const { data } = useMemberOptions();
  return (
    <Select
      searchable
      clearable
      placeholder="输入姓名查找"
      nothingFoundMessage="花名册中没有这个人"
      data={data}
      {...props}
    />
  );
}

export function MembersMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { data } = useMemberOptions();
  return (
    <MultiSelect
      searchable
      placeholder="输入姓名查找"
      nothingFoundMessage="花名册中没有这个人"
      data={data}
      {...props}
    />
  );
}

export function useMemberById(): Map<string, Member> {
  return useMemberOptions().byId;
}
