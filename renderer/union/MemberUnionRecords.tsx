import { Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { isInOffice } from '../../shared/ledgers/union';
import { useMemberHonours, useMemberOfficers } from './useCommittee';

/** 「担任的职务」 on a member's page: every office held, newest term first. */
export function MemberOffices({ memberId }: { memberId: string }) {
  const list = useMemberOfficers(memberId);
  if (list === undefined) return <Loader size="sm" />;
  if (list.length === 0)
    return (
      <Text c="dimmed" size="sm">
        没有担任过工会职务。
      </Text>
    );
  const today = todayIso();
  return (
    <Table striped verticalSpacing={4} data-testid="member-offices">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>届次</Table.Th>
          <Table.Th>职务</Table.Th>
          <Table.Th w={120}>任职日期</Table.Th>
          <Table.Th w={140}>离任日期</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td>第{o.termNumber}届</Table.Td>
            <Table.Td>
              <Anchor component={Link} to="/settings?tab=committee" size="sm">
                {o.role}
              </Anchor>
            </Table.Td>
            <Table.Td>{o.startDate ?? '—'}</Table.Td>
            <Table.Td>
              {isInOffice(o, today) ? (
                <Badge variant="light" color="teal">
                  在任
                </Badge>
              ) : (
                (o.endDate ?? '—')
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 「获得的表彰」 on a member's page: the member's individual honours, newest first. */
export function MemberHonours({ memberId }: { memberId: string }) {
  const list = useMemberHonours(memberId);
  if (list === undefined) return <Loader size="sm" />;
  if (list.length === 0)
    return (
      <Text c="dimmed" size="sm">
        还没有登记表彰。
      </Text>
    );
  return (
    <Table striped verticalSpacing={4} data-testid="member-honours">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>年度</Table.Th>
          <Table.Th>荣誉称号</Table.Th>
          <Table.Th w={100}>级别</Table.Th>
          <Table.Th>授予单位</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{h.year}</Table.Td>
            <Table.Td>{h.title}</Table.Td>
            <Table.Td>{h.level}</Table.Td>
            <Table.Td>{h.body}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
