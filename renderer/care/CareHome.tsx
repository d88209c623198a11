import { Button, Group, Select, Stack, Tabs, Title } from '@mantine/core';
import { IconGift, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { useCareYears } from './useCare';
import { VisitList } from './VisitList';
import { DistributionList } from './DistributionList';
import { CampaignList } from './CampaignList';
import { StayList } from './StayList';

const TABS = ['visits', 'distributions', 'campaigns', 'stays'] as const;
type Tab = (typeof TABS)[number];
export const ALL = 'all';

/** The ledger's front page: 慰问登记 / 福利发放 / 活动批次 / 住院, one year at a time. */
export function CareHome() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'visits';
  const year = params.get('year') ?? String(thisYear);
  const years = useCareYears(thisYear) ?? [thisYear];
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const y = year === ALL ? null : Number(year);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>关怀慰问</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/care/register/print?year=${y ?? thisYear}`)}
          >
            打印慰问登记表
          </Button>
          <Button
            variant="light"
            leftSection={<IconGift size={18} />}
            onClick={() => void navigate('/care/distributions/new')}
          >
            新建福利发放
          </Button>
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => void navigate('/care/visits/new')}
          >
            登记慰问
          </Button>
        </Group>
      </Group>
      <Select
        label="年度"
        data={[
          ...years.map((v) => ({ value: String(v), label: `${v}年` })),
          { value: ALL, label: '全部年份' },
        ]}
        value={year}
        onChange={(v) => set('year', v ?? String(thisYear))}
        allowDeselect={false}
        w={140}
      />
      <Tabs value={tab} onChange={(t) => set('tab', t ?? 'visits')}>
        <Tabs.List>
          <Tabs.Tab value="visits">慰问登记</Tabs.Tab>
          <Tabs.Tab value="distributions">福利发放</Tabs.Tab>
          <Tabs.Tab value="campaigns">活动批次</Tabs.Tab>
          <Tabs.Tab value="stays">住院</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="visits" pt="md">
          {tab === 'visits' && <VisitList year={y} />}
        </Tabs.Panel>
        <Tabs.Panel value="distributions" pt="md">
          {tab === 'distributions' && <DistributionList year={y} />}
        </Tabs.Panel>
        <Tabs.Panel value="campaigns" pt="md">
          {tab === 'campaigns' && <CampaignList year={y} />}
        </Tabs.Panel>
        <Tabs.Panel value="stays" pt="md">
          {tab === 'stays' && <StayList />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
