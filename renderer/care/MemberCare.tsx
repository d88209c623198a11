import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatCentsAmount, reasonText, visiteeCents } from '../../shared/ledgers/care';
import { useMemberCare } from './useCare';

/** A member's care: visits to him or his family, and the distributions he signed for. */
export function MemberCare({ memberId }: { memberId: string }) {
  const care = useMemberCare(memberId);
  if (!care) return null;
  const { visits, receipts } = care;
  const year = new Date().getFullYear();
  const thisYear = visits.filter((v) => v.year === year);
  const cents = thisYear.reduce(
    (s, v) =>
      s +
      v.visitees.filter((x) => x.memberId === memberId).reduce((a, x) => a + visiteeCents(x), 0),
    0,
  );
  return (
    <Stack gap="xs" data-testid="member-care">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {year}年受慰问 {thisYear.length} 次，合计 {formatCentsAmount(cents)} 元；福利签领{' '}
          {receipts.length} 次（历年）。
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          component={Link}
          to={`/care/visits/new?member=${memberId}`}
        >
          登记慰问
        </Button>
      </Group>
      {visits.length > 0 && (
        <Table verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>事由</Table.Th>
              <Table.Th>对象</Table.Th>
              <Table.Th ta="right">金额（元）</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.map((v) =>
              v.visitees
                .filter((x) => x.memberId === memberId)
                .map((x, i) => (
                  <Table.Tr key={`${v.id}-${i}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/care/visits/${v.id}`} size="sm">
                        {v.date}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{reasonText(v)}</Table.Td>
                    <Table.Td>
                      {x.relation === '本人' ? '本人' : `${x.name}（${x.relation}）`}
                    </Table.Td>
                    <Table.Td ta="right">{formatCentsAmount(visiteeCents(x))}</Table.Td>
                  </Table.Tr>
                )),
            )}
          </Table.Tbody>
        </Table>
      )}
      {receipts.length > 0 && (
        <Group gap={6}>
          {receipts.map(({ distribution: d, recipient: r }) => (
            <Badge key={r.id} variant="light" color={r.receipt === '未签' ? 'gray' : 'green'}>
              {d.date.slice(0, 4)} {d.occasion} {d.item} · {r.receipt}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
