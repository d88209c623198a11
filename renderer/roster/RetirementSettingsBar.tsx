import { Group, Select, Text } from '@mantine/core';
import {
  FEMALE_RETIREMENT_CATEGORIES,
  type FemaleRetirementCategory,
} from '../../shared/ledgers/roster';
import {
  FEMALE_RETIREMENT_CATEGORY_LABELS,
  RETIREMENT_WITHIN_CHOICES,
} from '../../shared/ledgers/roster';
import type { RetirementSettings } from './useRosterData';

/**
 * Shown while 退休临近 is on: how far ahead to look, and which statutory age applies to
 * women without their own category (schools: 干部/教师, originally 55). A roster screen
 * preference; the rule is in roster/rules/retirementPreference.ts.
 */
export function RetirementSettingsBar({
  value,
  onChange,
}: {
  value: RetirementSettings;
  onChange(s: RetirementSettings): void;
}) {
  return (
    <Group gap="xs" data-testid="retirement-settings">
      <Text size="xs" c="dimmed">
        退休临近：按2025年起渐进式延迟退休规定计算，
      </Text>
      <Select
        aria-label="提前多少个月提示"
        size="xs"
        w={110}
        data={RETIREMENT_WITHIN_CHOICES.map((n) => ({ value: String(n), label: `${n}个月内` }))}
        value={String(value.withinMonths)}
        onChange={(v) => v && onChange({ ...value, withinMonths: Number(v) })}
        allowDeselect={false}
      />
      <Text size="xs" c="dimmed">
        女职工默认按
      </Text>
      <Select
        aria-label="女职工默认退休年龄类别"
        size="xs"
        w={150}
        data={FEMALE_RETIREMENT_CATEGORIES.map((c) => ({
          value: c,
          label: FEMALE_RETIREMENT_CATEGORY_LABELS[c],
        }))}
        value={value.femaleCategory}
        onChange={(v) => v && onChange({ ...value, femaleCategory: v as FemaleRetirementCategory })}
        allowDeselect={false}
      />
      <Text size="xs" c="dimmed">
        （个人可在会员资料中单独设置）
      </Text>
    </Group>
  );
}
