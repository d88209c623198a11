import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { countReceipts, formatCentsAmount, isStatutoryFestival } from '../../shared/ledgers/care';
import { shortDate } from './format';
import { useAllRecipients, useDistributions } from './useCare';

export function DistributionList({ year }: { year: number | null }) {
  const navigate = useNavigate();
  const list = useDistributions(year);
  const recipients = useAllRecipients();
  const byDist = useMemo(() => {
    const m = new Map<string, { receipt: '本人' | '代领' | '补签' | '未签' }[]>();
    for (const r of recipients ?? [])
      m.set(r.distributionId, [...(m.get(r.distributionId) ?? []), r]);
    return m;
  }, [recipients]);
  return (
    <Stack>
      <Paper withBorder>
        <Table highlightOnHover striped verticalSpacing="xs" data-testid="distribution-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>日期</Table.Th>
              <Table.Th>事由</Table.Th>
              <Table.Th>物品</Table.Th>
              <Table.Th ta="right">人均（元）</Table.Th>
              <Table.Th ta="right">人数</Table.Th>
              <Table.Th ta="right">合计（元）</Table.Th>
              <Table.Th ta="right">未签</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list?.map((d) => {
              const c = countReceipts(byDist.get(d.id) ?? []);
              return (
                <Table.Tr
                  key={d.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/care/distributions/${d.id}`)}
                >
                  <Table.Td>{year === null ? d.date : shortDate(d.date)}</Table.Td>
                  <Table.Td fw={500}>
                    {d.occasion}
                    {d.festival && !isStatutoryFestival(d.festival) && (
                      <Badge size="xs" ml={4} color="yellow" variant="light">
                        非法定节日
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{d.item}</Table.Td>
                  <Table.Td ta="right">{formatCentsAmount(d.valueCents)}</Table.Td>
                  <Table.Td ta="right">{c.total}</Table.Td>
                  <Table.Td ta="right">{formatCentsAmount(d.valueCents * c.total)}</Table.Td>
                  <Table.Td ta="right" c={c.unsigned ? 'orange.8' : undefined}>
                    {c.unsigned}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {list?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="lg">
                    还没有福利发放。点右上角“新建福利发放”，按规则生成名单（如在职会员）。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
