import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  CARE_REASON_LABELS,
  CARE_REASONS,
  deleteVisit,
  draftOfVisit,
  emptyVisitDraft,
  FUND_SOURCES,
  previewVisitCaps,
  saveVisit,
  STATUTORY_FESTIVALS,
  validateVisit,
  VISITEE_RELATIONS,
  type CapPreview,
  type CareReason,
  type FundSource,
  type Visitee,
  type VisiteeRelation,
  type VisitDraft,
} from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { action, notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { MemberSelect, MembersMultiSelect, useMemberById } from './MemberSelect';
import { centsOf } from './format';
import { useStays, useVisit } from './useCare';
import { CampaignSelect } from './CampaignSelect';
import { useOfferExpenseEntry } from '../funds';
import { askToRecordExpense, visitExpense } from './offerCareExpense';
import { useDebouncedResult } from '../app/useDebouncedResult';

/** No cap is in question yet (a stable value: the preview's fallback). */
const NO_CAPS: CapPreview[] = [];

/** 登记慰问 / 修改慰问: /care/visits/new (?member=ID&reason=生日 to start from a reminder) or /care/visits/:id. */
export function VisitFormPage() {
  const { id } = useParams();
  const visit = useVisit(id);
  const [params] = useSearchParams();
  if (id && visit === undefined) return <Loader />;
  if (id && visit === null) return <Text>找不到这条慰问记录，可能已被删除或撤销。</Text>;
  const initial = visit ? draftOfVisit(visit) : emptyVisitDraft(todayIso());
  const reason = params.get('reason');
  if (!visit && reason && (CARE_REASONS as readonly string[]).includes(reason))
    initial.reason = reason as CareReason;
  return (
    <VisitForm
      key={id ?? 'new'}
      id={id ?? null}
      initial={initial}
      presetMember={visit ? null : params.get('member')}
    />
  );
}

function VisitForm({
  id,
  initial,
  presetMember,
}: {
  id: string | null;
  initial: VisitDraft;
  presetMember: string | null;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const [d, setD] = useState<VisitDraft>(initial);
  const [otherVisitors, setOtherVisitors] = useState(
    initial.visitors
      .filter((v) => !v.memberId)
      .map((v) => v.name)
      .join('、'),
  );
  const [tried, setTried] = useState(false);
  const byId = useMemberById();
  const stays = useStays();
  const set = <K extends keyof VisitDraft>(k: K, v: VisitDraft[K]) =>
    setD((cur) => ({ ...cur, [k]: v }));

  // A reminder's link (?member=…) starts with that member as the visitee.
  useEffect(() => {
    if (!presetMember || d.visitees.length > 0) return;
    const m = byId.get(presetMember);
    if (m)
      set('visitees', [
        { memberId: m.id, relation: '本人', name: m.name, cashCents: 0, goods: '', goodsCents: 0 },
      ]);
  }, [presetMember, byId, d.visitees.length]);

  const draft: VisitDraft = useMemo(
    () => ({
      ...d,
      visitors: [
        ...d.visitors.filter((v) => v.memberId),
        ...otherVisitors
          .split(/[、，,；;\s]+/)
          .map((s) => s.trim())
          .filter(Boolean)
          .map((name) => ({ memberId: null, name })),
      ],
    }),
    [d, otherVisitors],
  );
  const problems = validateVisit(draft);

  // The running totals against the caps, as the chair types.
  const caps = useDebouncedResult(
    useCallback(() => previewVisitCaps(db, draft, id), [db, draft, id]),
    NO_CAPS,
  );

  const openStays = (stays ?? []).filter(
    (s) =>
      (!s.dischargedOn || s.id === d.stayId) && d.visitees.some((v) => v.memberId === s.memberId),
  );
  const over = caps.filter((c) => c.check.over || c.check.noRule);

  const offerExpense = useOfferExpenseEntry();
  const doSave = async () => {
    try {
      const { visit: v, batch } = await saveVisit(db, draft, id);
      showUndo(
        db,
        batch,
        `已${id ? '修改' : '登记'}慰问：${v.visitees.map((x) => x.name).join('、')}`,
      );
      await navigate('/care');
      // A new visit paid from 工会经费 is also an expense of the union's account.
      const expense = id ? null : visitExpense(v);
      if (expense) askToRecordExpense(expense, offerExpense);
    } catch (e) {
      notifyError(e, '慰问记录没有保存');
    }
  };
  const submit = () => {
    setTried(true);
    if (Object.keys(problems.errors).length > 0) return;
    const warnings = [...problems.warnings, ...over.map((c) => c.message)];
    if (warnings.length === 0) return void doSave();
    modals.openConfirmModal({
      title: over.some((c) => c.check.over) ? '超过慰问标准' : '请核实',
      children: (
        <Stack gap="xs" data-testid="cap-warning">
          <List size="sm" spacing={4}>
            {warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
          <Text size="sm">仍要保存吗？</Text>
        </Stack>
      ),
      labels: { confirm: '仍然保存', cancel: '返回修改' },
      confirmProps: { color: 'orange' },
      onConfirm: () => void doSave(),
    });
  };
  const remove = () =>
    modals.openConfirmModal({
      title: '删除慰问记录',
      children: <Text size="sm">确定删除这条慰问记录吗？删除后可撤销。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await deleteVisit(db, id!);
        showUndo(db, batch, '已删除慰问记录。');
        await navigate('/care');
      }, '删除失败'),
    });

  const setVisitee = (i: number, patch: Partial<Visitee>) =>
    set(
      'visitees',
      d.visitees.map((v, j) => (j === i ? { ...v, ...patch } : v)),
    );
  const err = (k: string) => (tried ? problems.errors[k] : undefined);

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/care" size="sm">
        ‹ 关怀慰问
      </Anchor>
      <Title order={2}>{id ? '修改慰问' : '登记慰问'}</Title>
      <Paper withBorder p="lg">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <ChineseDateInput
              label="慰问日期"
              withAsterisk
              clearable={false}
              value={d.date || null}
              onChange={(v) => set('date', v ? String(v) : '')}
              error={err('date')}
              data-testid="visit-date"
            />
            <Select
              label="事由"
              withAsterisk
              data={CARE_REASONS.map((r) => ({ value: r, label: CARE_REASON_LABELS[r] }))}
              value={d.reason || null}
              onChange={(v) => set('reason', (v ?? '') as CareReason | '')}
              error={err('reason')}
              data-testid="visit-reason"
            />
            {d.reason === '节日' && (
              <Autocomplete
                label="节日"
                withAsterisk
                data={[...STATUTORY_FESTIVALS]}
                value={d.festival}
                onChange={(v) => set('festival', v)}
                error={err('festival')}
                description="法定节日：元旦 春节 清明 五一 端午 中秋 国庆"
              />
            )}
            {d.reason === '生病住院' && (
              <Stack gap={6}>
                <Select
                  label="住院记录"
                  data={[
                    { value: '', label: '新的一次住院' },
                    ...openStays.map((s) => ({
                      value: s.id,
                      label: `${s.name} ${s.admittedOn} 入院${s.surgery ? '（手术）' : ''}`,
                    })),
                  ]}
                  value={d.stayId ?? ''}
                  onChange={(v) => set('stayId', v || null)}
                  description="同一次住院多次探望，标准只算一次"
                  data-testid="visit-stay"
                />
                <Checkbox
                  label="手术"
                  checked={d.surgery}
                  onChange={(e) => set('surgery', e.currentTarget.checked)}
                />
              </Stack>
            )}
            <Select
              label="经费来源"
              data={[...FUND_SOURCES]}
              value={d.fundSource}
              onChange={(v) => set('fundSource', (v ?? '工会经费') as FundSource)}
              allowDeselect={false}
            />
          </SimpleGrid>

          <div>
            <Group justify="space-between" mb={4}>
              <Text fw={600}>慰问对象</Text>
              {err('visitees') && (
                <Text c="red" size="sm">
                  {err('visitees')}
                </Text>
              )}
            </Group>
            <Table verticalSpacing={4} data-testid="visitees">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={190}>会员</Table.Th>
                  <Table.Th w={100}>对象</Table.Th>
                  <Table.Th w={140}>对象姓名</Table.Th>
                  <Table.Th w={110}>现金（元）</Table.Th>
                  <Table.Th>物品</Table.Th>
                  <Table.Th w={120}>物品价值（元）</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.visitees.map((v, i) => {
                  const m = byId.get(v.memberId);
                  return (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <MemberSelect
                          size="xs"
                          value={v.memberId || null}
                          onChange={(mid) => {
                            const mm = mid ? byId.get(mid) : undefined;
                            setVisitee(i, {
                              memberId: mid ?? '',
                              name: v.relation === '本人' ? (mm?.name ?? '') : v.name,
                            });
                          }}
                          aria-label={`第${i + 1}名慰问对象的会员`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          data={[...VISITEE_RELATIONS]}
                          value={v.relation}
                          allowDeselect={false}
                          onChange={(r) => {
                            const rel = (r ?? '本人') as VisiteeRelation;
                            const fam = m?.family.find((f) =>
                              rel === '父母'
                                ? f.relation === '父亲' || f.relation === '母亲'
                                : f.relation === rel,
                            );
                            setVisitee(i, {
                              relation: rel,
                              name: rel === '本人' ? (m?.name ?? '') : (fam?.name ?? ''),
                            });
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Autocomplete
                          size="xs"
                          value={v.name}
                          data={m ? [...new Set([m.name, ...m.family.map((f) => f.name)])] : []}
                          onChange={(name) => setVisitee(i, { name })}
                          disabled={v.relation === '本人'}
                          placeholder="家属姓名"
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          min={0}
                          decimalScale={2}
                          hideControls
                          value={v.cashCents ? v.cashCents / 100 : ''}
                          onChange={(x) => setVisitee(i, { cashCents: centsOf(x) })}
                          aria-label="现金"
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          value={v.goods}
                          onChange={(e) => setVisitee(i, { goods: e.currentTarget.value })}
                          aria-label="物品"
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          min={0}
                          decimalScale={2}
                          hideControls
                          value={v.goodsCents ? v.goodsCents / 100 : ''}
                          onChange={(x) => setVisitee(i, { goodsCents: centsOf(x) })}
                          aria-label="物品价值"
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            set(
                              'visitees',
                              d.visitees.filter((_, j) => j !== i),
                            )
                          }
                          aria-label="移除"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {d.visitees.map((_, i) =>
                  err(`visitees.${i}`) ? (
                    <Table.Tr key={`e${i}`}>
                      <Table.Td colSpan={7}>
                        <Text c="red" size="sm">
                          {err(`visitees.${i}`)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ) : null,
                )}
              </Table.Tbody>
            </Table>
            <Button
              mt="xs"
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                set('visitees', [
                  ...d.visitees,
                  {
                    memberId: '',
                    relation: '本人',
                    name: '',
                    cashCents: 0,
                    goods: '',
                    goodsCents: 0,
                  },
                ])
              }
              data-testid="add-visitee"
            >
              添加慰问对象
            </Button>
          </div>

          {caps.length > 0 && (
            <Alert
              color={over.some((c) => c.check.over) ? 'orange' : over.length ? 'yellow' : 'gray'}
              icon={over.length ? <IconAlertTriangle size={18} /> : undefined}
              title="慰问标准"
              data-testid="cap-preview"
            >
              <List size="sm" spacing={2}>
                {caps.map((c) => (
                  <List.Item key={c.memberId} c={c.check.over ? 'orange.9' : undefined}>
                    {c.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {problems.warnings.length > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
              {problems.warnings.join('；')}
            </Alert>
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MembersMultiSelect
              label="慰问人（会员）"
              value={d.visitors.filter((v) => v.memberId).map((v) => v.memberId!)}
              onChange={(ids) =>
                set(
                  'visitors',
                  ids.map((mid) => ({ memberId: mid, name: byId.get(mid)?.name ?? '' })),
                )
              }
            />
            <TextInput
              label="其他慰问人"
              description="不在花名册中的，用顿号分隔，如：校长、教育局某某"
              value={otherVisitors}
              onChange={(e) => setOtherVisitors(e.currentTarget.value)}
            />
            <TextInput
              label="地点"
              value={d.place}
              onChange={(e) => set('place', e.currentTarget.value)}
            />
            <Group grow>
              <TextInput
                label="凭证号"
                value={d.voucherNo}
                onChange={(e) => set('voucherNo', e.currentTarget.value)}
              />
              <CampaignSelect value={d.campaignId} onChange={(v) => set('campaignId', v)} />
            </Group>
          </SimpleGrid>
          <Textarea
            label="备注"
            autosize
            minRows={1}
            value={d.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
          />
          <Group justify="space-between">
            <Group>
              <Button onClick={submit} data-testid="save-visit">
                保存
              </Button>
              <Button variant="default" onClick={() => void navigate('/care')}>
                取消
              </Button>
            </Group>
            {id && (
              <Button color="red" variant="subtle" onClick={remove}>
                删除
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
