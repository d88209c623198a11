import { Button, Group, Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import {
  countAttendance,
  formatActivityWhen,
  LEAVE_REASONS,
  leaveReasonOf,
  participantName,
  recordAttendance,
  type Activity,
  type AttendanceState,
  type Participant,
} from '../../shared/ledgers/activities';
import type { Member } from '../../shared/ledgers/roster';
import { useDb } from '../app/AppContext';
import { showUndo } from '../app/showUndo';
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
import classes from '../app/markingList.module.css';
import { AttendanceSummary } from './AttendanceSummary';
import {
  attendanceOrder,
  keyAction,
  sameMark,
  storedMark,
  toAttendanceChanges,
  type Mark,
} from './attendanceDraft';
import { STATE_COLORS } from './format';
import { useActivity, useParticipantRoster } from './useActivities';
import { useSheetChoices } from './signInChoices';

type List = MarkingController<Participant, Mark>;

const BUTTONS: { state: AttendanceState; key: string }[] = [
  { state: '出席', key: '1' },
  { state: '请假', key: '2' },
  { state: '缺席', key: '3' },
];

const keyOf = (p: Participant) => p.id;
const isPending = (_: Participant, m: Mark) => m.state === '报名';

/** Marks line `index`: 请假 keeps its reason and asks for it; the others go on to the next. */
function markState(list: List, index: number, state: AttendanceState): void {
  const row = list.rows[index];
  if (!row) return;
  if (state === '请假') {
    list.mark(index, { state, leaveReason: list.markOf(row).leaveReason }, false);
    list.ask(index, 'reason');
  } else list.mark(index, { state, leaveReason: null });
}

function onKey(key: string, index: number, list: List): boolean {
  const a = keyAction(key);
  if (!a || a.kind === 'move') return false;
  if (a.kind === 'clear') list.mark(index, { state: '报名', leaveReason: null }, false);
  else markState(list, index, a.state);
  return true;
}

/**
 * 登记出席, built for speed: one row is highlighted, 1/Space 出席, 2 请假 (reason, Enter),
 * 3 缺席, ↑/↓ move, Backspace clears. Marks stay local and are saved as ONE batch on
 * 「保存」 or when leaving the screen (so 80 keystrokes are one undoable action). Only the
 * activity's own members are read, and only the lines in view are drawn.
 */
export function AttendanceScreen() {
  const { id = '' } = useParams();
  const db = useDb();
  const activity = useActivity(id);
  const roster = useParticipantRoster(id);
  const [sheet] = useSheetChoices();
  const rows = useMemo(
    () => (roster ? attendanceOrder(roster.participants, roster, sheet) : []),
    [roster, sheet],
  );
  const { list, save } = useMarkingList<Participant, Mark>({
    rows,
    keyOf,
    stored: storedMark,
    same: sameMark,
    pending: isPending,
    onKey,
    write: async (changes, leaving) => {
      const batch = await recordAttendance(db, id, toAttendanceChanges(changes));
      if (batch && !leaving) showUndo(db, batch, `已保存 ${changes.length} 人的出席登记。`);
    },
    failure: '出席登记没有保存',
    leftNotice: (n) => `离开前已自动保存 ${n} 人的出席登记。`,
  });
  const membersById = roster?.membersById;
  const renderRow = useCallback(
    (i: number) => (
      <AttendanceRow
        key={rows[i]!.id}
        index={i}
        p={rows[i]!}
        membersById={membersById!}
        list={list}
      />
    ),
    [rows, membersById, list],
  );

  if (activity === undefined || roster === undefined) return <Loader />;
  if (activity === null) return <Text>找不到这个活动，可能已被删除或撤销。</Text>;

  return (
    <Stack gap="sm">
      <AttendanceBar activity={activity} list={list} save={save} />
      <MarkingRows
        list={list}
        count={rows.length}
        renderRow={renderRow}
        className={classes.list}
        data-testid="attendance-list"
      />
    </Stack>
  );
}

/** The keys, under the figures; one element, so a mark never re-renders it. */
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
  '登记后自动跳到下一人；离开本页时自动保存。',
);

/** The sticky bar: back, 其余全部出席, 保存, the figures as keyed so far and the keys. */
function AttendanceBar({
  activity,
  list,
  save,
}: {
  activity: Activity;
  list: List;
  save: () => Promise<boolean>;
}) {
  useDraftVersion(list);
  const rows = list.rows;
  const counts = countAttendance(
    rows.map((p) => ({ memberId: p.memberId, state: list.markOf(p).state })),
  );
  return (
    <MarkingBar
      list={list}
      save={save}
      back={{ to: `/activities/${activity.id}`, label: activity.title }}
      title="登记出席"
      subtitle={
        <Text size="sm" c="dimmed">
          {formatActivityWhen(activity)}
          {activity.place ? ` · ${activity.place}` : ''}
        </Text>
      }
      rest={{
        label: '其余全部出席',
        disabled: counts.pending === 0,
        onClick: () =>
          list.setMarks(
            rows
              .filter((p) => list.markOf(p).state === '报名')
              .map((row) => ({ row, mark: { state: '出席', leaveReason: null } })),
          ),
      }}
      data-testid="attendance-bar"
    >
      <AttendanceSummary counts={counts} />
      {KEYS_HINT}
    </MarkingBar>
  );
}

interface AttendanceRowProps {
  index: number;
  p: Participant;
  membersById: ReadonlyMap<string, Member>;
  list: List;
}

/** One line; it listens to its own mark, so marking a person re-renders that line only. */
const AttendanceRow = memo(function AttendanceRow({
  index,
  p,
  membersById,
  list,
}: AttendanceRowProps) {
  const l = list;
  const draft = useDraftMark(list as MarkingController<unknown, Mark>, p.id);
  const active = useIsCursor(l, index);
  const asking = useAsking(l, p.id);
  const { state, leaveReason } = draft ?? storedMark(p);
  const department = p.memberId ? (membersById.get(p.memberId)?.department ?? '') : null;
  return (
    <div
      className={classes.row}
      data-row={index}
      data-active={active || undefined}
      data-state={state}
      data-tone={state === '请假' ? 'warn' : state === '缺席' ? 'bad' : undefined}
      onClick={() => list.select(index)}
    >
      <span className={classes.num}>{index + 1}</span>
      <span className={classes.name}>{participantName(p, membersById)}</span>
      <span className={classes.dept}>
        {department === null ? `来宾${p.guestUnit ? ` · ${p.guestUnit}` : ''}` : department}
      </span>
      <MarkKeys
        keys={BUTTONS}
        colors={STATE_COLORS}
        current={state}
        onPress={(st) => {
          list.select(index);
          markState(list, index, st);
        }}
      />
      <span className={classes.detail}>
        {asking ? (
          <ReasonInput
            initial={leaveReason ?? ''}
            onDone={(text) =>
              list.answer(
                index,
                text === null ? null : { state: '请假', leaveReason: leaveReasonOf(text) },
              )
            }
          />
        ) : state === '请假' ? (
          `请假原因：${leaveReason ?? '（未填）'}`
        ) : null}
      </span>
      {draft && <span className={classes.unsaved}>未保存</span>}
    </div>
  );
});

function ReasonInput({
  initial,
  onDone,
}: {
  initial: string;
  onDone: (text: string | null) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <Group gap={4} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
      <TextInput
        size="xs"
        autoFocus
        placeholder="请假原因，回车确认"
        value={text}
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
        w={170}
      />
      {LEAVE_REASONS.map((r) => (
        <Button key={r} size="compact-xs" variant="subtle" onClick={() => onDone(r)}>
          {r}
        </Button>
      ))}
    </Group>
  );
}
