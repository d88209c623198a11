import { Badge, Table, Text } from '@mantine/core';
import { monthText } from '../../shared/ledgers/funds';
import { DUES_STATE_COLORS, yuan } from './format';
import { useMemberDues } from './useFunds';

/** 「会费」 on the member page: month by month, due, paid and state. */
export function MemberDues({ memberId }: { memberId: string }) {
  const rows = useMemberDues(memberId);
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        还没有会费记录。
      </Text>
    );
  const due = rows.reduce((s, r) => s + r.dueFen, 0);
  const paid = rows.reduce((s, r) => s + r.paidFen, 0);
  return (
    <Table data-testid="member-dues" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>月份</Table.Th>
          <Table.Th ta="right">应缴</Table.Th>
          <Table.Th ta="right">实缴</Table.Th>
          <Table.Th>情况</Table.Th>
          <Table.Th>缴纳日期</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.slice(0, 24).map((r) => (
          <Table.Tr key={r.month}>
            <Table.Td>{monthText(r.month)}</Table.Td>
            <Table.Td ta="right">{yuan(r.dueFen)}</Table.Td>
            <Table.Td ta="right">{yuan(r.paidFen)}</Table.Td>
            <Table.Td>
              <Badge size="sm" color={DUES_STATE_COLORS[r.state]} variant="light">
                {r.state}
              </Badge>
              {r.late ? ' 补缴' : ''}
              {r.twice ? ' 重复缴纳' : ''}
            </Table.Td>
            <Table.Td>{r.lastPaidOn ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>合计</Table.Th>
          <Table.Th ta="right">{yuan(due)}</Table.Th>
          <Table.Th ta="right">{yuan(paid)}</Table.Th>
          <Table.Th colSpan={2}>{due > paid ? `欠缴 ${yuan(due - paid)} 元` : ''}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
