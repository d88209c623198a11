import {
  Alert,
  Anchor,
  Button,
  Group,
  Kbd,
  Loader,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPrinter, IconReceipt2 } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState } from 'react';
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
  type DuesMonthView,
  type MemberMonth,
  type PaymentMark,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action, notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import {
  keyColor,
  MarkingRows,
  useAsking,
  useDraftMark,
  useDraftVersion,
  useIsCursor,
  useMarkingList,
  type MarkingController,
} from '../app/useMarkingList';
import { keysHint, MarkingBar } from '../app/useMarkingList.parts';
import { DUES_STATE_COLORS, yuan } from './format';
import { useDuesMonth, useDuesRule } from './useFunds';
import classes from '../app/markingList.module.css';

/** A mark keyed in and not yet saved: the amount paid now in 分 (null: none). */
type Mark = number | null;
type List = MarkingController<MemberMonth, Mark>;
type Payment = DuesMonthView['payments'][number];

const keyOf = (r: MemberMonth) => r.memberId;
const noMark = (): Mark => null;
const same = (a: Mark, b: Mark) => a === b;
const isUnpaid = (r: MemberMonth) => r.state === '未缴';

/** 1/Space 缴清 (what is still owed), 2 another amount, Backspace clears the line's mark. */
function onKey(key: string, index: number, list: List): boolean {
  const r = list.rows[index];
  if (!r) return false;
  if (key === ' ' || key === '1') {
    const owed = r.paidFen > 0 ? r.outstandingFen : r.dueFen;
    if (owed > 0) list.mark(index, owed, false);
    list.select(index + 1);
  } else if (key === '2') list.ask(index, 'amount');
  else if (key === 'Backspace' || key === 'Delete') list.clear(index);
  else return false;
  return true;
}

/** The line with what is keyed in added to what is paid. */
function withMark(r: MemberMonth, fen: Mark): MemberMonth {
  if (!fen) return r;
  return { ...r, paidFen: r.paidFen + fen, state: stateOf(r.dueFen, r.paidFen + fen) };
}

/**
 * 会费收缴 for one month, built for speed like 登记出席: one row is highlighted,
 * 1/Space 缴清 (the amount still owed), 2 other amount (type, Enter), ↑/↓ move,
 * Backspace clears. Marks are saved as ONE batch on 「保存」 (or when leaving), dated
 * with the payment date above the list; 「过账」 posts the month to the fund account.
 */
export function DuesRollScreen() {
  const { month = '' } = useParams();
  const db = useDb();
  const view = useDuesMonth(month);
  const rule = useDuesRule();
  const [payDate, setPayDate] = useState(() => {
    const today = todayIso();
    return today.slice(0, 7) === month || !isMonth(month) ? today : monthEnd(month);
  });
  const rows = useMemo(() => view?.rows ?? [], [view]);
  const { list, save } = useMarkingList<MemberMonth, Mark>({
    rows,
    keyOf,
    stored: noMark,
    same,
    pending: isUnpaid,
    onKey,
    write: async (changes, leaving) => {
      if (!isIsoDate(payDate)) throw new Error('请先填写缴纳日期（如 2026-07-25）');
      const marks: PaymentMark[] = changes.map(({ row, mark }) => ({
        memberId: row.memberId,
        amountFen: mark!,
        date: payDate,
      }));
      const batch = await recordDuesPayments(db, month, marks);
      if (!leaving) showUndo(db, batch, `已登记 ${marks.length} 人的会费。`);
    },
    failure: '缴费没有保存',
  });
  const paymentsOf = useMemo(() => {
    const by = new Map<string, Payment[]>();
    for (const p of view?.payments ?? []) by.set(p.memberId, [...(by.get(p.memberId) ?? []), p]);
    return by;
  }, [view]);
  const refund = useCallback(
    (paymentId: string, name: string) =>
      void action(async () => {
        const { refund, batch } = await refundDuesPayment(db, paymentId, todayIso());
        showUndo(db, batch, `已退还 ${name} ${yuan(-refund.amountFen)} 元`);
      }, '退款失败')(),
    [db],
  );
  const renderRow = useCallback(
    (i: number) => {
      const r = rows[i]!;
      const m = view?.members.get(r.memberId);
      return (
        <DuesRow
          key={r.memberId}
          index={i}
          saved={r}
          name={m?.name ?? '（已删除）'}
          department={m?.department ?? ''}
          baseFen={view?.roll?.lines[i]?.baseFen ?? 0}
          payments={paymentsOf.get(r.memberId) ?? NO_PAYMENTS}
          list={list}
          onRefund={refund}
        />
      );
    },
    [rows, view, paymentsOf, list, refund],
  );

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
      <DuesBar
        month={month}
        view={view}
        ruleSource={rule.source}
        payDate={payDate}
        setPayDate={setPayDate}
        list={list}
        save={save}
        post={post}
        make={make}
      />
      {view.roll.lines.some((l) => l.baseFen === 0) && (
        <Alert color="orange">
          有会员没有工资基数，应缴按 0 计。请在会员页或“工资基数”中补上，再重新生成名册。
        </Alert>
      )}
      <MarkingRows
        list={list}
        count={rows.length}
        renderRow={renderRow}
        className={classes.list}
        data-testid="dues-list"
      />
    </Stack>
  );
}

const NO_PAYMENTS: Payment[] = [];

const KEYS_HINT = keysHint(
  [
    { keys: ['1', '空格'], label: '缴清' },
    {
      keys: ['2'],
      label: (
        <>
          其他金额（输入后按 <Kbd>Enter</Kbd>）
        </>
      ),
    },
  ],
  [{ keys: ['Backspace'], label: '清除未保存的登记' }],
  '登记后自动跳到下一人；离开本页时自动保存。',
);

/** The sticky bar: the payment date, 保存, 过账, the printouts and the month's figures. */
function DuesBar({
  month,
  view,
  ruleSource,
  payDate,
  setPayDate,
  list,
  save,
  post,
  make,
}: {
  month: string;
  view: DuesMonthView;
  ruleSource: string;
  payDate: string;
  setPayDate: (d: string) => void;
  list: List;
  save: () => Promise<boolean>;
  post: () => void;
  make: () => void;
}) {
  const navigate = useNavigate();
  useDraftVersion(list);
  const withMarks = list.rows.map((r) => withMark(r, list.markOf(r)));
  const due = withMarks.reduce((s, r) => s + r.dueFen, 0);
  const paid = withMarks.reduce((s, r) => s + r.paidFen, 0);
  const payers = withMarks.filter((r) => r.paidFen > 0).length;
  const unpaid = withMarks.filter((r) => r.state === '未缴' || r.state === '少缴').length;
  const keyed = [...list.draft.snapshot().values()].reduce<number>((s, v) => s + (v ?? 0), 0);
  const roll = view.roll!;
  return (
    <MarkingBar
      list={list}
      save={save}
      back={{ to: '/funds', label: '会费经费' }}
      title={`${monthText(month)}会费收缴`}
      subtitle={
        <Text size="sm" c="dimmed">
          {describeDuesRule({ rateBp: roll.rateBp, unitFen: roll.unitFen }, ruleSource)}
        </Text>
      }
      saveUnit="人"
      before={
        <TextInput
          label="缴纳日期"
          value={payDate}
          onChange={(e) => setPayDate(e.currentTarget.value)}
          error={isIsoDate(payDate) ? undefined : '如 2026-07-25'}
          w={130}
        />
      }
      after={
        <>
          <Button
            variant="light"
            leftSection={<IconReceipt2 size={18} />}
            disabled={view.unpostedFen + keyed <= 0}
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
        </>
      }
    >
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
      {KEYS_HINT}
    </MarkingBar>
  );
}

interface DuesRowProps {
  index: number;
  saved: MemberMonth;
  name: string;
  department: string;
  baseFen: number;
  payments: readonly Payment[];
  list: List;
  onRefund: (paymentId: string, name: string) => void;
}

const DuesRow = memo(function DuesRow(p: DuesRowProps) {
  const marked = useDraftMark(p.list, p.saved.memberId) ?? null;
  const active = useIsCursor(p.list, p.index);
  const asking = useAsking(p.list, p.saved.memberId);
  const row = withMark(p.saved, marked);
  const reversed = new Set(p.payments.map((x) => x.reversesId));
  const refundable = p.payments.filter((x) => x.amountFen > 0 && !reversed.has(x.id));
  const last = refundable[refundable.length - 1];
  return (
    <div
      className={classes.row}
      data-row={p.index}
      data-active={active || undefined}
      data-state={row.state}
      data-tone={row.state === '少缴' ? 'short' : row.state === '未缴' ? 'bad' : undefined}
      data-testid="dues-row"
      onClick={() => p.list.select(p.index)}
    >
      <span className={classes.num} style={{ width: 36 }}>
        {p.index + 1}
      </span>
      <span className={classes.name} style={{ width: 96 }}>
        {p.name}
      </span>
      <span className={classes.dept} style={{ width: 110 }}>
        {p.department}
      </span>
      <span
        className={classes.figure}
        style={{ width: 110, fontSize: 'var(--mantine-font-size-sm)' }}
      >
        基数 {yuan(p.baseFen)}
      </span>
      <span className={classes.figure} style={{ width: 100 }}>
        应缴 {yuan(row.dueFen)}
      </span>
      <span className={classes.figure} style={{ width: 110, fontWeight: 500 }}>
        已缴 {yuan(row.paidFen)}
      </span>
      <span className={classes.tagCell}>
        <span
          className={classes.tag}
          style={keyColor(DUES_STATE_COLORS[row.state])}
          data-outline={marked ? true : undefined}
        >
          {row.state}
        </span>
      </span>
      <span className={classes.tags}>
        {p.saved.late && <span className={classes.tag}>补缴</span>}
        {p.saved.twice && (
          <span className={classes.tag} style={keyColor('grape')}>
            重复缴纳
          </span>
        )}
      </span>
      <span className={classes.detail}>
        {asking ? (
          <AmountInput
            onDone={(fen) =>
              p.list.answer(p.index, fen !== null && fen > 0 ? fen : null, fen === null)
            }
          />
        ) : marked !== null ? (
          <span className={classes.unsavedNote}>本次登记 {yuan(marked)} 元（未保存）</span>
        ) : null}
      </span>
      {last && marked === null && (
        <button
          type="button"
          className={classes.textButton}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            p.onRefund(last.id, p.name);
          }}
        >
          退款
        </button>
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
