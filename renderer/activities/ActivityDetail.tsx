import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconChecklist,
  IconEdit,
  IconPrinter,
  IconPlus,
  IconTrash,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteActivity, setParticipants } from '../../shared/ledgers/activities';
import { formatActivityWhen, type Participant } from '../../shared/ledgers/activities';
import { countAttendance } from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { WriteNoticeButton } from '../notices';
import { ExpenseEntryButton } from '../funds';
import { showUndo } from '../app/showUndo';
import { action, notifyError } from '../app/notify';
import { AttendanceSummary } from './AttendanceSummary';
import { formatYuan } from '../../shared/core/money';
import { AddByHandModal, AddByRuleModal, AddGuestModal } from './ParticipantPickers';
import { ParticipantsTable } from './ParticipantsTable';
import { ResultModal } from './ResultModal';
import { useActivity, useActivityKinds, useParticipants } from './useActivities';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}

/** One activity: its facts, the participant list and the ways to change it. */
export function ActivityDetail() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const kinds = useActivityKinds();
  // Only the members of the rows in view are read (ParticipantsTable); the roster when a
  // picker opens.
  const participants = useParticipants(id);
  const [ruleOpen, ruleModal] = useDisclosure(false);
  const [handOpen, handModal] = useDisclosure(false);
  const [guestOpen, guestModal] = useDisclosure(false);
  const [resultFor, setResultFor] = useState<{ p: Participant; name: string } | null>(null);

  if (activity === undefined || participants === undefined) return <Loader />;
  if (activity === null)
    return (
      <Stack>
        <Text>找不到这个活动，可能已被删除或撤销。</Text>
        <Anchor component={Link} to="/activities">
          回到活动列表
        </Anchor>
      </Stack>
    );

  const kindName = kinds?.find((k) => k.id === activity.kindId)?.name ?? '（未知类别）';
  const counts = countAttendance(participants);

  const remove = async (p: Participant, name: string) => {
    try {
      await setParticipants(
        db,
        activity.id,
        { removeParticipantIds: [p.id] },
        `移除参加人员 ${name} ${activity.title}`,
      );
      notifications.show({
        message: `已把 ${name} 从名单移除（可在“操作记录”里撤销）。`,
      });
    } catch (e) {
      notifyError(e, '没有移除');
    }
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: '删除活动',
      children: (
        <Text size="sm">
          确定删除“{activity.title}”及其 {participants.length}{' '}
          人的名单和出席登记吗？删除后可在操作记录里撤销。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteActivity(db, activity.id);
        showUndo(db, batch, `已删除活动“${activity.title}”。`);
        await navigate(`/activities?year=${activity.year}`);
      }, '删除活动失败'),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to={`/activities?year=${activity.year}`} size="sm">
            ‹ 活动与会议
          </Anchor>
          <Group gap="sm" mt={4}>
            <Title order={2}>{activity.title}</Title>
            <Badge variant="light">{kindName}</Badge>
          </Group>
        </div>
        <Group gap="xs">
          <Button
            leftSection={<IconChecklist size={18} />}
            onClick={() => void navigate(`/activities/${activity.id}/attendance`)}
            disabled={participants.length === 0}
          >
            登记出席
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/activities/${activity.id}/sign-in`)}
            disabled={participants.length === 0}
          >
            打印签到表
          </Button>
          <WriteNoticeButton activityId={activity.id} />
          <ExpenseEntryButton
            offer={{
              link: { table: 'activities', id: activity.id },
              date: activity.endDate ?? activity.startDate,
              amountFen: Math.round((activity.actualCost ?? 0) * 100),
              summary: activity.title,
            }}
          />
          <Button
            variant="default"
            leftSection={<IconEdit size={18} />}
            onClick={() => void navigate(`/activities/${activity.id}/edit`)}
          >
            编辑
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} />}
            onClick={confirmDelete}
          >
            删除
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm">
          <Fact label="时间">{formatActivityWhen(activity)}</Fact>
          <Fact label="地点">{activity.place}</Fact>
          <Fact label="主办">{activity.organiser}</Fact>
          <Fact label="协办">{activity.coOrganiser}</Fact>
          <Fact label="参加对象">{activity.targetGroup}</Fact>
          <Fact label="预算（元）">{formatYuan(activity.budget)}</Fact>
          <Fact label="实际支出（元）">{formatYuan(activity.actualCost)}</Fact>
          <Fact label="备注">{activity.notes}</Fact>
        </SimpleGrid>
      </Paper>

      <AttendanceSummary counts={counts} />

      <Group justify="space-between">
        <Title order={4}>参加人员（{participants.length} 人）</Title>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconUsersGroup size={18} />}
            onClick={ruleModal.open}
          >
            按规则添加
          </Button>
          <Button variant="light" leftSection={<IconUserPlus size={18} />} onClick={handModal.open}>
            手动添加
          </Button>
          <Button variant="light" leftSection={<IconPlus size={18} />} onClick={guestModal.open}>
            添加非会员来宾
          </Button>
        </Group>
      </Group>

      {participants.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            名单还是空的。用“按规则添加”一次加入在职全体、某部门、女职工等，或“手动添加”个别人员。
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <ParticipantsTable
            participants={participants}
            onRemove={(p, name) => void remove(p, name)}
            onEditResult={(p, name) => setResultFor({ p, name })}
          />
        </Paper>
      )}

      <AddByRuleModal activityId={activity.id} opened={ruleOpen} onClose={ruleModal.close} />
      <AddByHandModal
        activityId={activity.id}
        participants={participants}
        opened={handOpen}
        onClose={handModal.close}
      />
      <AddGuestModal activityId={activity.id} opened={guestOpen} onClose={guestModal.close} />
      <ResultModal
        key={resultFor?.p.id ?? 'none'}
        participant={resultFor?.p ?? null}
        name={resultFor?.name ?? ''}
        onClose={() => setResultFor(null)}
      />
    </Stack>
  );
}
