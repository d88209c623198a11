import { Group, Paper, Text } from '@mantine/core';
import { memo } from 'react';
import { formatRate, type AttendanceCounts } from '../../shared/ledgers/activities';

export interface AttendanceSummaryProps {
  counts: AttendanceCounts;
}

function Figure({
  label,
  value,
  color,
}: {
  label: string;
  value: string | number;
  color?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={`count-${label}`}>
        {value}
      </Text>
    </div>
  );
}

/** 应到 / 出席 / 请假 / 缺席 / 未登记 / 出席率, as on the attendance screen and the activity page. */
export const AttendanceSummary = memo(
  AttendanceSummaryFigures,
  // The figures are a fresh object on every key of the attendance screen: compare by value.
  (a, b) =>
    (Object.keys(a.counts) as (keyof AttendanceCounts)[]).every((k) => a.counts[k] === b.counts[k]),
);

function AttendanceSummaryFigures({ counts }: AttendanceSummaryProps) {
  return (
    <Paper withBorder px="md" py="xs">
      <Group gap="xl">
        <Figure label="应到" value={counts.invited} />
        <Figure label="出席" value={counts.present} color="green.8" />
        <Figure label="请假" value={counts.leave} color="yellow.8" />
        <Figure label="缺席" value={counts.absent} color="red.8" />
        <Figure
          label="未登记"
          value={counts.pending}
          color={counts.pending ? 'gray.7' : 'dimmed'}
        />
        <Figure label="出席率" value={formatRate(counts.attendanceRate)} />
        {counts.guests > 0 && <Figure label="其中来宾" value={counts.guests} />}
      </Group>
    </Paper>
  );
}
