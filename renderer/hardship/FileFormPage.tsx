import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  createFile,
  emptyFileDraft,
  updateFile,
  type HardshipFileDraft,
} from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';
import { showUndo } from '../app/showUndo';
import { notifyError } from '../app/notify';
import { FileForm } from './FileForm';
import { useFile, useHardshipSettings, useMemberChoices } from './useHardship';

/** 新建档案 (/hardship/new, ?member=… from the member page) or 编辑档案 (/hardship/:id/edit). */
export function FileFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const db = useDb();
  const navigate = useNavigate();
  const file = useFile(id);
  const members = useMemberChoices();
  const settings = useHardshipSettings();
  if (!members || !settings || (id && file === undefined)) return <Loader />;
  if (id && file === null) return <Text>找不到这份档案，可能已被删除或撤销。</Text>;

  const preset = members.find((m) => m.id === params.get('member'));
  const initial: HardshipFileDraft = file
    ? (({ id: _id, createdAt: _c, updatedAt: _u, demo: _d, ...rest }) => rest)(file)
    : emptyFileDraft(preset?.id ?? '', preset?.name ?? '', todayIso());

  const save = async (draft: HardshipFileDraft) => {
    try {
      const { batch, file: saved } = file
        ? await updateFile(db, file.id, draft)
        : await createFile(db, draft);
      showUndo(db, batch);
      await navigate(`/hardship/${saved.id}`, { replace: !file });
    } catch (e) {
      notifyError(e, '档案没有保存');
    }
  };

  return (
    <Stack maw={1100}>
      <Title order={2}>{file ? '编辑困难职工档案' : '新建困难职工档案'}</Title>
      <Paper withBorder p="lg">
        <FileForm
          initial={initial}
          members={members}
          settings={settings}
          onSubmit={save}
          onCancel={() => void navigate(file ? `/hardship/${file.id}` : '/hardship')}
        />
      </Paper>
    </Stack>
  );
}
