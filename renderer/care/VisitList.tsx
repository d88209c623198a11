import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CARE_REASON_LABELS,
  CARE_REASONS,
  formatCentsAmount,
  reasonText,
  visitCents,
  type CareVisit,
} from '../../shared/ledgers/care';
import { money, shortDate } from './format';
import { useVisits } from './useCare';

const ALL = 'all';

/** Visit-level counts the register shows (LEDGERS.md §2): 次, 人次, 慰问人次, distinct members. */
function totals(vs: readonly CareVisit[]) {
  const members = new Set(vs.flatMap((v) => v.memberIds));
  let cash = 0;
  let goods = 0;
  for (const v of vs)
    for (const x of v.visitees) {
      cash += x.cashCents;
      goods += x.goodsCents;
    }
  return {
    visits: vs.length,
    visitees: vs.reduce((s, v) => s + v.visitees.length, 0),
    visitors: vs.reduce((s, v) => s + v.visitors.length, 0),
    members: members.size,
    cash,
    goods,
  };
}

export function VisitList({ year }: { year: number | null }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState<string>(ALL);
  const visits = useVisits(year, reason === ALL ? null : reason);
  const t = visits ? totals(visits) : null;
  return (
    <Stack>
      <Group>
        <Select
          label="事由"
          data={[
            { value: ALL, label: '全部事由' },
            ...CARE_REASONS.map((r) => ({ value: r, label: CARE_REASON_LABELS[r] })),
          ]}
          value={reason}
          onChange={(v) => setReason(v ?? ALL)}
          allowDeselect={false}
          w={170}
        />
      </Group>
      <Paper withBorder>
        <Table highlightOnHover striped verticalSpacing="xs" data-testid="visit-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>日期</Table.Th>
              <Table.Th w={130}>事由</Table.Th>
              <Table.Th>慰问对象</Table.Th>
              <Table.Th>慰问人</Table.Th>
              <Table.Th ta="right" w={100}>
                现金（元）
              </Table.Th>
              <Table.Th ta="right" w={110}>
                物品价值（元）
              </Table.Th>
              <Table.Th w={110}>经费来源</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits?.map((v) => (
              <Table.Tr
                key={v.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/care/visits/${v.id}`)}
              >
                <Table.Td>{year === null ? v.date : shortDate(v.date)}</Table.Td>
                <Table.Td>
                  {reasonText(v)}
                  {v.surgery && (
                    <Badge size="xs" ml={4} color="red" variant="light">
                      手术
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td fw={500}>
                  {v.visitees
                    .map((x) => (x.relation === '本人' ? x.name : `${x.name}（${x.relation}）`))
                    .join('、')}
                </Table.Td>
                <Table.Td>{v.visitors.map((p) => p.name).join('、') || '—'}</Table.Td>
                <Table.Td ta="right">
                  {money(v.visitees.reduce((s, x) => s + x.cashCents, 0))}
                </Table.Td>
                <Table.Td ta="right">
                  {money(v.visitees.reduce((s, x) => s + x.goodsCents, 0))}
                </Table.Td>
                <Table.Td>{v.fundSource}</Table.Td>
              </Table.Tr>
            ))}
            {visits?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="lg">
                    还没有慰问记录。点右上角“登记慰问”开始登记。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {t && t.visits > 0 && (
            <Table.Tfoot>
              <Table.Tr
                data-testid="visit-totals"
                style={{ background: 'var(--mantine-color-gray-1)' }}
              >
                <Table.Th colSpan={4}>
                  合计：慰问 {t.visits} 次，{t.visitees} 人次，慰问人 {t.visitors} 人次，受益会员{' '}
                  {t.members} 人
                </Table.Th>
                <Table.Th ta="right">{formatCentsAmount(t.cash)}</Table.Th>
                <Table.Th ta="right">{formatCentsAmount(t.goods)}</Table.Th>
                <Table.Th>
                  {formatCentsAmount(visits ? visits.reduce((s, v) => s + visitCents(v), 0) : 0)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Paper>
      <Text size="xs" c="dimmed">
        一次探望多人计一次、按人计人次；慰问家属计为该会员受益。点一行可修改或删除。
      </Text>
    </Stack>
  );
}
