import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { congressReminder } from '../../shared/ledgers/congress';
import { useSessions } from './useCongress';

/** 工作台: a reminder when a year has passed since the last 教代会. */
export function CongressReminder() {
  const sessions = useSessions();
  const text = sessions ? congressReminder(sessions, todayIso()) : null;
  if (!text) return null;
  return (
    <Alert color="orange" title="教代会" data-testid="congress-reminder">
      {text}。
      <Anchor component={Link} to="/congress/sessions/new" size="sm">
        登记会议
      </Anchor>
    </Alert>
  );
}
