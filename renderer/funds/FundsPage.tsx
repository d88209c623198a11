import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Route, Routes, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { useDb } from '../app/AppContext';
import { BudgetTab } from './BudgetTab';
import { CategoryEditor } from './CategoryEditor';
import { DuesRollScreen } from './DuesRollScreen';
import { DuesTab, YearSelect } from './DuesTab';
import { EntriesTab } from './EntriesTab';
import { EntryFormPage } from './EntryFormPage';
import { FundsPrintPage } from './FundsPrintPage';
import { FundsSettingsTab } from './FundsSettingsTab';
import { useFundYears } from './useFunds';

/** 会费经费: dues rolls, the fund account, the budget, the rules' settings; and their printouts. */
export function FundsPage() {
  return (
    <Routes>
      <Route index element={<FundsHome />} />
      <Route path="dues/:month" element={<DuesRollScreen />} />
      <Route path="entries/new" element={<EntryFormPage />} />
      <Route path="entries/:id" element={<EntryFormPage />} />
      <Route path="print/:doc" element={<FundsPrintPage />} />
    </Routes>
  );
}

function FundsHome() {
  const db = useDb();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'dues';
  const year = Number(params.get('year') ?? todayIso().slice(0, 4));
  const years = useFundYears() ?? [];
  const titles = useLiveQuery(
    async () => new Map((await db.activities.toArray()).map((a) => [a.id, a.title])),
    [db],
  );
  const go = (patch: Record<string, string>) =>
    setParams({ tab, year: String(year), ...patch }, { replace: true });
  return (
    <Tabs value={tab} onChange={(t) => go({ tab: t ?? 'dues' })} keepMounted={false}>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Title order={2}>会费经费</Title>
        <YearSelect year={year} years={years} onChange={(y) => go({ year: String(y) })} />
      </Group>
      <Tabs.List mb="md">
        <Tabs.Tab value="dues">会费收缴</Tabs.Tab>
        <Tabs.Tab value="entries">经费收支</Tabs.Tab>
        <Tabs.Tab value="budget">预算</Tabs.Tab>
        <Tabs.Tab value="settings">设置</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="dues">
        <DuesTab year={year} years={years} />
      </Tabs.Panel>
      <Tabs.Panel value="entries">
        <EntriesTab year={year} activityTitles={titles ?? new Map()} />
      </Tabs.Panel>
      <Tabs.Panel value="budget">
        <BudgetTab year={year} />
      </Tabs.Panel>
      <Tabs.Panel value="settings">
        <Stack>
          <FundsSettingsTab />
          <CategoryEditor />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
