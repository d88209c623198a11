import { Anchor, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { formatActivityWhen, listUpcomingActivities } from '../../shared/ledgers/activities';
import { todayIso } from '../../shared/core/text';
import { useDb } from '../app/AppContext';

/** How far ahead the 工作台 looks for activities. */
const DAYS_AHEAD = 14;

function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 近期活动: what is coming in the next two weeks, each opening its page (sign-in sheet, list). */
export function UpcomingActivities() {
  const db = useDb();
  const today = todayIso();
  const rows = useLiveQuery(
    () => listUpcomingActivities(db, today, plusDays(today, DAYS_AHEAD)),
    [db, today],
  );
  if (!rows) return null;
  return (
    <Card withBorder data-testid="upcoming-activities">
      <Group gap="xs" mb="xs">
        <ThemeIcon variant="light" size="lg" color="blue">
          <IconCalendarEvent size={20} />
        </ThemeIcon>
        <Text fw={600}>近期活动（{DAYS_AHEAD} 天内）</Text>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          近两周没有登记的活动。
          <Anchor component={Link} to="/activities/new" size="sm">
            新建活动
          </Anchor>
        </Text>
      ) : (
        <Stack gap={4}>
          {rows.map(({ activity, kindName, counts }) => (
            <Group key={activity.id} gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/activities/${activity.id}`} size="sm">
                {activity.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatActivityWhen(activity)} · {kindName} · 应到 {counts.invited} 人
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
