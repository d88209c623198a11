import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useEvaluationList } from './useElections';

/** 民主评议/测评: the evaluations held, newest first. */
export function EvaluationsPanel() {
  const navigate = useNavigate();
  const rows = useEvaluationList();
  return (
    <Paper withBorder p="md" data-testid="evaluations">
      <Group justify="space-between">
        <Title order={4}>民主评议（民主测评）</Title>
        <Button
          size="xs"
          leftSection={<IconPlus size={16} />}
          onClick={() => void navigate('/elections/evaluations/new')}
        >
          新建测评
        </Button>
      </Group>
      {rows && rows.length > 0 ? (
        <Table mt="xs" highlightOnHover verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>日期</Table.Th>
              <Table.Th>测评名称</Table.Th>
              <Table.Th ta="right">被测评人</Table.Th>
              <Table.Th ta="right">已录测评表</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr
                key={e.id}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/elections/evaluations/${e.id}`)}
                data-testid="evaluation-row"
              >
                <Table.Td>{e.date}</Table.Td>
                <Table.Td>{e.title}</Table.Td>
                <Table.Td ta="right">{e.people.length}</Table.Td>
                <Table.Td ta="right">{e.sheetCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          还没有测评。对工会主席、委员的民主测评：打印测评表，逐张录入，打印结果汇总表。
        </Text>
      )}
    </Paper>
  );
}
