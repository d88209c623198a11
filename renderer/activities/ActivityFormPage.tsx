import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { createActivity, updateActivity } from '../../shared/ledgers/activities';
import { emptyActivityDraft, type ActivityDraft } from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { ActivityForm } from './ActivityForm';
import { useActivity, useActivityKinds } from './useActivities';
import { notifyError } from '../app/notify';

/** 新建活动 (/activities/new) or 编辑活动 (/activities/:id/edit). */
export function ActivityFormPage() {
  const { id } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const kinds = useActivityKinds();
  if (kinds === undefined || (id && activity === undefined)) return <Loader />;
  if (id && activity === null) return <Text>找不到这个活动，可能已被删除或撤销。</Text>;

  const initial: ActivityDraft = activity
    ? {
        kindId: activity.kindId,
        title: activity.title,
        startDate: activity.startDate,
        startTime: activity.startTime,
        endDate: activity.endDate,
        endTime: activity.endTime,
        host: activity.host,
        place: activity.place,
        organiser: activity.organiser,
        coOrganiser: activity.coOrganiser,
        targetGroup: activity.targetGroup,
        budget: activity.budget,
        actualCost: activity.actualCost,
        notes: activity.notes,
      }
    : { ...emptyActivityDraft(kinds[0]?.id ?? ''), organiser: '校工会' };

  const save = async (draft: ActivityDraft) => {
    try {
      const saved = activity
        ? await updateActivity(db, activity.id, draft)
        : await createActivity(db, draft);
      notifications.show({
        color: 'green',
        title: '保存成功',
        message: `活动“${saved.title}”已保存。`,
      });
      await navigate(`/activities/${saved.id}`, { replace: !activity });
    } catch (e) {
      notifyError(e, '没有保存');
    }
  };

  return (
    <Stack maw={960}>
      <Title order={2}>{activity ? `编辑活动：${activity.title}` : '新建活动'}</Title>
      <Paper withBorder p="lg">
        <ActivityForm
          initial={initial}
          kinds={kinds}
          onSubmit={save}
          onCancel={() => void navigate(activity ? `/activities/${activity.id}` : '/activities')}
        />
      </Paper>
    </Stack>
  );
}
