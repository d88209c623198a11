import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Route, Routes, useSearchParams } from 'react-router';
import { saveProfile } from '../../shared/db';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { CommitteePrintPage } from './CommitteePrintPage';
import { CommitteeTab } from './CommitteeTab';
import { HonoursTab } from './HonoursTab';
import { CareCapsTab } from './CareCapsTab';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './useProfile';

const TABS = ['profile', 'committee', 'honours', 'care'] as const;
type Tab = (typeof TABS)[number];

export function SettingsPage() {
  const profile = useProfile();
  if (!profile) return null;
  return (
    <Routes>
      <Route index element={<SettingsTabs profile={profile} />} />
      <Route path="committee/print" element={<CommitteePrintPage profile={profile} />} />
    </Routes>
  );
}

/** 基本信息 / 工会委员会 / 表彰, the tab in the address (?tab=committee). */
function SettingsTabs({ profile }: { profile: UnionProfile }) {
  const db = useDb();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'profile';
  const save = async (p: UnionProfile) => {
    await saveProfile(db, p);
    notifications.show({ color: 'green', title: '保存成功', message: '工会信息已更新。' });
  };
  return (
    <Stack maw={tab === 'profile' ? 900 : 1100}>
      <Title order={2}>工会信息</Title>
      <Tabs value={tab} onChange={(t) => setParams(t && t !== 'profile' ? { tab: t } : {})}>
        <Tabs.List>
          <Tabs.Tab value="profile">基本信息</Tabs.Tab>
          <Tabs.Tab value="committee">工会委员会</Tabs.Tab>
          <Tabs.Tab value="honours">表彰</Tabs.Tab>
          <Tabs.Tab value="care">慰问标准</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Text c="dimmed" size="sm" mb="sm">
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
        </Tabs.Panel>
        <Tabs.Panel value="committee" pt="md">
          <Paper withBorder p="lg">
            <CommitteeTab profile={profile} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="honours" pt="md">
          <Paper withBorder p="lg">
            <HonoursTab profile={profile} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="care" pt="md">
          <Paper withBorder p="lg">
            <CareCapsTab key={JSON.stringify(profile.careCaps ?? null)} profile={profile} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
