import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Kbd,
  Loader,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy, IconPrinter, IconReceipt2 } from '@tabler/icons-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isIsoDate, todayIso } from '../../shared/core/text';
import {
  describeDuesRule,
  isMonth,
  makeDuesRoll,
  monthEnd,
  monthText,
  postDuesMonth,
  recordDuesPayments,
  refundDuesPayment,
  stateOf,
  type MemberMonth,
  type PaymentMark,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action, notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { DUES_STATE_COLORS, yuan } from './format';
import { useDuesMonth, useDuesRule } from './useFunds';
import classes from '../app/markingList.module.css';
import { revealRow } from '../app/revealRow';

/** Marks keyed in and not yet saved: memberId → amount in 分. */
type Marks = Record<string, number>;

/**
 * 会费收缴 for one month, built for speed like 登记出席: one row is highlighted,
 * 1/Space 缴清 (the amount still owed), 2 other amount (type, Enter), ↑/↓ move,
 * Backspace clears. Marks are saved as ONE batch on 「保存」 (or when leaving), dated
 * with the payment date above the list; 「过账」 posts the month to the fund account.
 */
export function DuesRollScreen() {
  const { month = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const view = useDuesMonth(month);
  const rule = useDuesRule();
  const [marks, setMarks] = useState<Marks>({});
  const [cursor, setCursor] = useState(0);
  const [amountFor, setAmountFor] = useState<string | null>(null);
  const [payDate, setPayDate] = useState(() => {
    const today = todayIso();
    return today.slice(0, 7) === month || !isMonth(month) ? today : monthEnd(month);
  });
  const [saving, setSaving] = useState(false);
  const rows = useMemo(() => view?.rows ?? [], [view]);
  const dirty = Object.keys(marks).length;

  const latest = useRef({ marks, payDate, month });
  latest.current = { marks, payDate, month };

  const save = useCallback(async (): Promise<boolean> => {
    const { marks: snapshot, payDate: date, month: m } = latest.current;
    const list: PaymentMark[] = Object.entries(snapshot).map(([memberId, amountFen]) => ({
      memberId,
      amountFen,
      date,
    }));
    if (list.length === 0) return true;
    if (!isIsoDate(date)) {
      notifyError(new Error('请先填写缴纳日期（如 2026-07-25）'), '缴费没有保存');
      return false;
    }
    setSaving(true);
    try {
      const batch = await recordDuesPayments(db, m, list);
      setMarks((cur) => {
        const next = { ...cur };
        for (const p of list) if (next[p.memberId] === p.amountFen) delete next[p.memberId];
        return next;
      });
      showUndo(db, batch, `已登记 ${list.length} 人的会费。`);
      return true;
    } catch (e) {
      notifyError(e, '缴费没有保存');
      return false;
    } finally {
      setSaving(false);
    }
  }, [db]);

  // Leaving the screen saves what was keyed in.
  useEffect(
    () => () => {
      const { marks: m, payDate: date, month: mo } = latest.current;
      const list = Object.entries(m).map(([memberId, amountFen]) => ({
        memberId,
        amountFen,
        date,
      }));
      if (list.length > 0 && isIsoDate(date))
        recordDuesPayments(db, mo, list).catch((e: unknown) => notifyError(e, '缴费没有保存'));
    },
    [db],
  );

  const live = useRef({ rows, marks, cursor });
  live.current = { rows, marks, cursor };

  const markFull = useCallback((index: number) => {
    const r = live.current.rows[index];
    if (!r) return;
    const owed = r.paidFen > 0 ? r.outstandingFen : r.dueFen;
    if (owed > 0) setMarks((cur) => ({ ...cur, [r.memberId]: owed }));
    setCursor(Math.min(index + 1, live.current.rows.length - 1));
  }, []);

  const clear = useCallback((index: number) => {
    const r = live.current.rows[index];
    if (!r) return;
    setMarks((cur) => {
      const next = { ...cur };
      delete next[r.memberId];
      return next;
    });
  }, []);

  const closeAmount = useCallback((index: number, fen: number | null) => {
    const r = live.current.rows[index];
    if (r && fen !== null && fen > 0) setMarks((cur) => ({ ...cur, [r.memberId]: fen }));
    setAmountFor(null);
    if (fen !== null) setCursor(Math.min(index + 1, live.current.rows.length - 1));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const { cursor: c, rows: l } = live.current;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setCursor(Math.max(0, Math.min(l.length - 1, c + (e.key === 'ArrowDown' ? 1 : -1))));
      } else if (e.key === ' ' || e.key === '1') {
        e.preventDefault();
        markFull(c);
      } else if (e.key === '2') {
        e.preventDefault();
        const r = l[c];
        if (r) setAmountFor(r.memberId);
      } else if (e.key === 'Backspace' || e.key === 'Delete') {
        e.preventDefault();
        clear(c);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [markFull, clear]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current || rows.length === 0) return;
    started.current = true;
    const first = rows.findIndex((r) => r.state === '未缴');
    if (first > 0) setCursor(first);
  }, [rows]);

  useEffect(() => {
    revealRow(cursor);
  }, [cursor]);

  if (!isMonth(month)) return <Text>月份“{month}”无效。</Text>;
  if (view === undefined || rule === undefined) return <Loader />;

  const make = action(async () => {
    const { problems } = await makeDuesRoll(db, month);
    if (problems.length)
      notifyError(new Error(problems.map((p) => p.message).join('；')), '有会员缺少工资基数');
  }, '生成会费名册失败');

  if (!view.roll)
    return (
      <Stack maw={640}>
        <Anchor component={Link} to="/funds" size="sm">
          ‹ 会费经费
        </Anchor>
        <Title order={3}>{monthText(month)}会费名册</Title>
        <Text>
          这个月还没有会费名册。生成名册时，按当月在职会员（当月入会的从当月起；退休会员保留会籍不缴会费；非会员不列入）和各人的工资基数计算应缴会费。
        </Text>
        <Text size="sm" c="dimmed">
          {describeDuesRule(rule, rule.source)}
        </Text>
        <Group>
          <Button onClick={make} data-testid="make-roll">
            生成{monthText(month)}会费名册
          </Button>
        </Group>
      </Stack>
    );

  const withMarks = rows.map((r) => {
    const extra = marks[r.memberId] ?? 0;
    return { ...r, paidFen: r.paidFen + extra, state: stateOf(r.dueFen, r.paidFen + extra) };
  });
  const due = withMarks.reduce((s, r) => s + r.dueFen, 0);
  const paid = withMarks.reduce((s, r) => s + r.paidFen, 0);
  const payers = withMarks.filter((r) => r.paidFen > 0).length;
  const unpaid = withMarks.filter((r) => r.state === '未缴' || r.state === '少缴').length;

  const post = action(async () => {
    if (!(await save())) return;
    const { entry, batch } = await postDuesMonth(db, month, {
      date: isIsoDate(payDate) ? payDate : monthEnd(month),
    });
    showUndo(
      db,
      batch,
      `已过账：${entry.summary} ${yuan(entry.amountFen)} 元，凭证号 ${entry.voucher}`,
    );
  }, '过账失败');

  return (
    <Stack gap="sm">
      <Box className={classes.sticky} data-marking-bar>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Anchor component={Link} to="/funds" size="sm">
              ‹ 会费经费
            </Anchor>
            <Title order={3}>{monthText(month)}会费收缴</Title>
            <Text size="sm" c="dimmed">
              {describeDuesRule(
                { rateBp: view.roll.rateBp, unitFen: view.roll.unitFen },
                rule.source,
              )}
            </Text>
          </div>
          <Group gap="xs" align="flex-end">
            <TextInput
              label="缴纳日期"
              value={payDate}
              onChange={(e) => setPayDate(e.currentTarget.value)}
              error={isIsoDate(payDate) ? undefined : '如 2026-07-25'}
              w={130}
            />
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              loading={saving}
              disabled={dirty === 0}
              onClick={() => void save()}
            >
              保存{dirty ? `（${dirty} 人）` : ''}
            </Button>
            <Button
              variant="light"
              leftSection={<IconReceipt2 size={18} />}
              disabled={view.unpostedFen + Object.values(marks).reduce((s, v) => s + v, 0) <= 0}
              onClick={post}
              data-testid="post-month"
            >
              过账到经费
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} />}
              onClick={() => void navigate(`/funds/print/dues-detail?month=${month}`)}
            >
              明细表
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} />}
              onClick={() => void navigate(`/funds/print/dues-summary?month=${month}`)}
            >
              汇总表
            </Button>
            <Button variant="subtle" onClick={make}>
              重新生成名册
            </Button>
          </Group>
        </Group>
        <Group gap="lg" data-testid="dues-summary">
          <Text size="sm">
            应缴 {withMarks.length} 人，{yuan(due)} 元
          </Text>
          <Text size="sm">
            已缴 {payers} 人，{yuan(paid)} 元
          </Text>
          <Text size="sm" c={unpaid ? 'red' : undefined}>
            未缴清 {unpaid} 人
          </Text>
          <Text size="sm" c="dimmed">
            已过账 {yuan(view.postings.reduce((s, p) => s + p.amountFen, 0))} 元，待过账{' '}
            {yuan(view.unpostedFen)} 元
          </Text>
        </Group>
        <Group gap="lg" mt={6} c="dimmed" style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
          <span>
            <Kbd>1</Kbd> 或 <Kbd>空格</Kbd> 缴清
          </span>
          <span>
            <Kbd>2</Kbd> 其他金额（输入后按 <Kbd>Enter</Kbd>）
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> 上下移动
          </span>
          <span>
            <Kbd>Backspace</Kbd> 清除未保存的登记
          </span>
          <span>登记后自动跳到下一人；离开本页时自动保存。</span>
        </Group>
      </Box>
      {view.roll.lines.some((l) => l.baseFen === 0) && (
        <Alert color="orange">
          有会员没有工资基数，应缴按 0 计。请在会员页或“工资基数”中补上，再重新生成名册。
        </Alert>
      )}
      <Paper withBorder data-testid="dues-list">
        {withMarks.map((r, i) => {
          const m = view.members.get(r.memberId);
          return (
            <DuesRow
              key={r.memberId}
              index={i}
              row={r}
              saved={rows[i]!}
              name={m?.name ?? '（已删除）'}
              department={m?.department ?? ''}
              baseFen={view.roll!.lines[i]?.baseFen ?? 0}
              marked={marks[r.memberId] ?? null}
              active={i === cursor}
              amountOpen={amountFor === r.memberId}
              onSelect={setCursor}
              onAmountDone={closeAmount}
              onRefund={(paymentId) =>
                void action(async () => {
                  const { refund, batch } = await refundDuesPayment(db, paymentId, todayIso());
                  showUndo(db, batch, `已退还 ${m?.name ?? ''} ${yuan(-refund.amountFen)} 元`);
                }, '退款失败')()
              }
              payments={view.payments.filter((p) => p.memberId === r.memberId)}
            />
          );
        })}
      </Paper>
    </Stack>
  );
}

interface DuesRowProps {
  index: number;
  row: MemberMonth;
  saved: MemberMonth;
  name: string;
  department: string;
  baseFen: number;
  marked: number | null;
  active: boolean;
  amountOpen: boolean;
  payments: { id: string; amountFen: number; date: string; reversesId: string | null }[];
  onSelect: (index: number) => void;
  onAmountDone: (index: number, fen: number | null) => void;
  onRefund: (paymentId: string) => void;
}

const DuesRow = memo(function DuesRow(p: DuesRowProps) {
  const reversed = new Set(p.payments.map((x) => x.reversesId));
  const refundable = p.payments.filter((x) => x.amountFen > 0 && !reversed.has(x.id));
  const last = refundable[refundable.length - 1];
  return (
    <div
      className={classes.row}
      data-row={p.index}
      data-active={p.active || undefined}
      data-state={p.row.state}
      data-tone={p.row.state === '少缴' ? 'short' : p.row.state === '未缴' ? 'bad' : undefined}
      data-testid="dues-row"
      onClick={() => p.onSelect(p.index)}
    >
      <Text w={36} c="dimmed" ta="right">
        {p.index + 1}
      </Text>
      <Text w={96} fw={600} size="lg">
        {p.name}
      </Text>
      <Text w={110} size="sm" c="dimmed" truncate>
        {p.department}
      </Text>
      <Text w={110} size="sm" ta="right">
        基数 {yuan(p.baseFen)}
      </Text>
      <Text w={100} ta="right">
        应缴 {yuan(p.row.dueFen)}
      </Text>
      <Text w={110} ta="right" fw={500}>
        已缴 {yuan(p.row.paidFen)}
      </Text>
      <Badge color={DUES_STATE_COLORS[p.row.state]} variant={p.marked ? 'outline' : 'light'} w={56}>
        {p.row.state}
      </Badge>
      <Group gap={4} w={120}>
        {p.saved.late && (
          <Badge size="xs" color="gray">
            补缴
          </Badge>
        )}
        {p.saved.twice && (
          <Badge size="xs" color="grape">
            重复缴纳
          </Badge>
        )}
      </Group>
      <Box style={{ flex: 1 }} miw={0}>
        {p.amountOpen ? (
          <AmountInput onDone={(fen) => p.onAmountDone(p.index, fen)} />
        ) : p.marked !== null ? (
          <Text size="xs" c="orange.7">
            本次登记 {yuan(p.marked)} 元（未保存）
          </Text>
        ) : null}
      </Box>
      {last && p.marked === null && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            p.onRefund(last.id);
          }}
        >
          退款
        </Button>
      )}
    </div>
  );
});

function AmountInput({ onDone }: { onDone: (fen: number | null) => void }) {
  const [value, setValue] = useState<number | string>('');
  return (
    <NumberInput
      size="xs"
      autoFocus
      placeholder="金额（元），回车确认"
      decimalScale={2}
      min={0}
      hideControls
      value={value}
      onChange={setValue}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          const n = typeof value === 'number' ? value : Number(value);
          onDone(Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
      w={170}
    />
  );
}
