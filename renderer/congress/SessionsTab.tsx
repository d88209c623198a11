import { Anchor, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { formatChineseDate } from '../../shared/core/text';
import { useSessions } from './useCongress';

/** The sessions, newest first, each opening its page. */
export function SessionsTab() {
  const sessions = useSessions();
  const navigate = useNavigate();
  if (!sessions) return <Loader size="sm" />;
  return (
    <Stack gap="sm">
      <Group>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => void navigate('/congress/sessions/new')}
        >
          新建会议
        </Button>
        <Text size="sm" c="dimmed">
          共 {sessions.length} 次会议
        </Text>
      </Group>
      {sessions.length === 0 ? (
        <Text c="dimmed">还没有登记教代会。点“新建会议”登记届次、会次、日期和议程。</Text>
      ) : (
        <Table striped highlightOnHover data-testid="session-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>会议</Table.Th>
              <Table.Th>届次</Table.Th>
              <Table.Th>日期</Table.Th>
              <Table.Th>地点</Table.Th>
              <Table.Th>议程</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/congress/sessions/${s.id}`}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">
                    第{s.termNumber}届第{s.sessionNumber}次
                  </Badge>
                </Table.Td>
                <Table.Td>{formatChineseDate(s.date)}</Table.Td>
                <Table.Td>{s.place}</Table.Td>
                <Table.Td>{s.agenda.length} 项</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
