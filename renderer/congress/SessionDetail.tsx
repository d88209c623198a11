import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconClipboardCheck, IconEdit, IconPrinter, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatChineseDate } from '../../shared/core/text';
import { attendanceText, deleteSession, deleteVote } from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useSessionView } from './useCongress';
import { VoteForm } from './VoteForm';

/** A session's page: attendance and quorum, agenda, votes with their results, the pack to print. */
export function SessionDetail() {
  const { id = '' } = useParams();
  const view = useSessionView(id);
  const db = useDb();
  const navigate = useNavigate();
  if (view === undefined) return <Loader size="sm" />;
  if (view === null) return <Text>找不到这次会议，可能已被删除或撤销。</Text>;
  const { session: s, tally } = view;
  const print = (doc: string, extra = '') => `/congress/print/${doc}?session=${s.id}${extra}`;
  const remove = async () => {
    const batch = await runAction(() => deleteSession(db, s.id), { failure: '删除会议失败' });
    if (batch) {
      showUndo(db, batch);
      void navigate('/congress');
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/congress" size="sm">
        ‹ 教代会
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} data-testid="session-title">
            {s.name}
          </Title>
          <Text c="dimmed" size="sm">
            {formatChineseDate(s.date)}
            {s.place ? `\u3000${s.place}` : ''}
            {'\u3000'}第{s.termNumber}届代表 {view.representatives.length} 人
          </Text>
        </div>
        <Group gap="xs">
          <Button
            leftSection={<IconClipboardCheck size={16} />}
            onClick={() => void navigate(`/congress/sessions/${s.id}/attendance`)}
          >
            登记出席
          </Button>
          <Button
            variant="default"
            leftSection={<IconEdit size={16} />}
            onClick={() => void navigate(`/congress/sessions/${s.id}/edit`)}
          >
            修改
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void remove()}
          >
            删除
          </Button>
        </Group>
      </Group>

      <Alert color={tally.quorumMet ? 'teal' : 'orange'} data-testid="quorum">
        {attendanceText(tally)}
        {tally.nonVotingPresent > 0 ? `；列席、特邀代表出席 ${tally.nonVotingPresent} 人` : ''}
      </Alert>
      {view.representatives.length === 0 && (
        <Text size="sm" c="orange.8">
          第{s.termNumber}届还没有代表。请先在“代表”中添加本届代表，再登记出席。
        </Text>
      )}

      <Paper withBorder p="md">
        <Group gap="xs" mb="xs">
          <IconPrinter size={16} />
          <Text fw={500}>打印</Text>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="light" component={Link} to={print('sign-in')}>
            签到表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('tally')}>
            表决计票表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('register')}>
            提案登记表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('forms')}>
            提案表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('blank-forms')}>
            空白提案表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('replies')}>
            提案答复表
          </Button>
          <Button size="xs" variant="light" component={Link} to={print('booklet')}>
            提案汇编
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/congress/print/roll?term=${s.termNumber}`}
          >
            代表名册
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/congress/print/review?term=${s.termNumber}`}
          >
            代表资格审查报告
          </Button>
        </Group>
      </Paper>

      {s.agenda.length > 0 && (
        <div>
          <Text fw={500} mb={4}>
            议程
          </Text>
          {s.agenda.map((a, i) => (
            <Text key={i} size="sm">
              {i + 1}. {a}
            </Text>
          ))}
        </div>
      )}

      {tally.leaveList.length > 0 && (
        <Text size="sm">
          请假：
          {tally.leaveList
            .map((l) => `${l.representative.name}（${l.reason || '请假'}）`)
            .join('、')}
        </Text>
      )}

      <div>
        <Text fw={500} mb={4}>
          表决
        </Text>
        {tally.votes.length > 0 && (
          <Table striped data-testid="vote-list" mb="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>事项</Table.Th>
                <Table.Th>方式</Table.Th>
                <Table.Th>赞成</Table.Th>
                <Table.Th>反对</Table.Th>
                <Table.Th>弃权</Table.Th>
                <Table.Th>通过所需</Table.Th>
                <Table.Th>结果</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tally.votes.map(({ vote, outcome }) => (
                <Table.Tr key={vote.id}>
                  <Table.Td>{vote.item}</Table.Td>
                  <Table.Td>{vote.method}</Table.Td>
                  <Table.Td>{vote.for}</Table.Td>
                  <Table.Td>{vote.against}</Table.Td>
                  <Table.Td>{vote.abstain}</Table.Td>
                  <Table.Td>
                    {outcome.needed}（{s.rules.majorityBase} {outcome.base} 人过半数）
                  </Table.Td>
                  <Table.Td>
                    <Badge color={outcome.passed ? 'teal' : 'red'}>
                      {outcome.passed ? '通过' : '未通过'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={action(() => deleteVote(db, vote.id), '删除表决失败')}
                    >
                      删除
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <VoteForm sessionId={s.id} agenda={s.agenda} present={tally.present} />
      </div>
    </Stack>
  );
}
