import {
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  DEFAULT_EVALUATION_ITEMS,
  saveEvaluation,
  validateEvaluation,
  type EvaluationDraft,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { notifyError } from '../app/notify';
import { useEvaluation } from './useElections';

/** 「王丽华 工会主席」 per line → people. */
function peopleOf(text: string): EvaluationDraft['people'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l)
    .map((l) => {
      const [name = '', ...post] = l.split(/[\s，,、]+/);
      return { name, memberId: null, post: post.join(' ') };
    });
}

/** 新建测评 / 修改测评. */
export function EvaluationFormPage() {
  const { id } = useParams();
  const view = useEvaluation(id);
  if (id && view === undefined) return <Loader />;
  if (id && !view) return <Text>找不到这次测评，可能已被删除或撤销。</Text>;
  const e = view?.evaluation;
  return (
    <EvaluationForm
      id={e?.id ?? null}
      initial={{
        title: e?.title ?? `${todayIso().slice(0, 4)}年度工会委员会委员民主测评`,
        date: e?.date ?? todayIso(),
        raters: e?.raters ?? '全体会员',
        items: e?.items ?? DEFAULT_EVALUATION_ITEMS,
        people: e?.people ?? [],
      }}
    />
  );
}

function EvaluationForm({ id, initial }: { id: string | null; initial: EvaluationDraft }) {
  const db = useDb();
  const navigate = useNavigate();
  const [d, setD] = useState(initial);
  const [items, setItems] = useState(initial.items.join('\n'));
  const [people, setPeople] = useState(
    initial.people.map((p) => `${p.name} ${p.post}`.trim()).join('\n'),
  );
  const [tried, setTried] = useState(false);
  const draft: EvaluationDraft = {
    ...d,
    items: items
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s),
    people: peopleOf(people).map((p) => ({
      ...p,
      memberId: initial.people.find((x) => x.name === p.name)?.memberId ?? null,
    })),
  };
  const errors = tried ? validateEvaluation(draft) : {};
  const save = async () => {
    setTried(true);
    if (Object.keys(validateEvaluation(draft)).length) return;
    try {
      const saved = await saveEvaluation(db, draft, id);
      notifications.show({
        color: 'green',
        title: '保存成功',
        message: `“${saved.title}”已保存。`,
      });
      await navigate(`/elections/evaluations/${saved.id}`, { replace: !id });
    } catch (e) {
      notifyError(e, '没有保存');
    }
  };
  return (
    <Stack maw={860}>
      <Title order={2}>{id ? '修改测评' : '新建测评'}</Title>
      <Paper withBorder p="lg">
        <Stack>
          <SimpleGrid cols={3}>
            <TextInput
              label="测评名称"
              value={d.title}
              onChange={(e) => setD({ ...d, title: e.currentTarget.value })}
              error={errors.title}
            />
            <ChineseDateInput
              label="测评日期"
              value={d.date || null}
              onChange={(v) => setD({ ...d, date: typeof v === 'string' ? v : '' })}
              error={errors.date}
            />
            <TextInput
              label="参评人员"
              value={d.raters}
              onChange={(e) => setD({ ...d, raters: e.currentTarget.value })}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Textarea
              label="测评项目（每行一项）"
              autosize
              minRows={5}
              value={items}
              onChange={(e) => setItems(e.currentTarget.value)}
              error={errors.items}
            />
            <Textarea
              label="被测评人员（每行一人：姓名 职务）"
              autosize
              minRows={5}
              value={people}
              onChange={(e) => setPeople(e.currentTarget.value)}
              error={errors.people}
              placeholder={'王丽华 工会主席\n邓静 副主席'}
            />
          </SimpleGrid>
          <Group>
            <Button onClick={() => void save()}>保存</Button>
            <Button
              variant="default"
              onClick={() => void navigate(id ? `/elections/evaluations/${id}` : '/elections')}
            >
              取消
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
