import { Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  CAMPAIGN_KINDS,
  formatCentsAmount,
  saveCampaign,
  visitCents,
  type CampaignKind,
} from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { action } from '../app/notify';
import {
  useAllRecipients,
  useCampaignAid,
  useCampaigns,
  useDistributions,
  useVisits,
} from './useCare';

/** 活动批次: each with its own totals (visits, distributions, money) and one printout. */
export function CampaignList({ year }: { year: number | null }) {
  const db = useDb();
  const navigate = useNavigate();
  const campaigns = (useCampaigns() ?? []).filter((c) => year === null || c.year === year);
  const visits = useVisits(null, null) ?? [];
  const dists = useDistributions(null) ?? [];
  const recipients = useAllRecipients() ?? [];
  const aidByCampaign = useCampaignAid();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CampaignKind>('两节送温暖');
  const [start, setStart] = useState(todayIso());
  const [end, setEnd] = useState<string | null>(null);
  const create = action(async () => {
    await saveCampaign(db, { name, kind, startDate: start, endDate: end, notes: '' });
    setOpen(false);
    setName('');
  }, '活动批次没有保存');
  return (
    <Stack>
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setOpen(true)}
        >
          新建活动批次
        </Button>
      </Group>
      <Paper withBorder>
        <Table verticalSpacing="xs" striped data-testid="campaign-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>批次</Table.Th>
              <Table.Th>类别</Table.Th>
              <Table.Th>日期</Table.Th>
              <Table.Th ta="right">慰问（次/人次）</Table.Th>
              <Table.Th ta="right">发放人次</Table.Th>
              <Table.Th ta="right">帮扶人次</Table.Th>
              <Table.Th ta="right">金额合计（元）</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.map((c) => {
              const vs = visits.filter((v) => v.campaignId === c.id);
              const ds = dists.filter((d) => d.campaignId === c.id);
              const rs = ds.flatMap((d) =>
                recipients.filter((r) => r.distributionId === d.id).map(() => d.valueCents),
              );
              const aid = aidByCampaign?.get(c.id) ?? [];
              const total =
                vs.reduce((s, v) => s + visitCents(v), 0) +
                rs.reduce((s, x) => s + x, 0) +
                aid.reduce((s, a) => s + a.cents, 0);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td fw={500}>{c.name}</Table.Td>
                  <Table.Td>{c.kind}</Table.Td>
                  <Table.Td>
                    {c.startDate}
                    {c.endDate ? ` 至 ${c.endDate}` : ''}
                  </Table.Td>
                  <Table.Td ta="right">
                    {vs.length} / {vs.reduce((s, v) => s + v.visitees.length, 0)}
                  </Table.Td>
                  <Table.Td ta="right">{rs.length}</Table.Td>
                  <Table.Td ta="right">{aid.length}</Table.Td>
                  <Table.Td ta="right">{formatCentsAmount(total)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPrinter size={14} />}
                      onClick={() => void navigate(`/care/campaigns/${c.id}/print`)}
                    >
                      打印签领表
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {campaigns.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" ta="center" py="lg">
                    还没有活动批次。两节送温暖、金秋助学、夏送清凉等可建成批次，登记慰问或发放时选择它。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Modal opened={open} onClose={() => setOpen(false)} title="新建活动批次">
        <Stack>
          <Select
            label="类别"
            data={[...CAMPAIGN_KINDS]}
            value={kind}
            allowDeselect={false}
            onChange={(v) => {
              const k = (v ?? '其他') as CampaignKind;
              setKind(k);
              if (!name) setName(`${start.slice(0, 4)}年${k === '其他' ? '' : k}`);
            }}
          />
          <TextInput
            label="名称"
            withAsterisk
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            placeholder="如：2026年两节送温暖"
          />
          <Group grow>
            <ChineseDateInput
              label="开始日期"
              clearable={false}
              value={start}
              onChange={(v) => setStart(v ? String(v) : todayIso())}
            />
            <ChineseDateInput
              label="结束日期"
              value={end}
              onChange={(v) => setEnd(v ? String(v) : null)}
            />
          </Group>
          <Group justify="flex-end">
            <Button onClick={create}>保存</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
