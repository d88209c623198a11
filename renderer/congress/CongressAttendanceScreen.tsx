import { Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import {
  canVote,
  recordCongressAttendance,
  representativeGroup,
  representativesInSignInOrder,
  type CongressAttendanceState,
  type Representative,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
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
import { useSessionView } from './useCongress';
import classes from '../app/markingList.module.css';

interface Mark {
  state: CongressAttendanceState | null;
  leaveReason: string;
}
type List = MarkingController<Representative, Mark>;

const KEYS: Record<string, CongressAttendanceState> = {
  '1': '出席',
  ' ': '出席',
  '2': '请假',
  '3': '缺席',
};
const COLORS: Record<CongressAttendanceState, string> = {
  出席: 'teal',
  请假: 'yellow',
  缺席: 'red',
};
const NONE: Mark = { state: null, leaveReason: '' };

const keyOf = (r: Representative) => r.id;
const same = (a: Mark, b: Mark) =>
  a.state === b.state && (a.state !== '请假' || a.leaveReason === b.leaveReason);

/** 请假 asks for the reason first; 出席 and 缺席 go on to the next line; null clears. */
function markState(list: List, index: number, state: CongressAttendanceState | null): void {
  if (state === '请假') list.ask(index, 'reason');
  else list.mark(index, { state, leaveReason: '' }, state !== null);
}

function onKey(key: string, index: number, list: List): boolean {
  if (key === 'Backspace') markState(list, index, null);
  else if (KEYS[key]) markState(list, index, KEYS[key]);
  else return false;
  return true;
}

/**
 * 登记出席 by keyboard, straight down the signed 签到表 (same order): 1 or Space 出席, 2 请假
 * (type the reason, Enter), 3 缺席, ↑ ↓ to move, Backspace to clear. What is keyed in is kept
 * here and saved as one undoable batch (保存, Ctrl+S, or leaving the screen).
 */
export function CongressAttendanceScreen() {
  const { id = '' } = useParams();
  const view = useSessionView(id);
  const db = useDb();
  const rows = useMemo(
    () => (view ? representativesInSignInOrder(view.representatives) : []),
    [view],
  );
  const storedById = useMemo(
    () =>
      new Map(
        (view?.attendance ?? []).map((a) => [
          a.representativeId,
          { state: a.state, leaveReason: a.leaveReason } as Mark,
        ]),
      ),
    [view],
  );
  // The group heading above the first line of each group (as on the printed 签到表).
  const headings = useMemo(
    () =>
      rows.map((r, i) => {
        const group = representativeGroup(r);
        return i === 0 || representativeGroup(rows[i - 1]!) !== group ? group : null;
      }),
    [rows],
  );
  const sessionId = view?.session.id ?? id;
  const { list, save } = useMarkingList<Representative, Mark>({
    rows,
    keyOf,
    stored: (r) => storedById.get(r.id) ?? NONE,
    same,
    onKey,
    write: async (changes, leaving) => {
      const batch = await recordCongressAttendance(
        db,
        sessionId,
        changes.map(({ row, mark }) => ({
          representativeId: row.id,
          state: mark.state,
          leaveReason: mark.leaveReason,
        })),
      );
      if (batch && !leaving) showUndo(db, batch);
    },
    failure: '保存出席登记失败',
    leftNotice: (n) => `离开前已自动保存 ${n} 人的出席登记。`,
  });
  const renderRow = useCallback(
    (i: number) => (
      <CongressRow
        key={rows[i]!.id}
        index={i}
        r={rows[i]!}
        stored={storedById.get(rows[i]!.id) ?? NONE}
        heading={headings[i] ?? null}
        list={list}
      />
    ),
    [rows, storedById, headings, list],
  );

  if (view === undefined) return <Loader />;
  if (view === null) return <Text>找不到这次会议，可能已被删除或撤销。</Text>;

  return (
    <Stack gap="sm">
      <CongressBar
        sessionId={view.session.id}
        name={view.session.name}
        quorum={view.tally.quorum}
        list={list}
        save={save}
      />
      {rows.length === 0 && (
        <Text c="dimmed">第{view.session.termNumber}届还没有代表，请先在“代表”中添加。</Text>
      )}
      <MarkingRows
        list={list}
        count={rows.length}
        renderRow={renderRow}
        data-testid="attendance-list"
      />
    </Stack>
  );
}

const KEYS_HINT = keysHint(
  [
    { keys: ['1', '空格'], label: '出席' },
    {
      keys: ['2'],
      label: (
        <>
          请假（填原因后按 <Kbd>Enter</Kbd>）
        </>
      ),
    },
    { keys: ['3'], label: '缺席' },
  ],
  [{ keys: ['Backspace'], label: '清除' }],
);

function CongressBar({
  sessionId,
  name,
  quorum,
  list,
  save,
}: {
  sessionId: string;
  name: string;
  quorum: number;
  list: List;
  save: () => Promise<boolean>;
}) {
  useDraftVersion(list);
  const rows = list.rows;
  const voting = rows.filter(canVote);
  const count = (s: CongressAttendanceState) =>
    voting.filter((r) => list.markOf(r).state === s).length;
  const pending = rows.filter((r) => list.markOf(r).state === null);
  return (
    <MarkingBar
      list={list}
      save={save}
      back={{ to: `/congress/sessions/${sessionId}`, label: name }}
      title="登记出席"
      subtitle={
        <Text size="sm" data-testid="attendance-counts">
          正式代表 {voting.length} 人：出席 {count('出席')}，请假 {count('请假')}，缺席{' '}
          {count('缺席')}；法定人数 {quorum} 人
        </Text>
      }
      rest={{
        label: '其余全部出席',
        disabled: pending.length === 0,
        onClick: () =>
          list.setMarks(pending.map((row) => ({ row, mark: { state: '出席', leaveReason: '' } }))),
      }}
    >
      {KEYS_HINT}
    </MarkingBar>
  );
}

const CongressRow = memo(function CongressRow({
  index,
  r,
  stored,
  heading,
  list,
}: {
  index: number;
  r: Representative;
  stored: Mark;
  heading: string | null;
  list: List;
}) {
  const draft = useDraftMark(list, r.id);
  const active = useIsCursor(list, index);
  const asking = useAsking(list, r.id);
  const m = draft ?? stored;
  return (
    <div>
      {heading && <div className={classes.heading}>{heading}</div>}
      <div
        className={classes.row}
        data-row={index}
        data-state={m.state ?? undefined}
        data-tone={m.state === '请假' ? 'warn' : m.state === '缺席' ? 'bad' : undefined}
        data-active={active ? '' : undefined}
        onClick={() => list.select(index)}
      >
        <span
          className={classes.num}
          style={{ textAlign: 'left', fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {index + 1}
        </span>
        <span className={classes.cell} style={{ width: 120 }}>
          {r.name}
        </span>
        <span className={classes.dept} style={{ width: 120 }}>
          {r.category === '正式代表' ? '' : r.category}
        </span>
        {asking ? (
          <ReasonInput
            onDone={(reason) =>
              list.answer(
                index,
                reason === null ? null : { state: '请假', leaveReason: reason.trim() },
                reason === null,
              )
            }
          />
        ) : (
          m.state && (
            <span className={classes.tag} style={keyColor(COLORS[m.state])} data-testid="mark">
              {m.state}
              {m.state === '请假' && m.leaveReason ? `（${m.leaveReason}）` : ''}
            </span>
          )
        )}
      </div>
    </div>
  );
});

function ReasonInput({ onDone }: { onDone: (reason: string | null) => void }) {
  const [reason, setReason] = useState('');
  return (
    <TextInput
      size="xs"
      autoFocus
      placeholder="请假原因，按 Enter"
      value={reason}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setReason(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(reason);
        else if (e.key === 'Escape') onDone(null);
      }}
      data-testid="leave-reason"
    />
  );
}
