import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  deleteFundEntry,
  draftOf,
  emptyEntryDraft,
  FUND_LINK_LABELS,
  FUND_LINK_TABLES,
  fenToYuanText,
  parseYuan,
  retainedRemittanceFen,
  missingSignatures,
  saveFundEntry,
  suggestVoucher,
  validateEntry,
  type EntryErrors,
  type FundDirection,
  type FundEntryDraft,
  type FundLinkTable,
} from '../../shared/ledgers/funds';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useActivityChoices, useCategoryTree, useFundsSettings, useSignerNames } from './useFunds';

function draftFromQuery(q: URLSearchParams): FundEntryDraft {
  const direction: FundDirection = q.get('direction') === '收入' ? '收入' : '支出';
  const d = emptyEntryDraft(q.get('date') ?? todayIso(), direction);
  const link = q.get('link');
  const m = link ? /^([A-Za-z]+):(.+)$/.exec(link) : null;
  return {
    ...d,
    category:
      q.get('category') ?? (direction === '支出' && m?.[1] === 'activities' ? '职工活动支出' : ''),
    subCategory:
      q.get('subCategory') ??
      (direction === '支出' && m?.[1] === 'activities' ? '文体活动支出' : ''),
    summary: q.get('summary') ?? '',
    amount: q.get('amount') ?? '',
    link:
      m && (FUND_LINK_TABLES as readonly string[]).includes(m[1]!)
        ? { table: m[1] as FundLinkTable, id: m[2]! }
        : null,
  };
}

/** 记一笔 / 修改经费记录: the form, prefilled from the address when another screen offers it. */
export function EntryFormPage() {
  const { id } = useParams();
  const [query] = useSearchParams();
  const db = useDb();
  const navigate = useNavigate();
  const existing = useLiveQuery(
    async () => (id ? ((await db.fundEntries.get(id)) ?? null) : null),
    [db, id],
  );
  const [draft, setDraft] = useState<FundEntryDraft | null>(null);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [voucherHint, setVoucherHint] = useState('');
  const tree = useCategoryTree();
  const settings = useFundsSettings();
  const [payroll, setPayroll] = useState('');
  const names = useSignerNames();
  const year = Number((draft?.date ?? todayIso()).slice(0, 4)) || Number(todayIso().slice(0, 4));
  const activities = useActivityChoices(year);

  useEffect(() => {
    if (draft || existing === undefined) return;
    setDraft(existing ? draftOf(existing) : draftFromQuery(query));
  }, [draft, existing, query]);
  useEffect(() => {
    if (draft && !id) void suggestVoucher(db, draft.date).then(setVoucherHint);
  }, [db, draft?.date, id]); // eslint-disable-line react-hooks/exhaustive-deps

  const nodes = useMemo(() => (tree && draft ? tree[draft.direction] : []), [tree, draft]);
  if (!draft || !tree || !names) return <Loader />;
  if (id && existing === null) return <Text>找不到这条经费记录，可能已被删除或撤销。</Text>;
  const node = nodes.find((n) => n.name === draft.category);
  const set = (patch: Partial<FundEntryDraft>) => setDraft({ ...draft, ...patch });
  const missing = missingSignatures(draft);

  const submit = action(async () => {
    const e = validateEntry(draft, { tree });
    setErrors(e);
    if (Object.keys(e).length) return;
    const { entry, budgetWarning, batch } = await saveFundEntry(db, draft, id ?? null);
    showUndo(db, batch, `${batch.label}（凭证号 ${entry.voucher}）`);
    if (budgetWarning)
      notifications.show({
        color: 'orange',
        title: '超出预算',
        message: budgetWarning,
        autoClose: 15000,
      });
    await navigate(`/funds?tab=entries&year=${entry.year}`);
  }, '经费记录没有保存');

  return (
    <Stack maw={820}>
      <Anchor component={Link} to="/funds?tab=entries" size="sm">
        ‹ 经费收支
      </Anchor>
      <Title order={3}>
        {id ? '修改经费记录' : draft.direction === '收入' ? '记一笔收入' : '记一笔支出'}
      </Title>
      <Paper withBorder p="md">
        <Stack>
          <Group align="flex-end">
            <SegmentedControl
              data={['支出', '收入']}
              value={draft.direction}
              onChange={(v) =>
                set({ direction: v as FundDirection, category: '', subCategory: '' })
              }
            />
            <TextInput
              label="日期"
              value={draft.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={errors.date}
              w={140}
            />
            <TextInput
              label="凭证号"
              value={draft.voucher}
              placeholder={voucherHint ? `自动编为 ${voucherHint}` : ''}
              onChange={(e) => set({ voucher: e.currentTarget.value })}
              error={errors.voucher}
              w={150}
            />
            <TextInput
              label="金额（元）"
              value={draft.amount}
              onChange={(e) => set({ amount: e.currentTarget.value })}
              error={errors.amount}
              w={150}
            />
          </Group>
          <SimpleGrid cols={2}>
            <Select
              label="科目"
              data={nodes.map((n) => n.name)}
              value={draft.category || null}
              onChange={(v) => set({ category: v ?? '', subCategory: '' })}
              error={errors.category}
              searchable
            />
            <Select
              label="明细科目"
              data={node?.subs ?? []}
              value={draft.subCategory || null}
              onChange={(v) => set({ subCategory: v ?? '' })}
              disabled={!node || node.subs.length === 0}
              error={errors.subCategory}
              clearable
            />
          </SimpleGrid>
          {draft.direction === '收入' && draft.category === '拨缴经费收入' && settings && (
            <Group align="flex-end" data-testid="remittance-helper">
              <TextInput
                label="计提工资总额（元）"
                value={payroll}
                onChange={(e) => setPayroll(e.currentTarget.value)}
                w={180}
              />
              <Button
                variant="light"
                disabled={(parseYuan(payroll) ?? 0) <= 0}
                onClick={() =>
                  set({
                    amount: fenToYuanText(
                      retainedRemittanceFen(parseYuan(payroll)!, settings.retainedSharePct),
                    ),
                  })
                }
              >
                按 2% × 留成 {settings.retainedSharePct}% 计算金额
              </Button>
              <Text size="xs" c="dimmed" maw={300}>
                {settings.retainedShareSource}
              </Text>
            </Group>
          )}
          <TextInput
            label="摘要"
            value={draft.summary}
            onChange={(e) => set({ summary: e.currentTarget.value })}
            error={errors.summary}
          />
          <SimpleGrid cols={3}>
            <Autocomplete
              label="经办人"
              data={names}
              value={draft.handler}
              onChange={(v) => set({ handler: v })}
              error={errors.handler}
            />
            <Autocomplete
              label="审核人"
              data={names}
              value={draft.checker}
              onChange={(v) => set({ checker: v })}
              error={errors.checker}
            />
            <Autocomplete
              label="审批人"
              data={names}
              value={draft.approver}
              onChange={(v) => set({ approver: v })}
              error={errors.approver}
            />
          </SimpleGrid>
          {missing.length > 0 && (
            <Alert color="yellow" data-testid="entry-incomplete">
              这笔支出还缺{missing.join('、')}
              ：可以先保存，列表中会标为“手续不全”。经办人与审核人不能是同一人，出纳不能审核。
            </Alert>
          )}
          <Group align="flex-end">
            <Select
              label="关联"
              data={[
                { value: '', label: '（无）' },
                ...FUND_LINK_TABLES.map((t) => ({ value: t, label: FUND_LINK_LABELS[t] })),
              ]}
              value={draft.link?.table ?? ''}
              onChange={(v) =>
                set({
                  link: v
                    ? {
                        table: v as FundLinkTable,
                        id: draft.link?.table === v ? draft.link.id : '',
                      }
                    : null,
                })
              }
              w={140}
              allowDeselect={false}
            />
            {draft.link?.table === 'activities' ? (
              <Select
                label="活动"
                data={(activities ?? []).map((a) => ({
                  value: a.id,
                  label: `${a.date} ${a.title}`,
                }))}
                value={draft.link.id || null}
                onChange={(v) => {
                  const a = activities?.find((x) => x.id === v);
                  set({
                    link: { table: 'activities', id: v ?? '' },
                    summary: draft.summary || a?.title || '',
                    amount: draft.amount || (a?.actualCost ? a.actualCost.toFixed(2) : ''),
                  });
                }}
                searchable
                style={{ flex: 1 }}
              />
            ) : draft.link ? (
              <TextInput
                label={`${FUND_LINK_LABELS[draft.link.table]}编号`}
                value={draft.link.id}
                onChange={(e) =>
                  set({ link: { table: draft.link!.table, id: e.currentTarget.value } })
                }
                style={{ flex: 1 }}
              />
            ) : null}
          </Group>
          <Group justify="space-between">
            <Group>
              <Button onClick={submit} data-testid="entry-save">
                保存
              </Button>
              <Button variant="default" onClick={() => void navigate(-1)}>
                取消
              </Button>
            </Group>
            {id && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => void navigate(`/funds/print/reimbursement?id=${id}`)}
                >
                  打印报销单
                </Button>
                <Button
                  color="red"
                  variant="light"
                  onClick={action(async () => {
                    const batch = await deleteFundEntry(db, id);
                    showUndo(db, batch);
                    await navigate('/funds?tab=entries');
                  }, '删除失败')}
                >
                  删除
                </Button>
              </Group>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
