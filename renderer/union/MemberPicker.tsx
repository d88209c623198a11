import {
  Autocomplete,
  type AutocompleteProps,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { useMemo } from 'react';
import type { Member } from '../../shared/ledgers/roster';
import { namePinyin } from '../../shared/ledgers/roster/pinyin';
import { useMembers } from '../roster';

export interface MemberPickerProps extends Omit<
  AutocompleteProps,
  'value' | 'onChange' | 'data' | 'onOptionSubmit'
> {
  /** The name as typed or picked. */
  name: string;
  /** The picked roster member, or null for a typed name. */
  memberId: string | null;
  onChange: (value: { name: string; memberId: string | null }) => void;
}

/** How an option reads: the name, with the department when two members share the name. */
function optionLabels(members: readonly Member[]): Map<string, Member> {
  const byName = new Map<string, number>();
  for (const m of members) byName.set(m.name, (byName.get(m.name) ?? 0) + 1);
  const out = new Map<string, Member>();
  for (const m of members) {
    const label = byName.get(m.name)! > 1 ? `${m.name}（${m.department ?? m.status}）` : m.name;
    out.set(out.has(label) ? `${label} ${m.id}` : label, m);
  }
  return out;
}

/**
 * A name field that searches the roster as the chair types (in-service members first); picking
 * a member links the record to them, typing a name that is not on the roster keeps the name.
 */
export function MemberPicker({ name, memberId, onChange, ...rest }: MemberPickerProps) {
  const members = useMembers();
  const options = useMemo(() => {
    const sorted = [...(members ?? [])].sort(
      (a, b) => Number(a.status !== '在职') - Number(b.status !== '在职'),
    );
    return optionLabels(sorted);
  }, [members]);
  const filter = useMemo<OptionsFilter>(() => {
    const keys = new Map(
      [...options].map(([label, m]) => {
        const p = namePinyin(m.name);
        return [label, [label, p.initials, p.full.replace(/ /g, '')]] as const;
      }),
    );
    return ({ options: list, search }) => {
      const q = search.trim().toLowerCase();
      if (q === '') return list;
      return (list as ComboboxItem[]).filter((o) =>
        (keys.get(o.label) ?? [o.label]).some((k, i) =>
          i === 0 ? k.includes(q) : k.startsWith(q),
        ),
      );
    };
  }, [options]);
  const picked = memberId !== null && (members ?? []).some((m) => m.id === memberId);
  return (
    <Autocomplete
      {...rest}
      value={name}
      data={[...options.keys()]}
      limit={12}
      filter={filter}
      description={
        rest.description ??
        (picked ? '已关联花名册中的会员' : name.trim() ? '不在花名册中：只保留姓名' : undefined)
      }
      onChange={(text) => {
        const m = options.get(text);
        if (m) onChange({ name: m.name, memberId: m.id });
        else {
          // Typing over a picked name unlinks it, unless it still reads as that member's name.
          const still = memberId !== null && members?.find((x) => x.id === memberId)?.name === text;
          onChange({ name: text, memberId: still ? memberId : null });
        }
      }}
    />
  );
}
