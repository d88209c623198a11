import { Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  countReceipts,
  recipientsInSheetOrder,
  recordReceipts,
  type DistributionRecipient,
  type ReceiptState,
} from '../../shared/ledgers/care';
import { useOrgUnits } from '../roster';
import { useDb } from '../app/AppContext';
import { showUndo } from '../app/showUndo';
import classes from '../app/markingList.module.css';
import {
  MarkingRows,
  useAsking,
  useDraftMark,
  useDraftVersion,
  useIsCursor,
  useMarkingList,
  type MarkingController,
} from '../app/useMarkingList';
import { keysHint, MarkingBar, MarkKeys } from '../app/useMarkingList.parts';
import {
  RECEIPT_COLORS,
  receiptKey,
  sameReceipt,
  storedReceipt,
  toReceiptInputs,
  type ReceiptMark,
} from './receiptDraft';
import { useDistribution, useReceiptGroupBy, useRecipients } from './useCare';

type List = MarkingController<DistributionRecipient, ReceiptMark>;

const BUTTONS: { state: ReceiptState; key: string }[] = [
  { state: '本人', key: '1' },
  { state: '代领', key: '2' },
  { state: '补签', key: '3' },
  { state: '未签', key: '0' },
];

const keyOf = (r: DistributionRecipient) => r.id;
const isUnsigned = (_: DistributionRecipient, m: ReceiptMark) => m.receipt === '未签';

/**
 * Marks line `index` (`date`: the distribution's date, the day a 本人/代领 signature is on):
 * 代领 and 补签 ask for the name or date first; the others go on to the next line.
 */
function markReceipt(list: List, index: number, receipt: ReceiptState, date: string): void {
  const r = list.rows[index];
  if (!r) return;
  const m = list.markOf(r);
  if (receipt === '代领' || receipt === '补签') {
    list.mark(
      index,
      {
        receipt,
        proxyName: receipt === '代领' ? (m.proxyName ?? '') : null,
        signedOn: receipt === '补签' ? (m.signedOn ?? todayIso()) : date,
      },
      false,
    );
    list.ask(index, receipt);
  } else list.mark(index, { receipt, proxyName: null, signedOn: receipt === '本人' ? date : null });
}

/**
 * 签收登记 from the signed sheet, as fast as attendance: one row highlighted, 1/空格 本人,
 * 2 代领 (type who, Enter), 3 补签 (date, Enter), 0 未签, ↑/↓ move. Saved as ONE batch on
 * 「保存」 or when leaving the screen.
 */
export function ReceiptScreen() {
  const { id = '' } = useParams();
  const db = useDb();
  const d = useDistribution(id);
  const stored = useRecipients(id);
  const units = useOrgUnits();
  const [groupBy] = useReceiptGroupBy();
  // Keyed in the order the 签领表 prints them, line by line off the signed paper.
  const groupOrder = (groupBy === 'unionGroup' ? units.unionGroups : units.departments)
    .map((u) => u.name)
    .join('\u0000');
  const rows = useMemo(
    () => recipientsInSheetOrder(stored ?? [], { groupBy, groupOrder: groupOrder.split('\u0000') }),
    [stored, groupBy, groupOrder],
  );
  const date = d?.date ?? '';
  const { list, save } = useMarkingList<DistributionRecipient, ReceiptMark>({
    rows,
    keyOf,
    stored: storedReceipt,
    same: sameReceipt,
    pending: isUnsigned,
    onKey: (key, index, l) => {
      const a = receiptKey(key);
      if (!a || a.kind === 'move') return false;
      markReceipt(l, index, a.receipt, date);
      return true;
    },
    write: async (changes, leaving) => {
      const { batch } = await recordReceipts(db, id, toReceiptInputs(changes));
      if (batch && !leaving) showUndo(db, batch, `已保存 ${changes.length} 人的签收。`);
    },
    failure: '签收没有保存',
    leftNotice: (n) => `离开前已自动保存 ${n} 人的签收。`,
  });
  const renderRow = useCallback(
    (i: number) => <ReceiptRow key={rows[i]!.id} index={i} r={rows[i]!} date={date} list={list} />,
    [rows, date, list],
  );

  if (d === undefined || stored === undefined) return <Loader />;
  if (d === null) return <Text>找不到这次福利发放，可能已被删除或撤销。</Text>;

  return (
    <Stack gap="sm">
      <ReceiptBar
        id={d.id}
        title={`${d.occasion} · ${d.item}`}
        date={d.date}
        list={list}
        save={save}
      />
      <MarkingRows
        list={list}
        count={rows.length}
        renderRow={renderRow}
        className={classes.list}
        data-testid="receipt-list"
      />
    </Stack>
  );
}

const KEYS_HINT = keysHint([
  { keys: ['1', '空格'], label: '本人签收' },
  {
    keys: ['2'],
    label: (
      <>
        代领（填代领人后按 <Kbd>Enter</Kbd>）
      </>
    ),
  },
  {
    keys: ['3'],
    label: (
      <>
        补签（填日期后按 <Kbd>Enter</Kbd>）
      </>
    ),
  },
  { keys: ['0'], label: '未签' },
]);

function ReceiptBar({
  id,
  title,
  date,
  list,
  save,
}: {
  id: string;
  title: string;
  date: string;
  list: List;
  save: () => Promise<boolean>;
}) {
  useDraftVersion(list);
  const rows = list.rows;
  const counts = countReceipts(rows.map((r) => ({ receipt: list.markOf(r).receipt })));
  return (
    <MarkingBar
      list={list}
      save={save}
      back={{ to: `/care/distributions/${id}`, label: title }}
      title="签收登记"
      rest={{
        label: '其余全部本人签收',
        disabled: counts.unsigned === 0,
        onClick: () =>
          list.setMarks(
            rows
              .filter((r) => list.markOf(r).receipt === '未签')
              .map((row) => ({ row, mark: { receipt: '本人', proxyName: null, signedOn: date } })),
          ),
      }}
      saveTestId="save-receipts"
    >
      <Text size="sm" data-testid="receipt-summary">
        共 {counts.total} 人：本人 {counts.self}，代领 {counts.proxy}，补签 {counts.late}，未签{' '}
        {counts.unsigned}
      </Text>
      {KEYS_HINT}
    </MarkingBar>
  );
}

const ReceiptRow = memo(function ReceiptRow({
  index,
  r,
  date,
  list,
}: {
  index: number;
  r: DistributionRecipient;
  date: string;
  list: List;
}) {
  const draft = useDraftMark(list, r.id);
  const active = useIsCursor(list, index);
  const asking = useAsking(list, r.id);
  const m = draft ?? storedReceipt(r);
  return (
    <div
      className={classes.row}
      data-row={index}
      data-active={active || undefined}
      data-receipt={m.receipt}
      data-tone={m.receipt === '代领' || m.receipt === '补签' ? 'warn' : undefined}
      onClick={() => list.select(index)}
    >
      <span className={classes.num}>{index + 1}</span>
      <span className={classes.name}>{r.name}</span>
      <span className={classes.dept}>{r.department}</span>
      <MarkKeys
        keys={BUTTONS}
        colors={RECEIPT_COLORS}
        current={m.receipt}
        onPress={(receipt) => {
          list.select(index);
          markReceipt(list, index, receipt, date);
        }}
      />
      <span className={classes.detail}>
        {asking ? (
          <AskInput
            label={asking === '代领' ? '代领人姓名，回车确认' : '补签日期，如 2026-09-25'}
            initial={asking === '代领' ? (m.proxyName ?? '') : (m.signedOn ?? todayIso())}
            onDone={(v) =>
              list.answer(
                index,
                v === null
                  ? null
                  : asking === '代领'
                    ? { receipt: '代领', proxyName: v.trim(), signedOn: date }
                    : { receipt: '补签', proxyName: null, signedOn: v.trim() },
              )
            }
          />
        ) : m.receipt === '代领' ? (
          `代领人：${m.proxyName || '（未填）'}`
        ) : m.receipt === '补签' ? (
          `补签日期：${m.signedOn}`
        ) : null}
      </span>
      {draft && <span className={classes.unsaved}>未保存</span>}
    </div>
  );
});

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
