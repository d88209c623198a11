import { Group, NumberInput, SegmentedControl, Text } from '@mantine/core';
import { ChineseDateInput } from '../app/ChineseDateInput';
import type { PeriodChoice } from './useYearEnd';

export interface PeriodPickerProps {
  choice: PeriodChoice;
  onChange: (next: Partial<PeriodChoice>) => void;
}

/** 统计年度 (from the profile's 统计起始月) or any 起止日期. */
export function PeriodPicker({ choice, onChange }: PeriodPickerProps) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <SegmentedControl
        aria-label="统计期"
        value={choice.mode}
        onChange={(v) => onChange({ mode: v as PeriodChoice['mode'] })}
        data={[
          { value: 'year', label: '按统计年度' },
          { value: 'range', label: '自定起止日期' },
        ]}
      />
      {choice.mode === 'year' ? (
        <>
          <NumberInput
            label="统计年度"
            w={140}
            min={1990}
            max={2100}
            allowDecimal={false}
            suffix=" 年度"
            value={choice.year}
            onChange={(v) => typeof v === 'number' && v > 1900 && onChange({ year: v })}
            data-testid="year-input"
          />
          <Text size="sm" c="dimmed" pb={8}>
            {choice.startMonth === 1
              ? '按自然年统计（统计起始月可在“工会信息”中修改）'
              : `每年 ${choice.startMonth} 月 1 日起算，以结束的那一年命名（在“工会信息”中修改）`}
          </Text>
        </>
      ) : (
        <>
          <ChineseDateInput
            label="开始日期"
            w={170}
            clearable={false}
            value={choice.from}
            onChange={(v) => v && onChange({ from: v })}
          />
          <ChineseDateInput
            label="结束日期"
            w={170}
            clearable={false}
            value={choice.to}
            onChange={(v) => v && onChange({ to: v })}
          />
        </>
      )}
    </Group>
  );
}
