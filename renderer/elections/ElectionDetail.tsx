import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  addNextRound,
  applyResult,
  deleteElection,
  electionOutcome,
  MAJORITY_BASES,
  QUORUM_WORDINGS,
  removeLastRound,
  ROUND_KIND_LABELS,
  setRoundBallots,
  shareText,
  type ElectionRound,
  type ElectionView,
  type RoundResult,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { TotalsModal } from './TotalsModal';
import { useElection } from './useElections';

/** An election's page: its facts, each round's result by the rules chosen, and what to do next. */
export function ElectionDetail() {
  const { id = '' } = useParams();
  const view = useElection(id);
  const db = useDb();
  const navigate = useNavigate();
  if (view === undefined) return <Loader />;
  if (view === null) return <Text>找不到这项选举，可能已被删除或撤销。</Text>;
  const { election: e, candidates, ballots } = view;
  const outcome = electionOutcome(e, candidates, ballots);
  const last = outcome.rounds.at(-1);
  const canApply =
    !e.appliedAt && !outcome.void && outcome.tie.length === 0 && outcome.elected.length > 0;
  const del = action(async () => {
    if (!window.confirm(`删除“${e.name}”及其候选人和已录入的选票？（可在操作记录中撤销）`)) return;
    const batch = await deleteElection(db, e.id);
    showUndo(db, batch);
    await navigate('/elections');
  }, '删除选举失败');

  return (
    <Stack maw={1100} data-testid="election-detail">
      <Anchor component={Link} to="/elections" size="sm">
        ‹ 换届选举
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{e.name}</Title>
          <Text c="dimmed" size="sm">
            {e.date} · {e.body} · 编号 {e.code} · 选举{e.office} 应选 {e.seats} 人 · 第
            {e.termNumber}届，任期 {e.termYears} 年
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => void navigate(`/elections/${e.id}/edit`)}
            disabled={!!e.appliedAt}
          >
            修改
          </Button>
          <Button variant="default" color="red" onClick={del}>
            删除
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Group gap="xl">
          <Fact label="应到会有选举权人数" value={e.entitled} />
          <Fact label="实到" value={e.present} />
          <Fact
            label={`法定人数（${QUORUM_WORDINGS[e.rules.quorum].label.includes('超过') ? '超过' : '三分之二以上'}）`}
            value={outcome.quorum.required}
          />
          <Fact label="发出选票" value={e.issued} />
          <Fact label="收回选票" value={e.returned} />
        </Group>
        <Text size="sm" mt="xs">
          {`总监票人：${e.chiefScrutineer || '—'}\u3000监票人：${e.scrutineers.join('、') || '—'}\u3000计票人：${e.tellers.join('、') || '—'}`}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          规则：{QUORUM_WORDINGS[e.rules.quorum].label}；当选须超过
          {MAJORITY_BASES[e.rules.majorityBase].label}的半数（
          {MAJORITY_BASES[e.rules.majorityBase].source}）
        </Text>
      </Paper>
      {outcome.void && (
        <Alert color="red" title="选举无效" data-testid="election-void">
          {outcome.void}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Group gap="xs">
          <Text fw={500}>文书：</Text>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/elections/${e.id}/document/request`}
          >
            请示
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/elections/${e.id}/document/rules`}
          >
            选举办法
          </Button>
          <Button size="xs" variant="light" component={Link} to={`/elections/${e.id}/tally-sheet`}>
            计票表
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/elections/${e.id}/document/report`}
            data-testid="report-button"
          >
            选举结果报告
          </Button>
        </Group>
      </Paper>
      {outcome.rounds.map((r, i) => (
        <RoundPanel
          key={r.round}
          view={view}
          round={e.rounds[i]!}
          result={r}
          isLast={i === outcome.rounds.length - 1}
        />
      ))}
      <Paper withBorder p="md" data-testid="election-result">
        <Title order={4}>选举结果</Title>
        {outcome.elected.length > 0 ? (
          <Text mt="xs" data-testid="elected-names">
            当选（{outcome.elected.length} 人）：{outcome.elected.map((c) => c.name).join('、')}
          </Text>
        ) : (
          <Text mt="xs" c="dimmed">
            还没有人当选。
          </Text>
        )}
        {outcome.tie.length > 0 && (
          <Alert color="orange" mt="sm" title="得票相等" data-testid="tie-alert">
            {outcome.tie.map((c) => c.name).join('、')}得票相等（各 {outcome.tie[0]!.for} 票），争
            {last?.tieSeats ?? 0}
            个名额，须就票数相等的候选人重新投票。
          </Alert>
        )}
        {!outcome.void &&
          outcome.tie.length === 0 &&
          outcome.open > 0 &&
          outcome.rounds.some((r) => r.tally.valid > 0) && (
            <Alert color="orange" mt="sm" title="名额未满">
              尚缺 {outcome.open} 人，不足的名额另行选举。
            </Alert>
          )}
        <Group mt="sm">
          {(outcome.tie.length > 0 ||
            (outcome.open > 0 && !outcome.void && (last?.tally.valid ?? 0) > 0)) &&
            !e.appliedAt && (
              <Button
                onClick={action(() => addNextRound(db, e.id), '没有增加投票轮次')}
                data-testid="next-round"
              >
                {outcome.tie.length > 0 ? '重新投票（生成新选票）' : '另行选举（增加一轮）'}
              </Button>
            )}
          {e.appliedAt ? (
            <Badge color="teal" size="lg" variant="light">
              已写入工会委员会（第{e.termNumber}届）
            </Badge>
          ) : (
            <Button
              color="teal"
              disabled={!canApply}
              onClick={action(
                async () => showUndo(db, await applyResult(db, e.id)),
                '没有写入工会委员会',
              )}
              data-testid="apply-result"
            >
              写入工会委员会（第{e.termNumber}届）
            </Button>
          )}
        </Group>
      </Paper>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg">
        {value}
      </Text>
    </div>
  );
}

function RoundPanel({
  view,
  round,
  result,
  isLast,
}: {
  view: ElectionView;
  round: ElectionRound;
  result: RoundResult;
  isLast: boolean;
}) {
  const db = useDb();
  const e = view.election;
  const [issued, setIssued] = useState(round.issued);
  const [returned, setReturned] = useState(round.returned);
  const [totalsOpen, setTotalsOpen] = useState(false);
  const keyed = view.ballots.filter(
    (b) => b.round === round.round && b.keyer === e.countedKeyer,
  ).length;
  const base = `/elections/${e.id}`;
  return (
    <Paper withBorder p="md" data-testid={`round-${round.round}`}>
      <Group justify="space-between">
        <Title order={4}>
          第 {round.round} 轮 · {ROUND_KIND_LABELS[round.kind]} · 应选 {round.seats} 人
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="light" component={Link} to={`${base}/ballots/${round.round}`}>
            打印选票
          </Button>
          {round.entry === 'ballots' && (
            <Button
              size="xs"
              component={Link}
              to={`${base}/tally/${round.round}`}
              disabled={!!e.appliedAt}
              data-testid={`key-ballots-${round.round}`}
            >
              逐张录入选票
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            onClick={() => setTotalsOpen(true)}
            disabled={!!e.appliedAt}
          >
            {round.entry === 'totals' ? '修改计票结果' : '直接录入计票结果'}
          </Button>
          {isLast && round.round > 1 && keyed === 0 && !e.appliedAt && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={action(() => removeLastRound(db, e.id), '没有删除本轮')}
            >
              删除本轮
            </Button>
          )}
        </Group>
      </Group>
      {round.round > 1 && !e.appliedAt && (
        <Group align="flex-end" mt="xs">
          <NumberInput
            label="本轮发出选票"
            w={130}
            value={issued}
            onChange={(v) => setIssued(Number(v) || 0)}
            min={0}
            allowDecimal={false}
          />
          <NumberInput
            label="本轮收回选票"
            w={130}
            value={returned}
            onChange={(v) => setReturned(Number(v) || 0)}
            min={0}
            allowDecimal={false}
          />
          <Button
            variant="default"
            onClick={action(
              () => setRoundBallots(db, e.id, round.round, issued, returned),
              '没有保存',
            )}
          >
            保存
          </Button>
        </Group>
      )}
      <Text size="sm" mt="xs" data-testid={`round-${round.round}-counts`}>
        发出 {round.issued} 张，收回 {round.returned} 张；
        {round.entry === 'totals' ? '按计票表录入' : `已录入 ${keyed} 张`}：有效{' '}
        {result.tally.valid} 张，无效 {result.tally.invalid} 张。当选须获得 {result.threshold}{' '}
        票以上（
        {MAJORITY_BASES[e.rules.majorityBase].label} {result.base} 的过半数
        {round.kind === 'tie' ? '；重新投票以得票多的当选' : ''}）。
      </Text>
      {result.status.kind === 'void' && (
        <Alert color="red" mt="xs">
          {result.status.reason}
        </Alert>
      )}
      <Table mt="xs" striped verticalSpacing={4} data-testid={`round-${round.round}-table`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>序号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th ta="right">赞成</Table.Th>
            <Table.Th ta="right">反对</Table.Th>
            <Table.Th ta="right">弃权</Table.Th>
            <Table.Th ta="right">得票率</Table.Th>
            <Table.Th>结果</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.contenders.map((c, i) => (
            <Table.Tr key={c.key} data-testid="result-row">
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                {c.name}
                {c.candidateId === null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    （另选人）
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{c.for}</Table.Td>
              <Table.Td ta="right">{c.candidateId === null ? '—' : c.against}</Table.Td>
              <Table.Td ta="right">{c.candidateId === null ? '—' : c.abstain}</Table.Td>
              <Table.Td ta="right">{shareText(c.share)}</Table.Td>
              <Table.Td>
                {c.elected ? (
                  <Badge color="teal">当选</Badge>
                ) : c.tied ? (
                  <Badge color="orange">得票相等</Badge>
                ) : result.tally.valid > 0 ? (
                  '未当选'
                ) : (
                  ''
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TotalsModal
        opened={totalsOpen}
        onClose={() => setTotalsOpen(false)}
        view={view}
        round={round}
      />
    </Paper>
  );
}
