import { Group, Select, Text } from '@mantine/core';
import type { FemaleRetirementCategory } from '../../shared/ledgers/roster';
import type { RetirementSettings } from './useRosterData';

/**
 * Shown while 退休临近 is on: how far ahead to look, and which statutory age applies to
 * women without their own category (schools: 干部/教师, originally 55).
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
        data={['3', '6', '12', '24'].map((n) => ({ value: n, label: `${n}个月内` }))}
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
        data={[
          { value: '干部', label: '干部/教师（原55岁）' },
          { value: '工人', label: '工人（原50岁）' },
        ]}
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
