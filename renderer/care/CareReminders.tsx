import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { formatCents, loadCareReminders } from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';

const SHOWN = 8;

/**
 * 工作台 reminders of 关怀慰问: birthdays this month without 生日慰问, members in hospital
 * with no visit yet, statutory retirements in the next 3 months, members near the festival
 * cap. Nothing is shown when there is nothing to do.
 */
export function CareReminders() {
  const db = useDb();
  const today = todayIso();
  const r = useLiveQuery(() => loadCareReminders(db, today), [db, today]);
  if (!r) return null;
  const retirements = r.retirements.filter((x) => !x.visited);
  const any =
    r.birthdays.length + r.staysWithoutVisit.length + retirements.length + r.nearCap.length;
  if (any === 0) return null;
  const month = Number(today.slice(5, 7));
  return (
    <Card withBorder data-testid="care-reminders">
      <Group gap="xs" mb="sm">
        <ThemeIcon variant="light" size="lg" color="pink">
          <IconHeartHandshake size={20} />
        </ThemeIcon>
        <Text fw={600}>关怀慰问提醒</Text>
      </Group>
      <Stack gap="sm">
        {r.staysWithoutVisit.length > 0 && (
          <Line title={`住院尚未探望 ${r.staysWithoutVisit.length} 人`} color="red">
            {r.staysWithoutVisit.slice(0, SHOWN).map((s) => (
              <Anchor
                key={s.id}
                size="sm"
                component={Link}
                to={`/care/visits/new?reason=生病住院&member=${s.memberId}`}
              >
                {s.name}（{s.admittedOn.slice(5)} 入院）
              </Anchor>
            ))}
          </Line>
        )}
        {r.birthdays.length > 0 && (
          <Line title={`${month}月生日、尚未生日慰问 ${r.birthdays.length} 人`} color="pink">
            {r.birthdays.slice(0, SHOWN).map((b) => (
              <Anchor
                key={b.member.id}
                size="sm"
                component={Link}
                to={`/care/visits/new?reason=生日&member=${b.member.id}`}
              >
                {b.member.name}（{b.day}）
              </Anchor>
            ))}
          </Line>
        )}
        {retirements.length > 0 && (
          <Line title={`3个月内退休 ${retirements.length} 人（退休慰问）`} color="blue">
            {retirements.slice(0, SHOWN).map((x) => (
              <Anchor
                key={x.member.id}
                size="sm"
                component={Link}
                to={`/care/visits/new?reason=退休&member=${x.member.id}`}
              >
                {x.member.name}（{x.on}）
              </Anchor>
            ))}
          </Line>
        )}
        {r.nearCap.length > 0 && (
          <Line title={`节日慰问接近标准 ${r.nearCap.length} 人`} color="orange">
            {r.nearCap.slice(0, SHOWN).map((x) => (
              <Text key={x.member.id} size="sm">
                {x.member.name} {formatCents(x.totalCents)}/{formatCents(x.capCents)}
              </Text>
            ))}
          </Line>
        )}
      </Stack>
    </Card>
  );
}

function Line({
  title,
  color,
  children,
}: {
  title: string;
  color: string;
  children: React.ReactNode;
}) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Badge color={color} variant="light" style={{ flex: 'none' }}>
        {title}
      </Badge>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
