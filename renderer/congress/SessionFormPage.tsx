import {
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { parseDateText } from '../../shared/core/text';
import {
  MAJORITY_BASES,
  QUORUM_WORDINGS,
  createSession,
  sessionName,
  updateSession,
  validateSession,
  type MajorityBase,
  type QuorumWording,
  type SessionDraft,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { useCongressSettings, useSessionView, useSessions } from './useCongress';

interface Values {
  name: string;
  termNumber: number | string;
  sessionNumber: number | string;
  date: string;
  place: string;
  agenda: string;
  quorum: QuorumWording;
  majorityBase: MajorityBase;
  notes: string;
}

const toDraft = (v: Values): SessionDraft => ({
  name: v.name,
  termNumber: typeof v.termNumber === 'number' ? v.termNumber : null,
  sessionNumber: typeof v.sessionNumber === 'number' ? v.sessionNumber : null,
  date: parseDateText(v.date)?.date ?? '',
  place: v.place,
  agenda: v.agenda.split('\n'),
  rules: { quorum: v.quorum, majorityBase: v.majorityBase },
  notes: v.notes,
});

/** 新建/修改会议: term, number, date, place, agenda (one item a line) and the rules it is held under. */
export function SessionFormPage() {
  const { id } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const view = useSessionView(id ?? '');
  const sessions = useSessions();
  const settings = useCongressSettings();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      termNumber: '',
      sessionNumber: '',
      date: '',
      place: '',
      agenda: '',
      quorum: '三分之二以上',
      majorityBase: '全体代表',
      notes: '',
    },
    validate: (v) => validateSession(toDraft(v)),
  });
  const ready = (!id || view !== undefined) && sessions !== undefined && settings !== undefined;
  useEffect(() => {
    if (!ready) return;
    if (id && view) {
      const s = view.session;
      form.setValues({
        name: s.name,
        termNumber: s.termNumber,
        sessionNumber: s.sessionNumber,
        date: s.date,
        place: s.place,
        agenda: s.agenda.join('\n'),
        quorum: s.rules.quorum,
        majorityBase: s.rules.majorityBase,
        notes: s.notes,
      });
    } else if (!id && settings) {
      const last = sessions?.[0];
      form.setValues({
        termNumber: last?.termNumber ?? 1,
        sessionNumber: last ? last.sessionNumber + 1 : 1,
        quorum: settings.quorum,
        majorityBase: settings.majorityBase,
      });
    }
    // Fill once when the data arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  if (!ready) return <Loader size="sm" />;
  if (id && view === null) return <Text>找不到这次会议，可能已被删除或撤销。</Text>;
  const t = form.values.termNumber;
  const n = form.values.sessionNumber;
  const defaultName = typeof t === 'number' && typeof n === 'number' ? sessionName(t, n) : '';

  return (
    <Stack maw={760}>
      <Anchor component={Link} to={id ? `/congress/sessions/${id}` : '/congress'} size="sm">
        ‹ 返回
      </Anchor>
      <Title order={3}>{id ? '修改会议' : '新建会议'}</Title>
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const d = toDraft(v);
          const saved = await runAction(
            () => (id ? updateSession(db, id, d) : createSession(db, d)),
            {
              failure: '保存会议失败',
            },
          );
          if (saved) void navigate(`/congress/sessions/${saved.id}`);
        })}
      >
        <Stack>
          <SimpleGrid cols={3}>
            <NumberInput
              label="届次"
              min={1}
              allowDecimal={false}
              {...form.getInputProps('termNumber')}
            />
            <NumberInput
              label="第几次会议"
              min={1}
              allowDecimal={false}
              {...form.getInputProps('sessionNumber')}
            />
            <TextInput label="日期" placeholder="例如 2026-03-20" {...form.getInputProps('date')} />
          </SimpleGrid>
          <TextInput
            label="会议名称"
            placeholder={defaultName || '留空则按届次、会次生成'}
            {...form.getInputProps('name')}
          />
          <TextInput label="地点" {...form.getInputProps('place')} />
          <Textarea
            label="议程（每行一项）"
            autosize
            minRows={4}
            {...form.getInputProps('agenda')}
          />
          <SimpleGrid cols={2}>
            <Select
              label="法定人数"
              data={QUORUM_WORDINGS.map((w) => ({ value: w, label: `${w}代表出席` }))}
              allowDeselect={false}
              {...form.getInputProps('quorum')}
            />
            <Select
              label="表决通过"
              data={MAJORITY_BASES.map((b) => ({ value: b, label: `${b}过半数` }))}
              allowDeselect={false}
              {...form.getInputProps('majorityBase')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            法定人数与表决规则随会议保存，以后修改“规则”不影响已登记的会议。
          </Text>
          <Textarea label="备注" autosize {...form.getInputProps('notes')} />
          <Group>
            <Button type="submit">保存</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
