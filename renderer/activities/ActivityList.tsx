import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { totalsOf } from '../../shared/ledgers/activities';
import { todayIso } from '../../shared/core/text';
import { yearOf } from '../../shared/ledgers/activities';
import { formatYuan } from '../../shared/core/money';
import { shortDate } from './format';
import { useActivityKinds, useActivityList, useActivityYears } from './useActivities';

const ALL = 'all';

/** The ledger: activities of a year (and kind), with a totals line for the report. */
export function ActivityList() {
  const navigate = useNavigate();
  const thisYear = yearOf(todayIso());
  // The year is in the address (?year=2025), so the way back from an activity of another year
  // (its page's 「返回」, or saving a new one) lands on that year's list, not this year's.
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(thisYear);
  const setYear = (y: string) => setParams({ year: y }, { replace: true });
  const [kindId, setKindId] = useState<string>(ALL);
  const years = useActivityYears();
  const kinds = useActivityKinds();
  const rows = useActivityList(year === ALL ? null : Number(year), kindId === ALL ? null : kindId);
  const yearOptions = [...new Set([thisYear, ...(years ?? [])])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: `${y}年` }));
  const totals = rows ? totalsOf(rows) : null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>活动与会议</Title>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => void navigate('/activities/new')}
        >
          新建活动
        </Button>
      </Group>
      <Group>
        <Select
          label="年度"
          data={[...yearOptions, { value: ALL, label: '全部年份' }]}
          value={year}
          onChange={(v) => setYear(v ?? String(thisYear))}
          allowDeselect={false}
          w={140}
        />
        <Select
          label="类别"
          data={[
            { value: ALL, label: '全部类别' },
            ...(kinds ?? []).map((k) => ({ value: k.id, label: k.name })),
          ]}
          value={kindId}
          onChange={(v) => setKindId(v ?? ALL)}
          allowDeselect={false}
          w={160}
        />
      </Group>
      <Paper withBorder>
        <Table highlightOnHover striped verticalSpacing="xs" data-testid="activity-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>日期</Table.Th>
              <Table.Th>名称</Table.Th>
              <Table.Th w={100}>类别</Table.Th>
              <Table.Th>地点</Table.Th>
              <Table.Th ta="right" w={90}>
                参加人数
              </Table.Th>
              <Table.Th ta="right" w={90}>
                出席人次
              </Table.Th>
              <Table.Th ta="right" w={70}>
                请假
              </Table.Th>
              <Table.Th ta="right" w={120}>
                实际支出（元）
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map(({ activity: a, kindName, counts }) => (
              <Table.Tr
                key={a.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/activities/${a.id}`)}
              >
                <Table.Td>{year === ALL ? a.startDate : shortDate(a.startDate)}</Table.Td>
                <Table.Td fw={500}>{a.title}</Table.Td>
                <Table.Td>{kindName}</Table.Td>
                <Table.Td>{a.place || '—'}</Table.Td>
                <Table.Td ta="right">{counts.invited}</Table.Td>
                <Table.Td ta="right">
                  {counts.personTimes}
                  {counts.guestTimes > 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      +来宾{counts.guestTimes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{counts.leave}</Table.Td>
                <Table.Td ta="right">{formatYuan(a.actualCost)}</Table.Td>
              </Table.Tr>
            ))}
            {rows?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" ta="center" py="lg">
                    {year === ALL ? '' : `${year}年`}还没有登记活动。点右上角“新建活动”开始登记。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {totals && totals.activities > 0 && (
            <Table.Tfoot>
              <Table.Tr
                data-testid="activity-totals"
                style={{ background: 'var(--mantine-color-gray-1)' }}
              >
                <Table.Th colSpan={4}>
                  合计：活动 {totals.activities} 次，出席 {totals.personTimes} 人次
                  {totals.guestTimes > 0 ? `（另有来宾 ${totals.guestTimes} 人次）` : ''}
                </Table.Th>
                <Table.Th ta="right">{totals.invited}</Table.Th>
                <Table.Th ta="right">{totals.personTimes}</Table.Th>
                <Table.Th ta="right">{totals.leave}</Table.Th>
                <Table.Th ta="right">{formatYuan(totals.actualCost)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Paper>
      <Text size="xs" c="dimmed">
        出席人次只计会员，来宾另计；参加人数为名单上的全部人员（含来宾）。
      </Text>
    </Stack>
  );
}
