import {
  Alert,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
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
  committeeBandAdvice,
  createElection,
  ELECTION_BODIES,
  marginWarning,
  updateElection,
  validateElection,
  type Election,
  type ElectionBody,
  type ElectionDraft,
  type ElectionView,
  MAJORITY_BASES,
  QUORUM_WORDINGS,
  type ElectionRules,
  type MajorityBase,
  type QuorumWording,
} from '../../shared/ledgers/elections';
import type { UnionProfile } from '../../shared/ledgers/union';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { notifyError } from '../app/notify';
import {
  useElection,
  useElectionList,
  useElectionRules,
  useEntitledVoters,
  useUnionProfile,
} from './useElections';

/** Names typed one a line, or separated by 、，, or spaces. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\n、，,；;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function draftOf(view: ElectionView): ElectionDraft {
  const e: Election = view.election;
  return {
    code: e.code,
    name: e.name,
    date: e.date,
    body: e.body,
    office: e.office,
    seats: e.seats,
    termNumber: e.termNumber,
    termYears: e.termYears,
    entitled: e.entitled,
    present: e.present,
    issued: e.issued,
    returned: e.returned,
    chiefScrutineer: e.chiefScrutineer,
    scrutineers: e.scrutineers,
    tellers: e.tellers,
    candidates: view.candidates.map((c) => ({ memberId: c.memberId, name: c.name })),
  };
}

function newDraft(profile: UnionProfile | null, entitled: number, count: number): ElectionDraft {
  const today = todayIso();
  const term = (profile?.termNumber ?? 0) + 1;
  return {
    code: `${today.slice(0, 4)}-${count + 1}`,
    name: `第${term}届工会委员会换届选举`,
    date: today,
    body: '会员大会',
    office: '委员',
    seats: 7,
    termNumber: term,
    termYears: 5,
    entitled,
    present: 0,
    issued: 0,
    returned: 0,
    chiefScrutineer: '',
    scrutineers: [],
    tellers: [],
    candidates: [],
  };
}

/** 新建选举 (/elections/new) or 修改选举 (/elections/:id/edit). */
export function ElectionFormPage() {
  const { id } = useParams();
  const view = useElection(id);
  const profile = useUnionProfile();
  const rules = useElectionRules();
  const entitled = useEntitledVoters(rules?.retiredVote ?? false);
  const list = useElectionList();
  if (
    profile === undefined ||
    rules === undefined ||
    entitled === undefined ||
    list === undefined ||
    (id && view === undefined)
  )
    return <Loader />;
  if (id && !view) return <Text>找不到这项选举，可能已被删除或撤销。</Text>;
  const initial = view ? draftOf(view) : newDraft(profile, entitled, list.length);
  return (
    <ElectionForm
      initial={initial}
      initialRules={view?.election.rules ?? rules}
      view={view ?? null}
      rosterEntitled={entitled}
    />
  );
}

function ElectionForm({
  initial,
  initialRules,
  view,
  rosterEntitled,
}: {
  initial: ElectionDraft;
  initialRules: ElectionRules;
  view: ElectionView | null;
  rosterEntitled: number;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const [d, setD] = useState(initial);
  const [candidatesText, setCandidatesText] = useState(
    initial.candidates.map((c) => c.name).join('\n'),
  );
  const [tried, setTried] = useState(false);
  const [rules, setRules] = useState(initialRules);
  const draft: ElectionDraft = {
    ...d,
    candidates: splitNames(candidatesText).map((name) => ({
      name,
      memberId: initial.candidates.find((c) => c.name === name)?.memberId ?? null,
    })),
  };
  const errors = validateElection(draft);
  const shown = tried ? errors : {};
  const set = (patch: Partial<ElectionDraft>) => setD({ ...d, ...patch });
  const int = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  const margin = marginWarning(draft.seats, draft.candidates.length, rules.marginRate);
  const band = draft.office === '委员' ? committeeBandAdvice(rosterEntitled, draft.seats) : null;

  const save = async () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    try {
      const saved = view
        ? await updateElection(db, view.election.id, draft, rules)
        : await createElection(db, draft, rules);
      notifications.show({ color: 'green', title: '保存成功', message: `“${saved.name}”已保存。` });
      await navigate(`/elections/${saved.id}`, { replace: !view });
    } catch (e) {
      notifyError(e, '没有保存');
    }
  };

  return (
    <Stack maw={960}>
      <Title order={2}>{view ? `修改选举：${view.election.name}` : '新建选举'}</Title>
      <Paper withBorder p="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            <SimpleGrid cols={3}>
              <TextInput
                label="选举名称"
                value={d.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={shown.name}
              />
              <TextInput
                label="编号"
                value={d.code}
                onChange={(e) => set({ code: e.currentTarget.value })}
                error={shown.code}
              />
              <ChineseDateInput
                label="选举日期"
                value={d.date || null}
                onChange={(v) => set({ date: typeof v === 'string' ? v : '' })}
                error={shown.date}
              />
              <Select
                label="大会类型"
                data={[...ELECTION_BODIES]}
                value={d.body}
                onChange={(v) => v && set({ body: v as ElectionBody })}
                allowDeselect={false}
              />
              <TextInput
                label="选举职务"
                value={d.office}
                onChange={(e) => set({ office: e.currentTarget.value })}
                error={shown.office}
                description="当选人在工会委员会中的职务"
              />
              <NumberInput
                label="应选人数"
                value={d.seats}
                onChange={(v) => set({ seats: int(v) })}
                min={1}
                error={shown.seats}
                allowDecimal={false}
              />
              <NumberInput
                label="届次（第几届）"
                value={d.termNumber}
                onChange={(v) => set({ termNumber: int(v) })}
                min={1}
                error={shown.termNumber}
                allowDecimal={false}
              />
              <NumberInput
                label="任期年数"
                value={d.termYears}
                onChange={(v) => set({ termYears: int(v) })}
                min={1}
                max={5}
                error={shown.termYears}
                allowDecimal={false}
              />
            </SimpleGrid>
            <SimpleGrid cols={4}>
              <NumberInput
                label="应到会有选举权人数"
                value={d.entitled}
                onChange={(v) => set({ entitled: int(v) })}
                min={0}
                error={shown.entitled}
                allowDecimal={false}
                description={
                  <Text span size="xs">
                    花名册在职会员 {rosterEntitled} 人{' '}
                    <Text
                      span
                      size="xs"
                      c="blue"
                      style={{ cursor: 'pointer' }}
                      onClick={() => set({ entitled: rosterEntitled })}
                    >
                      采用
                    </Text>
                  </Text>
                }
              />
              <NumberInput
                label="实到人数"
                value={d.present}
                onChange={(v) => set({ present: int(v) })}
                min={0}
                error={shown.present}
                allowDecimal={false}
              />
              <NumberInput
                label="发出选票"
                value={d.issued}
                onChange={(v) => set({ issued: int(v) })}
                min={0}
                error={shown.issued}
                allowDecimal={false}
              />
              <NumberInput
                label="收回选票"
                value={d.returned}
                onChange={(v) => set({ returned: int(v) })}
                min={0}
                error={shown.returned}
                allowDecimal={false}
              />
            </SimpleGrid>
            <Textarea
              label="候选人（每行一人，或用顿号分隔；保存后按姓氏笔画排序）"
              autosize
              minRows={4}
              value={candidatesText}
              onChange={(e) => setCandidatesText(e.currentTarget.value)}
              error={shown.candidates}
              description={`已填写 ${draft.candidates.length} 人；与花名册同名且唯一的会自动关联会员`}
            />
            <SimpleGrid cols={3}>
              <TextInput
                label="总监票人"
                value={d.chiefScrutineer}
                onChange={(e) => set({ chiefScrutineer: e.currentTarget.value })}
                error={shown.chiefScrutineer}
              />
              <TextInput
                label="监票人（用顿号分隔）"
                value={d.scrutineers.join('、')}
                onChange={(e) => set({ scrutineers: splitNames(e.currentTarget.value) })}
              />
              <TextInput
                label="计票人（用顿号分隔）"
                value={d.tellers.join('、')}
                onChange={(e) => set({ tellers: splitNames(e.currentTarget.value) })}
              />
            </SimpleGrid>
            <SimpleGrid cols={2}>
              <Select
                label="到会人数（本次选举）"
                data={(Object.keys(QUORUM_WORDINGS) as QuorumWording[]).map((k) => ({
                  value: k,
                  label: QUORUM_WORDINGS[k].label,
                }))}
                value={rules.quorum}
                onChange={(v) => v && setRules({ ...rules, quorum: v as QuorumWording })}
                description={QUORUM_WORDINGS[rules.quorum].source}
                allowDeselect={false}
              />
              <Select
                label="当选须过半数，基数为（本次选举）"
                data={(Object.keys(MAJORITY_BASES) as MajorityBase[]).map((k) => ({
                  value: k,
                  label: MAJORITY_BASES[k].label,
                }))}
                value={rules.majorityBase}
                onChange={(v) => v && setRules({ ...rules, majorityBase: v as MajorityBase })}
                description={MAJORITY_BASES[rules.majorityBase].source}
                allowDeselect={false}
              />
            </SimpleGrid>
            {margin && (
              <Alert color="orange" title="差额" data-testid="margin-warning">
                {margin.message}
                <Text size="xs" c="dimmed">
                  {margin.source}
                </Text>
              </Alert>
            )}
            {band && band.level === 'warning' && (
              <Alert color="orange" title="委员人数" data-testid="band-warning">
                {band.message}
                <Text size="xs" c="dimmed">
                  {band.source}
                </Text>
              </Alert>
            )}
            <Group>
              <Button type="submit">保存</Button>
              <Button
                variant="default"
                onClick={() =>
                  void navigate(view ? `/elections/${view.election.id}` : '/elections')
                }
              >
                取消
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
