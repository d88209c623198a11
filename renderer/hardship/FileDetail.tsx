import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  addAssistance,
  deleteAssistance,
  deleteFile,
  emptyAssistanceDraft,
  exitCheck,
  incomePerHead,
  incomeStanding,
  reviewDue,
  STANDING_LABELS,
  superiorText,
  updateAssistance,
  updateFile,
  type AssistanceDraft,
  type HardshipAssistance,
  type HardshipFile,
} from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { action, runAction } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { AssistanceForm } from './AssistanceForm';
import { centsOfInput, yuanText } from './format';
import { useFile, useFileAssistance, useHardshipSettings, useSheetPerson } from './useHardship';

const draftOf = (a: HardshipAssistance): AssistanceDraft =>
  (({ id: _i, memberId: _m, createdAt: _c, updatedAt: _u, demo: _d, ...rest }) => rest)(a);
const fileDraft = (f: HardshipFile) =>
  (({ id: _i, createdAt: _c, updatedAt: _u, demo: _d, ...rest }) => rest)(f);

/** One 困难职工档案: the facts, the household and income per head, reviews, and its assistance. */
export function FileDetail() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const file = useFile(id);
  const assistance = useFileAssistance(id);
  const settings = useHardshipSettings();
  const person = useSheetPerson(file?.memberId);
  const [editing, setEditing] = useState<HardshipAssistance | 'new' | null>(null);
  // The title set on opening, so it does not flip while the modal closes.
  const [modalTitle, setModalTitle] = useState('');
  const [review, setReview] = useState<{ date: string | null; cents: number; note: string } | null>(
    null,
  );
  if (file === undefined || !assistance || !settings || person === undefined) return <Loader />;
  if (file === null) return <Text>找不到这份档案，可能已被删除或撤销。</Text>;

  const today = todayIso();
  const income = incomePerHead(file);
  const due = reviewDue(file, settings, today);
  const exit = exitCheck(file.reviews, settings, today);
  const total = assistance.reduce((s, a) => s + a.amountCents, 0);
  const name = person?.name ?? '（已删除的会员）';

  const saveAssistance = async (d: AssistanceDraft) => {
    const { batch } =
      editing && editing !== 'new'
        ? await updateAssistance(db, editing.id, d)
        : await addAssistance(db, d);
    setEditing(null);
    showUndo(db, batch);
  };
  const removeFile = () =>
    modals.openConfirmModal({
      title: '删除档案',
      children: `将删除${name}的困难职工档案和其下 ${assistance.length} 条帮扶记录。可在提示中撤销。`,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteFile(db, file.id);
        showUndo(db, batch);
        await navigate('/hardship');
      }, '删除档案失败'),
    });

  return (
    <Stack maw={1100} data-testid="file-detail">
      <Anchor component={Link} to="/hardship" size="sm">
        ‹ 困难帮扶
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={2}>
            {person ? (
              <Anchor component={Link} to={`/roster/member/${file.memberId}`} inherit>
                {name}
              </Anchor>
            ) : (
              name
            )}
          </Title>
          <Badge size="lg" variant="light">
            {file.tier}
          </Badge>
          <Badge size="lg" variant="light" color={file.status === '在档' ? 'blue' : 'gray'}>
            {file.status === '在档' ? '在档' : `脱困 ${file.exitDate ?? ''}`}
          </Badge>
        </Group>
        <Group>
          <Button
            component={Link}
            to={`/hardship/${file.id}/print`}
            variant="light"
            leftSection={<IconPrinter size={16} />}
          >
            打印档案表
          </Button>
          <Button
            component={Link}
            to={`/hardship/${file.id}/edit`}
            variant="default"
            leftSection={<IconEdit size={16} />}
          >
            编辑
          </Button>
          <Button color="red" variant="subtle" onClick={removeFile}>
            删除档案
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Fact label="部门" value={person?.department ?? ''} />
          <Fact label="主要致困原因" value={file.mainCause} />
          <Fact label="次要原因" value={file.secondaryCauses.join('、') || '—'} />
          <Fact label="结对帮扶领导" value={file.pairedLeader || '—'} />
          <Fact label="调查日期" value={file.surveyDate ?? '—'} />
          <Fact label="建档日期" value={file.filingDate} />
          <Fact label="公示日期" value={file.publicNoticeDate ?? '—'} />
          <Fact
            label="下次复核"
            value={
              due
                ? `${due.due}${due.state === 'overdue' ? '（已逾期）' : due.state === 'dueSoon' ? '（即将到期）' : ''}`
                : '—'
            }
          />
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          家庭成员及收入
        </Title>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>关系</Table.Th>
              <Table.Th>姓名</Table.Th>
              <Table.Th ta="right">月收入</Table.Th>
              <Table.Th>健康状况</Table.Th>
              <Table.Th>就业或就学</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.household.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.relation}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td ta="right">{yuanText(p.monthlyIncomeCents)}</Table.Td>
                <Table.Td>{p.health}</Table.Td>
                <Table.Td>{p.occupation}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text mt="sm" data-testid="detail-income">
          家庭人口 {file.householdSize} 人，家庭月总收入{' '}
          {income.basis === 'computed' ? yuanText(income.totalCents) : '（未逐人填写）'}，月人均收入{' '}
          <b>{yuanText(income.perHeadCents)}</b>
          {income.perHeadCents !== null &&
            `（${STANDING_LABELS[incomeStanding(income.perHeadCents, settings)]}；低保标准 ${yuanText(settings.minLivingStandardCents.value)}）`}
        </Text>
        {file.notes && (
          <Text size="sm" c="dimmed" mt={4}>
            备注：{file.notes}
          </Text>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>复核记录</Title>
          {file.status === '在档' && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setReview({ date: today, cents: income.perHeadCents ?? 0, note: '' })}
            >
              登记复核
            </Button>
          )}
        </Group>
        {file.reviews.length === 0 ? (
          <Text size="sm" c="dimmed">
            尚未复核。档案每 {settings.reviewIntervalMonths.value} 个月至少复核一次。
          </Text>
        ) : (
          file.reviews.map((r) => (
            <Text key={r.date} size="sm">
              {r.date}：月人均收入 {yuanText(r.incomePerHeadCents)}
              {r.note && `，${r.note}`}
            </Text>
          ))
        )}
        {file.status === '在档' && exit.eligible && (
          <Alert color="green" mt="sm" data-testid="exit-hint">
            自 {exit.aboveSince} 起复核的人均收入连续 {settings.exitMonths.value}{' '}
            个月以上高于低保标准，可按脱困处理（编辑档案，状态改为“脱困”）。
          </Alert>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={4}>帮扶记录</Title>
          <Group>
            <Text size="sm" c="dimmed" data-testid="assistance-total">
              共 {assistance.length} 次，{yuanText(total)}
            </Text>
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => {
                setModalTitle(`登记帮扶：${name}`);
                setEditing('new');
              }}
            >
              登记帮扶
            </Button>
          </Group>
        </Group>
        {assistance.length === 0 ? (
          <Text size="sm" c="dimmed">
            还没有帮扶记录。
          </Text>
        ) : (
          <Table striped verticalSpacing={4} data-testid="assistance-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>日期</Table.Th>
                <Table.Th>形式</Table.Th>
                <Table.Th ta="right">金额</Table.Th>
                <Table.Th>资金来源</Table.Th>
                <Table.Th>发放</Table.Th>
                <Table.Th>上级申请</Table.Th>
                <Table.Th>说明</Table.Th>
                <Table.Th w={70} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assistance.map((a) => (
                <Table.Tr key={a.id} data-testid="assistance-row">
                  <Table.Td>{a.date}</Table.Td>
                  <Table.Td>{a.kind}</Table.Td>
                  <Table.Td ta="right">{yuanText(a.amountCents)}</Table.Td>
                  <Table.Td>{a.source}</Table.Td>
                  <Table.Td>{a.viaUnionAccount ? '经本会账户' : '直接发放'}</Table.Td>
                  <Table.Td>{superiorText(a)}</Table.Td>
                  <Table.Td>
                    {a.student
                      ? `${a.student.childName}，${a.student.school}${a.student.grade ? `，${a.student.grade}` : ''}`
                      : a.notes}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label="修改"
                        onClick={() => {
                          setModalTitle('修改帮扶记录');
                          setEditing(a);
                        }}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label="删除"
                        onClick={action(
                          async () => showUndo(db, await deleteAssistance(db, a.id)),
                          '删除帮扶记录失败',
                        )}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={modalTitle}
        size="lg"
      >
        {editing !== null && (
          <AssistanceForm
            file={file}
            initial={editing === 'new' ? emptyAssistanceDraft(file.id, today) : draftOf(editing)}
            onSubmit={async (d) => {
              await runAction(() => saveAssistance(d), { failure: '帮扶记录没有保存' });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>

      <Modal opened={review !== null} onClose={() => setReview(null)} title="登记复核">
        {review && (
          <Stack>
            <ChineseDateInput
              label="复核日期"
              clearable={false}
              value={review.date}
              onChange={(v) => setReview({ ...review, date: v ?? null })}
            />
            <NumberInput
              label="复核时家庭月人均收入（元）"
              min={0}
              decimalScale={2}
              hideControls
              value={review.cents / 100}
              onChange={(v) => setReview({ ...review, cents: centsOfInput(v) })}
            />
            <TextInput
              label="说明"
              value={review.note}
              onChange={(e) => setReview({ ...review, note: e.currentTarget.value })}
            />
            <Group>
              <Button
                disabled={!review.date}
                onClick={action(async () => {
                  const reviews = [
                    ...file.reviews.filter((r) => r.date !== review.date),
                    {
                      date: review.date!,
                      incomePerHeadCents: review.cents,
                      note: review.note.trim(),
                    },
                  ];
                  const { batch } = await updateFile(db, file.id, { ...fileDraft(file), reviews });
                  setReview(null);
                  showUndo(db, batch, `已登记 ${review.date} 的复核`);
                }, '复核没有保存')}
              >
                保存
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
