import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatChineseDate, parseDateText, todayIso } from '../../shared/core/text';
import {
  IMPLEMENTATIONS,
  REVIEW_DECISIONS,
  SATISFACTIONS,
  deleteProposal,
  proposalNumberText,
  proposalStage,
  replyProposal,
  reviewProposalIn,
  type Implementation,
  type ReviewDecision,
  type ReviewInput,
  type Satisfaction,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { ProposalForm } from './ProposalForm';
import { STAGE_COLORS } from './ProposalsTab';
import { useProposal, useProposals, useRepresentatives, useSessions } from './useCongress';

const date = (t: string) => (t.trim() ? (parseDateText(t)?.date ?? 'invalid') : null);

/** One proposal through its lifecycle: the facts, the review (立案 …), the reply and its outcome. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const p = useProposal(id);
  const db = useDb();
  const navigate = useNavigate();
  const sessions = useSessions();
  const session = sessions?.find((s) => s.id === p?.sessionId) ?? null;
  const inSession = useProposals(p?.sessionId ?? null);
  const reps = useRepresentatives(session?.termNumber ?? null);
  const [editing, edit] = useDisclosure(false);
  const [decision, setDecision] = useState<ReviewDecision>('待审查');
  const [department, setDepartment] = useState('');
  const [due, setDue] = useState('');
  const [into, setInto] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reply, setReply] = useState('');
  const [replyDate, setReplyDate] = useState('');
  const [implementation, setImplementation] = useState<string | null>(null);
  const [satisfaction, setSatisfaction] = useState<string | null>(null);
  useEffect(() => {
    if (!p) return;
    setDecision(p.review);
    setDepartment(p.department);
    setDue(p.dueDate ?? '');
    setInto(p.mergedIntoId);
    setReason(p.reviewReason);
    setReply(p.reply);
    setReplyDate(p.replyDate ?? '');
    setImplementation(p.implementation);
    setSatisfaction(p.satisfaction);
  }, [p]);
  if (p === undefined || !sessions || !inSession || !reps) return <Loader size="sm" />;
  if (p === null) return <Text>找不到这件提案，可能已被删除或撤销。</Text>;
  const stage = proposalStage(p, todayIso());

  const review = () => {
    const input: ReviewInput =
      decision === '立案'
        ? { decision, department, dueDate: date(due) }
        : decision === '并案'
          ? { decision, intoId: into ?? '' }
          : decision === '不立案'
            ? { decision, reason }
            : { decision };
    void runAction(() => reviewProposalIn(db, p.id, input), { failure: '保存审查结论失败' });
  };
  const answer = () =>
    void runAction(
      () =>
        replyProposal(db, p.id, {
          reply,
          replyDate: date(replyDate),
          implementation: implementation as Implementation | null,
          satisfaction: satisfaction as Satisfaction | null,
        }),
      { failure: '保存答复失败' },
    );

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to="/congress?tab=proposals" size="sm">
        ‹ 提案
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={3} data-testid="proposal-title">
            {p.number !== null ? `${proposalNumberText(p)}\u3000` : ''}
            {p.title}
          </Title>
          <Text size="sm" c="dimmed">
            {session?.name}
            {'\u3000'}收到 {formatChineseDate(p.receivedDate)}
          </Text>
        </div>
        <Group gap="xs">
          <Badge size="lg" color={STAGE_COLORS[stage]}>
            {stage}
          </Badge>
          <Button variant="default" onClick={edit.open}>
            修改
          </Button>
          <Button
            variant="light"
            component={Link}
            to={`/congress/print/forms?session=${p.sessionId}&proposal=${p.id}`}
          >
            打印提案表
          </Button>
          {p.review === '立案' && (
            <Button
              variant="light"
              component={Link}
              to={`/congress/print/replies?session=${p.sessionId}&proposal=${p.id}`}
            >
              打印答复表
            </Button>
          )}
          <Button
            variant="subtle"
            color="red"
            onClick={() =>
              void runAction(() => deleteProposal(db, p.id), { failure: '删除提案失败' }).then(() =>
                navigate('/congress?tab=proposals'),
              )
            }
          >
            删除
          </Button>
        </Group>
      </Group>
      {editing && (
        <ProposalForm
          sessionId={p.sessionId}
          representatives={reps}
          proposal={p}
          opened={editing}
          onClose={edit.close}
        />
      )}
      <Text size="sm">
        提案人：{p.proposer.name}
        {'\u3000'}附议人：{p.coSigners.map((s) => s.name).join('、') || '—'}
        {'\u3000'}类别：{p.category || '—'}
      </Text>
      {p.reasons && <Text size="sm">理由：{p.reasons}</Text>}
      {p.suggestion && <Text size="sm">建议：{p.suggestion}</Text>}

      <Paper withBorder p="md">
        <Text fw={500} mb="xs">
          审查
        </Text>
        <Group align="flex-end" gap="xs">
          <Select
            label="审查结论"
            data={[...REVIEW_DECISIONS]}
            value={decision}
            onChange={(v) => v && setDecision(v as ReviewDecision)}
            allowDeselect={false}
            w={150}
            data-testid="review-decision"
          />
          {decision === '立案' && (
            <>
              <TextInput
                label="承办部门"
                value={department}
                onChange={(e) => setDepartment(e.currentTarget.value)}
              />
              <TextInput
                label="办理期限"
                placeholder="例如 2026-04-30"
                value={due}
                onChange={(e) => setDue(e.currentTarget.value)}
              />
            </>
          )}
          {decision === '并案' && (
            <Select
              label="并入"
              data={inSession
                .filter((x) => x.review === '立案' && x.id !== p.id)
                .map((x) => ({ value: x.id, label: `${proposalNumberText(x)} ${x.title}` }))}
              value={into}
              onChange={setInto}
              w={320}
            />
          )}
          {decision === '不立案' && (
            <TextInput
              label="理由"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              w={320}
            />
          )}
          <Button onClick={review}>保存审查结论</Button>
        </Group>
      </Paper>

      {p.review === '立案' && (
        <Paper withBorder p="md">
          <Text fw={500} mb="xs">
            答复与落实
          </Text>
          <Stack gap="xs">
            <Textarea
              label="答复"
              autosize
              minRows={3}
              value={reply}
              onChange={(e) => setReply(e.currentTarget.value)}
              data-testid="reply-text"
            />
            <Group align="flex-end" gap="xs">
              <TextInput
                label="答复日期"
                placeholder="例如 2026-04-10"
                value={replyDate}
                onChange={(e) => setReplyDate(e.currentTarget.value)}
              />
              <Select
                label="落实情况"
                data={[...IMPLEMENTATIONS]}
                value={implementation}
                onChange={setImplementation}
                clearable
                w={140}
              />
              <Select
                label="提案人意见"
                data={[...SATISFACTIONS]}
                value={satisfaction}
                onChange={setSatisfaction}
                clearable
                w={140}
              />
              <Button onClick={answer}>保存答复</Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
