import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { LedgerData, Period } from '../../shared/ledgers';
import { electionReports, electionsHeldIn } from '../../shared/ledgers/elections';

export interface YearElectionsProps {
  data: LedgerData;
  period: Period;
}

/** elections[] of the year (LEDGERS.md §11) on the 年度统计 page, each opening its election. */
export function YearElections({ data, period }: YearElectionsProps) {
  const reports = electionReports(period, data);
  const held = electionsHeldIn(period, data);
  return (
    <Paper withBorder p="md" data-testid="year-elections">
      <Title order={4}>换届选举</Title>
      <Text size="sm" c="dimmed" mb="xs">
        选举日期在统计期内的选举。票数为第一轮有效票中的票数；当选为各轮合计的结果；过半数为所选基数的过半数。
      </Text>
      {reports.length === 0 ? (
        <Text size="sm">统计期内没有选举。</Text>
      ) : (
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>选举</Table.Th>
              <Table.Th ta="right">应到</Table.Th>
              <Table.Th ta="right">实到</Table.Th>
              <Table.Th ta="right">发出</Table.Th>
              <Table.Th ta="right">收回</Table.Th>
              <Table.Th ta="right">有效</Table.Th>
              <Table.Th ta="right">无效</Table.Th>
              <Table.Th ta="right">过半数</Table.Th>
              <Table.Th>当选</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((r, i) => (
              <Table.Tr key={held[i]?.id ?? i}>
                <Table.Td>
                  {held[i] ? (
                    <Anchor component={Link} to={`/elections/${held[i].id}`} size="sm">
                      {r.name}
                    </Anchor>
                  ) : (
                    r.name
                  )}
                </Table.Td>
                <Table.Td ta="right">{r.entitled}</Table.Td>
                <Table.Td ta="right">
                  {r.present}
                  {!r.quorumMet && '（不足）'}
                </Table.Td>
                <Table.Td ta="right">{r.issued}</Table.Td>
                <Table.Td ta="right">{r.returned}</Table.Td>
                <Table.Td ta="right">{r.valid}</Table.Td>
                <Table.Td ta="right">{r.invalid}</Table.Td>
                <Table.Td ta="right">{r.threshold}</Table.Td>
                <Table.Td>
                  {r.candidates
                    .filter((c) => c.elected)
                    .map((c) => c.name)
                    .join('、') || '—'}
                  {r.tie.length > 0 && `（${r.tie.join('、')}得票相等）`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
