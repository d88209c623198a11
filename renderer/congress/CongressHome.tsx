import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { SessionsTab } from './SessionsTab';
import { RepresentativesTab } from './RepresentativesTab';
import { ProposalsTab } from './ProposalsTab';
import { SuggestionsTab } from './SuggestionsTab';
import { OpenAffairsTab } from './OpenAffairsTab';
import { RulesTab } from './RulesTab';

const TABS = [
  ['sessions', '会议'],
  ['representatives', '代表'],
  ['proposals', '提案'],
  ['suggestions', '意见建议'],
  ['open-affairs', '校务公开'],
  ['rules', '规则'],
] as const;

/** 教代会 home: one tab per part of the ledger, the tab kept in the address. */
export function CongressHome() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'sessions';
  return (
    <Stack gap="md">
      <Title order={2}>教代会</Title>
      <Tabs
        value={tab}
        onChange={(v) => v && setParams({ tab: v }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map(([value, label]) => (
            <Tabs.Tab key={value} value={value}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="representatives" pt="md">
          <RepresentativesTab />
        </Tabs.Panel>
        <Tabs.Panel value="proposals" pt="md">
          <ProposalsTab />
        </Tabs.Panel>
        <Tabs.Panel value="suggestions" pt="md">
          <SuggestionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="open-affairs" pt="md">
          <OpenAffairsTab />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
