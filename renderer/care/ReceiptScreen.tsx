import {
  Anchor,
  Box,
  Button,
  Group,
  Kbd,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  countReceipts,
  recipientsInSheetOrder,
  recordReceipts,
  type ReceiptState,
} from '../../shared/ledgers/care';
import { useOrgUnits } from '../roster';
import { useDb } from '../app/AppContext';
import { action, notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import classes from '../app/markingList.module.css';
import {
  markOf,
  RECEIPT_COLORS,
  receiptKey,
  receiptsToSave,
  type ReceiptEdits,
} from './receiptDraft';
import { useDistribution, useReceiptGroupBy, useRecipients } from './useCare';
import { revealRow } from '../app/revealRow';

const BUTTONS: { receipt: ReceiptState; key: string }[] = [
  { receipt: '本人', key: '1' },
  { receipt: '代领', key: '2' },
  { receipt: '补签', key: '3' },
  { receipt: '未签', key: '0' },
];

/**
 * 签收登记 from the signed sheet, as fast as attendance: one row highlighted, 1/空格 本人,
 * 2 代领 (type who, Enter), 3 补签 (date, Enter), 0 未签, ↑/↓ move. Saved as ONE batch on
 * 「保存」 or when leaving the screen.
 */
export function ReceiptScreen() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const d = useDistribution(id);
  const stored = useRecipients(id);
  const units = useOrgUnits();
  const [groupBy] = useReceiptGroupBy();
  // Keyed in the order the 签领表 prints them, line by line off the signed paper.
  const groupOrder = (groupBy === 'unionGroup' ? units.unionGroups : units.departments)
    .map((u) => u.name)
    .join('\u0000');
  const list = useMemo(
    () => recipientsInSheetOrder(stored ?? [], { groupBy, groupOrder: groupOrder.split('\u0000') }),
    [stored, groupBy, groupOrder],
  );
  const [edits, setEdits] = useState<ReceiptEdits>({});
  const [cursor, setCursor] = useState(0);
  const [asking, setAsking] = useState<{ id: string; receipt: '代领' | '补签' } | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = receiptsToSave(edits, list).length;
  const latest = useRef({ edits, list, id, date: d?.date ?? '' });
  latest.current = { edits, list, id, date: d?.date ?? '' };

  const save = useCallback(async (): Promise<boolean> => {
    const { edits: snap, list: l, id: distId } = latest.current;
    const inputs = receiptsToSave(snap, l);
    if (inputs.length === 0) return true;
    setSaving(true);
    try {
      const { batch } = await recordReceipts(db, distId, inputs);
      setEdits({});
      if (batch) showUndo(db, batch, `已保存 ${inputs.length} 人的签收。`);
      return true;
    } catch (e) {
      notifyError(e, '签收没有保存');
      return false;
    } finally {
      setSaving(false);
    }
  }, [db]);

  useEffect(
    () => () => {
      const { edits: e, list: l, id: distId } = latest.current;
      const inputs = receiptsToSave(e, l);
      if (inputs.length > 0)
        recordReceipts(db, distId, inputs).then(
          () =>
            notifications.show({
              color: 'green',
              message: `离开前已自动保存 ${inputs.length} 人的签收。`,
            }),
          (err: Error) =>
            notifications.show({ color: 'red', title: '签收没有保存', message: err.message }),
        );
    },
    [db],
  );

  const live = useRef({ list, cursor });
  live.current = { list, cursor };
  const mark = useCallback((index: number, receipt: ReceiptState) => {
    const { list: l } = live.current;
    const r = l[index];
    if (!r) return;
    const date = latest.current.date;
    if (receipt === '代领' || receipt === '补签') {
      setEdits((cur) => ({
        ...cur,
        [r.id]: {
          receipt,
          proxyName: receipt === '代领' ? (markOf(r, cur).proxyName ?? '') : null,
          signedOn: receipt === '补签' ? (markOf(r, cur).signedOn ?? todayIso()) : date,
        },
      }));
      setAsking({ id: r.id, receipt });
      return;
    }
    setEdits((cur) => ({
      ...cur,
      [r.id]: { receipt, proxyName: null, signedOn: receipt === '本人' ? date : null },
    }));
    setCursor(Math.min(index + 1, l.length - 1));
  }, []);

  const closeAsk = (index: number, value: string | null) => {
    const r = list[index];
    if (r && value !== null && asking)
      setEdits((cur) => ({
        ...cur,
        [r.id]:
          asking.receipt === '代领'
            ? { receipt: '代领', proxyName: value.trim(), signedOn: latest.current.date }
            : { receipt: '补签', proxyName: null, signedOn: value.trim() },
      }));
    setAsking(null);
    setCursor(Math.min(index + 1, list.length - 1));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const a = receiptKey(e.key);
      if (!a) return;
      e.preventDefault();
      const { cursor: c, list: l } = live.current;
      if (a.kind === 'move') setCursor(Math.max(0, Math.min(l.length - 1, c + a.by)));
      else mark(c, a.receipt);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mark]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current || list.length === 0) return;
    started.current = true;
    const first = list.findIndex((r) => r.receipt === '未签');
    if (first > 0) setCursor(first);
  }, [list]);
  useEffect(() => {
    revealRow(cursor);
  }, [cursor]);

  if (d === undefined || stored === undefined) return <Loader />;
  if (d === null) return <Text>找不到这次福利发放，可能已被删除或撤销。</Text>;
  const counts = countReceipts(list.map((r) => ({ receipt: markOf(r, edits).receipt })));

  return (
    <Stack gap="sm">
      <Box className={classes.sticky} data-marking-bar>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Anchor component={Link} to={`/care/distributions/${d.id}`} size="sm">
              ‹ {d.occasion} · {d.item}
            </Anchor>
            <Title order={3}>签收登记</Title>
          </div>
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconChecks size={18} />}
              disabled={counts.unsigned === 0}
              onClick={() =>
                setEdits((cur) => {
                  const next = { ...cur };
                  for (const r of list)
                    if (markOf(r, cur).receipt === '未签')
                      next[r.id] = { receipt: '本人', proxyName: null, signedOn: d.date };
                  return next;
                })
              }
            >
              其余全部本人签收
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              loading={saving}
              disabled={dirty === 0}
              onClick={() => void save()}
              data-testid="save-receipts"
            >
              保存{dirty ? `（${dirty} 处修改）` : ''}
            </Button>
            <Button
              variant="default"
              onClick={action(async () => {
                if (await save()) await navigate(`/care/distributions/${d.id}`);
              }, '返回失败')}
            >
              {dirty ? '保存并返回' : '返回'}
            </Button>
          </Group>
        </Group>
        <Text size="sm" data-testid="receipt-summary">
          共 {counts.total} 人：本人 {counts.self}，代领 {counts.proxy}，补签 {counts.late}，未签{' '}
          {counts.unsigned}
        </Text>
        <Group gap="lg" mt={6} c="dimmed" style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
          <span>
            <Kbd>1</Kbd> 或 <Kbd>空格</Kbd> 本人签收
          </span>
          <span>
            <Kbd>2</Kbd> 代领（填代领人后按 <Kbd>Enter</Kbd>）
          </span>
          <span>
            <Kbd>3</Kbd> 补签（填日期后按 <Kbd>Enter</Kbd>）
          </span>
          <span>
            <Kbd>0</Kbd> 未签
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> 上下移动
          </span>
        </Group>
      </Box>
      <Paper withBorder data-testid="receipt-list">
        {list.map((r, i) => {
          const m = markOf(r, edits);
          return (
            <div
              key={r.id}
              className={classes.row}
              data-row={i}
              data-active={i === cursor || undefined}
              data-receipt={m.receipt}
              data-tone={m.receipt === '代领' || m.receipt === '补签' ? 'warn' : undefined}
              onClick={() => setCursor(i)}
            >
              <Text w={40} c="dimmed" ta="right">
                {i + 1}
              </Text>
              <Text w={110} fw={600} size="lg">
                {r.name}
              </Text>
              <Text w={150} size="sm" c="dimmed" truncate>
                {r.department}
              </Text>
              <Group gap={6} wrap="nowrap">
                {BUTTONS.map((b) => (
                  <Button
                    key={b.receipt}
                    size="sm"
                    w={78}
                    tabIndex={-1}
                    color={RECEIPT_COLORS[b.receipt]}
                    variant={m.receipt === b.receipt ? 'filled' : 'default'}
                    onClick={(e) => {
                      e.stopPropagation();
                      setCursor(i);
                      mark(i, b.receipt);
                    }}
                  >
                    {b.receipt}
                    <Text span size="xs" ml={4} opacity={0.6}>
                      {b.key}
                    </Text>
                  </Button>
                ))}
              </Group>
              <Box style={{ flex: 1 }} miw={0}>
                {asking?.id === r.id ? (
                  <AskInput
                    label={
                      asking.receipt === '代领' ? '代领人姓名，回车确认' : '补签日期，如 2026-09-25'
                    }
                    initial={
                      asking.receipt === '代领' ? (m.proxyName ?? '') : (m.signedOn ?? todayIso())
                    }
                    onDone={(v) => closeAsk(i, v)}
                  />
                ) : m.receipt === '代领' ? (
                  <Text size="sm">代领人：{m.proxyName || '（未填）'}</Text>
                ) : m.receipt === '补签' ? (
                  <Text size="sm">补签日期：{m.signedOn}</Text>
                ) : null}
              </Box>
              {edits[r.id] && (
                <Text size="xs" c="orange.7" w={48}>
                  未保存
                </Text>
              )}
            </div>
          );
        })}
      </Paper>
    </Stack>
  );
}

function AskInput({
  label,
  initial,
  onDone,
}: {
  label: string;
  initial: string;
  onDone: (v: string | null) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <TextInput
      size="xs"
      autoFocus
      w={220}
      placeholder={label}
      aria-label={label}
      value={text}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onDone(text);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    />
  );
}
