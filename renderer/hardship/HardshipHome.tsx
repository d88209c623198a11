import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { FileList } from './FileList';
import { AssistanceYear } from './AssistanceYear';
import { StandardsPanel } from './StandardsPanel';

const TABS = ['files', 'assistance', 'standards'] as const;
type Tab = (typeof TABS)[number];

/** 困难帮扶 main screen: 困难职工档案 / 帮扶台账 / 帮扶标准 as tabs (kept in the address). */
export function HardshipHome() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'files';
  return (
    <Stack maw={1200} data-testid="hardship-page">
      <Title order={2}>困难帮扶</Title>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'files' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="files">困难职工档案</Tabs.Tab>
          <Tabs.Tab value="assistance">帮扶台账</Tabs.Tab>
          <Tabs.Tab value="standards">帮扶标准</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="files" pt="md">
          <FileList />
        </Tabs.Panel>
        <Tabs.Panel value="assistance" pt="md">
          <AssistanceYear />
        </Tabs.Panel>
        <Tabs.Panel value="standards" pt="md">
          <StandardsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
