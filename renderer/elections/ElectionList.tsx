import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ELECTION_BODIES } from '../../shared/ledgers/elections';
import { RulesPanel } from './RulesPanel';
import { EvaluationsPanel } from './EvaluationsPanel';
import { useElectionList } from './useElections';

/** The ledger: every election, newest first, with its state. */
export function ElectionList() {
  const navigate = useNavigate();
  const rows = useElectionList();
  const years = new Set(rows?.map((r) => r.election.year));
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>换届选举</Title>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => void navigate('/elections/new')}
        >
          新建选举
        </Button>
      </Group>
      <Paper withBorder>
        <Table highlightOnHover striped verticalSpacing="xs" data-testid="election-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>日期</Table.Th>
              <Table.Th w={90}>编号</Table.Th>
              <Table.Th>选举名称</Table.Th>
              <Table.Th w={120}>大会</Table.Th>
              <Table.Th ta="right" w={80}>
                应选
              </Table.Th>
              <Table.Th ta="right" w={80}>
                候选人
              </Table.Th>
              <Table.Th ta="right" w={80}>
                已录选票
              </Table.Th>
              <Table.Th w={170}>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((r) => (
              <Table.Tr
                key={r.election.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/elections/${r.election.id}`)}
                data-testid="election-row"
              >
                <Table.Td>{r.election.date}</Table.Td>
                <Table.Td>{r.election.code}</Table.Td>
                <Table.Td fw={500}>{r.election.name}</Table.Td>
                <Table.Td>{r.election.body}</Table.Td>
                <Table.Td ta="right">{r.election.seats}</Table.Td>
                <Table.Td ta="right">{r.candidates}</Table.Td>
                <Table.Td ta="right">{r.ballots}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={r.election.appliedAt ? 'teal' : 'blue'}>
                    {r.status}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
            {rows?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" ta="center" py="lg">
                    还没有选举。点右上角“新建选举”，填写应选人数、候选人和监票计票人员。
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {rows && rows.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={8}>
                  共 {rows.length} 项选举，涉及 {years.size} 个年度（{ELECTION_BODIES.join('、')}）
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Paper>
      <EvaluationsPanel />
      <RulesPanel />
    </Stack>
  );
}
