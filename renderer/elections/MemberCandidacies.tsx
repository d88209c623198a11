import { Anchor, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { candidaciesOfMember } from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';

/** 「参加的选举」 on the member page: each election the member stood in, and the result. */
export function MemberCandidacies({ memberId }: { memberId: string }) {
  const db = useDb();
  const rows = useLiveQuery(() => candidaciesOfMember(db, memberId), [db, memberId]);
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        没有作为候选人参加过选举。
      </Text>
    );
  return (
    <Table verticalSpacing={2} data-testid="member-candidacies">
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.election.id}>
            <Table.Td w={110}>{r.election.date}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/elections/${r.election.id}`} size="sm">
                {r.election.name}
              </Anchor>
            </Table.Td>
            <Table.Td>候选人（{r.election.office}）</Table.Td>
            <Table.Td>赞成 {r.for} 票</Table.Td>
            <Table.Td>{r.elected ? '当选' : '未当选'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
