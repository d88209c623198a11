import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { UnionList } from './UnionList';
import { UnitsPanel } from './UnitsPanel';
import { RulesPanel } from './RulesPanel';

const TABS = ['unions', 'units', 'rules'] as const;
type Tab = (typeof TABS)[number];

/** 下属工会 main screen: 下属基层工会 / 应建会单位与建会率 / 规则设置 as tabs (kept in the address). */
export function TownshipHome() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'unions';
  return (
    <Stack maw={1280} data-testid="township-page">
      <Title order={2}>下属工会</Title>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'unions' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="unions">下属基层工会</Tabs.Tab>
          <Tabs.Tab value="units">应建会单位与建会率</Tabs.Tab>
          <Tabs.Tab value="rules">规则设置</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="unions" pt="md">
          <UnionList />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
