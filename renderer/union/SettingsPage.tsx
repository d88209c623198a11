import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { saveProfile } from '../../shared/db';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './useProfile';

export function SettingsPage() {
  const db = useDb();
  const profile = useProfile();
  if (!profile) return null;
  const save = async (p: UnionProfile) => {
    await saveProfile(db, p);
    notifications.show({ color: 'green', title: '保存成功', message: '工会信息已更新。' });
  };
  return (
    <Stack maw={900}>
      <Title order={2}>工会信息</Title>
      <Text c="dimmed" size="sm">
        这些信息用于通知的落款、签到表的抬头和年度报表。
      </Text>
      <Paper withBorder p="lg">
        {/* key: a restore or demo load replaces the profile; start the form afresh then. */}
        <ProfileForm
          key={JSON.stringify(profile)}
          initial={profile}
          submitLabel="保存"
          onSubmit={save}
        />
      </Paper>
    </Stack>
  );
}
