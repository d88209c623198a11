import { Anchor, Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { STATE_COLORS } from './format';
import { useActivityKinds, useMemberActivities } from './useActivities';

export interface MemberActivitiesProps {
  memberId: string;
}

/** 「参加的活动」 for a member's page: every activity the member was listed on, newest first. */
export function MemberActivities({ memberId }: MemberActivitiesProps) {
  const list = useMemberActivities(memberId);
  const kinds = useActivityKinds();
  if (list === undefined) return <Loader size="sm" />;
  if (list.length === 0)
    return (
      <Text c="dimmed" size="sm">
        还没有参加过登记在册的活动。
      </Text>
    );
  const kindName = new Map((kinds ?? []).map((k) => [k.id, k.name]));
  const attended = list.filter((x) => x.state === '出席').length;
  return (
    <Stack gap="xs" data-testid="member-activities">
      <Text size="sm">
        共列入 {list.length} 次活动名单，出席 {attended} 次。
      </Text>
      <Table striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>日期</Table.Th>
            <Table.Th>活动</Table.Th>
            <Table.Th w={100}>类别</Table.Th>
            <Table.Th w={90}>出席情况</Table.Th>
            <Table.Th>备注</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map(({ activity: a, state, leaveReason, result }) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.startDate}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/activities/${a.id}`} size="sm">
                  {a.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{kindName.get(a.kindId) ?? ''}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATE_COLORS[state]}>
                  {state === '报名' ? '未登记' : state}
                </Badge>
              </Table.Td>
              <Table.Td>
                {[
                  leaveReason,
                  result?.award,
                  result?.rank !== undefined ? `第${result.rank}名` : null,
                ]
                  .filter(Boolean)
                  .join('，')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
