import { Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { proposalStage, reviewText, type ProposalStage } from '../../shared/ledgers/congress';
import { ProposalForm } from './ProposalForm';
import { useProposals, useRepresentatives, useSessions } from './useCongress';

export const STAGE_COLORS: Record<ProposalStage, string> = {
  待审查: 'gray',
  待答复: 'blue',
  逾期未答复: 'red',
  已答复: 'cyan',
  已落实: 'teal',
  已评价: 'green',
  并案: 'grape',
  转为意见建议: 'violet',
  不立案: 'dark',
};

/** A session's proposals with where each is in its lifecycle; 登记提案 opens the form. */
export function ProposalsTab() {
  const sessions = useSessions();
  const [sessionId, setSessionId] = useState<string | null>(null);
  useEffect(() => {
    if (!sessionId && sessions?.[0]) setSessionId(sessions[0].id);
  }, [sessions, sessionId]);
  const session = sessions?.find((s) => s.id === sessionId) ?? null;
  const proposals = useProposals(sessionId);
  const reps = useRepresentatives(session?.termNumber ?? null);
  const [opened, { open, close }] = useDisclosure(false);
  if (!sessions || !proposals || !reps) return <Loader size="sm" />;
  if (sessions.length === 0)
    return <Text c="dimmed">请先在“会议”中登记一次教代会，再登记它的提案。</Text>;
  const today = todayIso();
  const all = new Map(proposals.map((p) => [p.id, p]));
  const accepted = proposals.filter((p) => p.review === '立案').length;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label="会议"
          data={sessions.map((s) => ({ value: s.id, label: s.name }))}
          value={sessionId}
          onChange={setSessionId}
          allowDeselect={false}
          w={360}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={open}>
          登记提案
        </Button>
        {session && (
          <>
            <Button
              variant="light"
              component={Link}
              to={`/congress/print/register?session=${session.id}`}
            >
              提案登记表
            </Button>
            <Button
              variant="light"
              component={Link}
              to={`/congress/print/booklet?session=${session.id}`}
            >
              提案汇编
            </Button>
          </>
        )}
      </Group>
      <Text size="sm" data-testid="proposal-counts">
        共 {proposals.length} 件，立案 {accepted} 件
      </Text>
      {opened && session && (
        <ProposalForm
          sessionId={session.id}
          representatives={reps}
          proposal={null}
          opened={opened}
          onClose={close}
        />
      )}
      <Table striped data-testid="proposal-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>提案号</Table.Th>
            <Table.Th>案由</Table.Th>
            <Table.Th>提案人</Table.Th>
            <Table.Th>审查</Table.Th>
            <Table.Th>承办部门</Table.Th>
            <Table.Th>进度</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposals.map((p) => {
            const stage = proposalStage(p, today);
            return (
              <Table.Tr key={p.id}>
                <Table.Td>{p.number ?? ''}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/congress/proposals/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.proposer.name}</Table.Td>
                <Table.Td>{reviewText(p, all)}</Table.Td>
                <Table.Td>{p.department}</Table.Td>
                <Table.Td>
                  <Badge color={STAGE_COLORS[stage]}>{stage}</Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
