import { Anchor, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { useFilesDue } from './useHardship';

/** 工作台: hardship files due for review (overdue or within the reminder days); nothing when none. */
export function HardshipReviewReminder() {
  const due = useFilesDue(todayIso());
  if (!due || due.length === 0) return null;
  return (
    <Card withBorder data-testid="hardship-reminder">
      <Group gap="xs" mb="xs">
        <ThemeIcon variant="light" size="lg" color="orange">
          <IconHeartHandshake size={20} />
        </ThemeIcon>
        <Text fw={600}>困难职工档案待复核（{due.length} 户）</Text>
      </Group>
      <Stack gap={2}>
        {due.map((r) => (
          <Text key={r.file.id} size="sm">
            <Anchor component={Link} to={`/hardship/${r.file.id}`} size="sm">
              {r.name}
            </Anchor>
            {r.department && `（${r.department}）`}：复核期限 {r.review!.due}
            {r.review!.state === 'overdue'
              ? `，已逾期 ${-r.review!.days} 天`
              : `，还有 ${r.review!.days} 天`}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
