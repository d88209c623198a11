import { memo } from 'react';
import {
  Button,
  Chip,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Text,
} from '@mantine/core';
import {
  MEMBER_STATUSES,
  type Gender,
  type MemberStatus,
  type OrgUnit,
} from '../../shared/ledgers/roster';
import {
  defaultRosterFilter,
  ROSTER_FLAG_LABELS,
  ROSTER_FLAGS,
  UNASSIGNED,
  type RosterFilter,
  type RosterFlag,
} from '../../shared/ledgers/roster';

export interface FilterBarProps {
  filter: RosterFilter;
  onChange(f: RosterFilter): void;
  departments: readonly OrgUnit[];
  unionGroups: readonly OrgUnit[];
}

function withUnassigned(units: readonly OrgUnit[], label: string) {
  return [...units.map((u) => ({ value: u.name, label: u.name })), { value: UNASSIGNED, label }];
}

/** Status (在职 by default), department, union group, gender, age range and flags. */
export const FilterBar = memo(function FilterBar({
  filter,
  onChange,
  departments,
  unionGroups,
}: FilterBarProps) {
  const set = <K extends keyof RosterFilter>(k: K, v: RosterFilter[K]) =>
    onChange({ ...filter, [k]: v });
  const isDefault = JSON.stringify(filter) === JSON.stringify(defaultRosterFilter());
  return (
    <Group gap="xs" align="center" wrap="wrap">
      <MultiSelect
        aria-label="会员状态"
        placeholder={filter.statuses.length ? undefined : '全部状态'}
        data={[...MEMBER_STATUSES]}
        value={filter.statuses}
        onChange={(v) => set('statuses', v as MemberStatus[])}
        w={170}
        size="xs"
        clearable
      />
      <MultiSelect
        aria-label="部门"
        placeholder={filter.departments.length ? undefined : '全部部门'}
        data={withUnassigned(departments, '（未填部门）')}
        value={filter.departments}
        onChange={(v) => set('departments', v)}
        w={170}
        size="xs"
        searchable
        clearable
      />
      <MultiSelect
        aria-label="工会小组"
        placeholder={filter.unionGroups.length ? undefined : '全部小组'}
        data={withUnassigned(unionGroups, '（未分组）')}
        value={filter.unionGroups}
        onChange={(v) => set('unionGroups', v)}
        w={170}
        size="xs"
        searchable
        clearable
      />
      <SegmentedControl
        aria-label="是否会员"
        size="xs"
        data={[
          { value: '', label: '全部人员' },
          { value: 'member', label: '会员' },
          { value: 'nonMember', label: '非会员' },
        ]}
        value={filter.membership ?? ''}
        onChange={(v) => set('membership', v === '' ? null : (v as 'member' | 'nonMember'))}
      />
      <SegmentedControl
        aria-label="性别"
        size="xs"
        data={[
          { value: '', label: '不限' },
          { value: '男', label: '男' },
          { value: '女', label: '女' },
        ]}
        value={filter.gender ?? ''}
        onChange={(v) => set('gender', v === '' ? null : (v as Gender))}
      />
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          年龄
        </Text>
        <NumberInput
          aria-label="最小年龄"
          size="xs"
          w={58}
          min={0}
          max={120}
          hideControls
          value={filter.ageMin ?? ''}
          onChange={(v) => set('ageMin', typeof v === 'number' ? v : null)}
        />
        <Text size="xs">–</Text>
        <NumberInput
          aria-label="最大年龄"
          size="xs"
          w={58}
          min={0}
          max={120}
          hideControls
          value={filter.ageMax ?? ''}
          onChange={(v) => set('ageMax', typeof v === 'number' ? v : null)}
        />
      </Group>
      <Chip.Group multiple value={filter.flags} onChange={(v) => set('flags', v as RosterFlag[])}>
        <Group gap={4}>
          {ROSTER_FLAGS.map((f) => (
            <Chip key={f} value={f} size="xs" variant="outline">
              {ROSTER_FLAG_LABELS[f]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {!isDefault && (
        <Button size="compact-xs" variant="subtle" onClick={() => onChange(defaultRosterFilter())}>
          清除筛选
        </Button>
      )}
    </Group>
  );
});
