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
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { recordAttendance } from '../../shared/ledgers/activities';
import {
  formatActivityWhen,
  participantName,
  type AttendanceState,
  type Participant,
} from '../../shared/ledgers/activities';
import { countAttendance } from '../../shared/ledgers/activities';
import { LEAVE_REASONS, leaveReasonOf } from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { showUndo } from '../app/showUndo';
import { AttendanceSummary } from './AttendanceSummary';
import {
  attendanceOrder,
  changesToSave,
  keyAction,
  markOf,
  markRest,
  withMark,
  type Edits,
} from './attendanceDraft';
import { STATE_COLORS } from './format';
import { useActivity, useParticipants, useRosterChoices } from './useActivities';
import { useSheetChoices } from './signInChoices';
import classes from '../app/markingList.module.css';
import { action, notifyError } from '../app/notify';
import { useSaveShortcut } from '../app/saveShortcut';
import { revealRow } from '../app/revealRow';

const BUTTONS: { state: AttendanceState; key: string }[] = [
  { state: '出席', key: '1' },
  { state: '请假', key: '2' },
  { state: '缺席', key: '3' },
];

/**
 * 登记出席, built for speed: one row is highlighted, 1/Space 出席, 2 请假 (reason, Enter),
 * 3 缺席, ↑/↓ move, Backspace clears. Marks stay local and are saved as ONE batch on
 * 「保存」 or when leaving the screen (so 80 keystrokes are one undoable action).
 */
export function AttendanceScreen() {
  const { id = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const participants = useParticipants(id);
  const choices = useRosterChoices();
  const [edits, setEdits] = useState<Edits>({});
  const [cursor, setCursor] = useState(0);
  const [reasonFor, setReasonFor] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [sheet] = useSheetChoices();
  const list = useMemo(
    () => (participants && choices ? attendanceOrder(participants, choices, sheet) : []),
    [participants, choices, sheet],
  );
  const dirty = changesToSave(edits, list).length;

  // Latest values for the save-on-leave effect, which must not re-run on every key.
  const latest = useRef({ edits, list, activityId: id });
  latest.current = { edits, list, activityId: id };

  const save = useCallback(async (): Promise<boolean> => {
    const { edits: snapshot, list: l, activityId } = latest.current;
    const changes = changesToSave(snapshot, l);
    if (changes.length === 0) return true;
    setSaving(true);
    try {
      const batch = await recordAttendance(db, activityId, changes);
      // Keep marks keyed in while saving; drop the ones now stored.
      setEdits((cur) => {
        const next = { ...cur };
        for (const c of changes)
          if (JSON.stringify(next[c.participantId]) === JSON.stringify(snapshot[c.participantId]))
            delete next[c.participantId];
        return next;
      });
      if (batch) showUndo(db, batch, `已保存 ${changes.length} 人的出席登记。`);
      return true;
    } catch (e) {
      notifyError(e, '出席登记没有保存');
      return false;
    } finally {
      setSaving(false);
    }
  }, [db]);
  // Ctrl+S saves the marks keyed so far, as 「保存」 does.
  useSaveShortcut(useCallback(() => void save(), [save]));

  // Leaving the screen (sidebar, back) saves what was keyed in; closing the window asks first.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (changesToSave(latest.current.edits, latest.current.list).length > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      const { edits: e, list: l, activityId } = latest.current;
      const changes = changesToSave(e, l);
      if (changes.length > 0)
        recordAttendance(db, activityId, changes).then(
          () =>
            notifications.show({
              color: 'green',
              message: `离开前已自动保存 ${changes.length} 人的出席登记。`,
            }),
          (err: Error) =>
            notifications.show({ color: 'red', title: '出席登记没有保存', message: err.message }),
        );
    };
  }, [db]);

  // Handlers read the latest list, marks and cursor through a ref, so they stay the same
  // function and a key press re-renders only the rows it changes (memoised rows).
  const live = useRef({ list, edits, cursor });
  live.current = { list, edits, cursor };

  const mark = useCallback((index: number, state: AttendanceState, advance: boolean) => {
    const { list: l, edits: e } = live.current;
    const p = l[index];
    if (!p) return;
    const leaveReason = state === '请假' ? markOf(p, e).leaveReason : null;
    setEdits((cur) => withMark(cur, p, { state, leaveReason }));
    if (state === '请假') setReasonFor(p.id);
    else if (advance) setCursor(Math.min(index + 1, l.length - 1));
  }, []);

  const markByButton = useCallback(
    (index: number, state: AttendanceState) => {
      setCursor(index);
      mark(index, state, true);
    },
    [mark],
  );

  const closeReason = useCallback((index: number, text: string | null) => {
    const p = live.current.list[index];
    if (p && text !== null)
      setEdits((cur) => withMark(cur, p, { state: '请假', leaveReason: leaveReasonOf(text) }));
    setReasonFor(null);
    setCursor(Math.min(index + 1, live.current.list.length - 1));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const action = keyAction(e.key);
      if (!action) return;
      e.preventDefault();
      const { cursor: c, list: l } = live.current;
      if (action.kind === 'move') setCursor(Math.max(0, Math.min(l.length - 1, c + action.by)));
      else if (action.kind === 'clear') mark(c, '报名', false);
      else mark(c, action.state, true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mark]);

  // Start at the first line not yet recorded, once the list has loaded.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || list.length === 0) return;
    started.current = true;
    const first = list.findIndex((p) => p.state === '报名');
    if (first > 0) setCursor(first);
  }, [list]);

  // Keep the highlighted row in view.
  useEffect(() => {
    revealRow(cursor);
  }, [cursor]);

  if (activity === undefined || participants === undefined || choices === undefined)
    return <Loader />;
  if (activity === null) return <Text>找不到这个活动，可能已被删除或撤销。</Text>;

  const counts = countAttendance(
    list.map((p) => ({ memberId: p.memberId, state: markOf(p, edits).state })),
  );

  return (
    <Stack gap="sm">
      <Box className={classes.sticky} data-testid="attendance-bar" data-marking-bar>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Anchor component={Link} to={`/activities/${activity.id}`} size="sm">
              ‹ {activity.title}
            </Anchor>
            <Title order={3}>登记出席</Title>
            <Text size="sm" c="dimmed">
              {formatActivityWhen(activity)}
              {activity.place ? ` · ${activity.place}` : ''}
            </Text>
          </div>
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconChecks size={18} />}
              onClick={() => setEdits((cur) => markRest(cur, list))}
              disabled={counts.pending === 0}
            >
              其余全部出席
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              loading={saving}
              disabled={dirty === 0}
              onClick={() => void save()}
            >
              保存{dirty ? `（${dirty} 处修改）` : ''}
            </Button>
            <Button
              variant="default"
              onClick={action(async () => {
                if (await save()) await navigate(`/activities/${activity.id}`);
              }, '返回活动失败')}
            >
              {dirty ? '保存并返回' : '返回'}
            </Button>
          </Group>
        </Group>
        <AttendanceSummary counts={counts} />
        <Group gap="lg" mt={6} c="dimmed" style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
          <span>
            <Kbd>1</Kbd> 或 <Kbd>空格</Kbd> 出席
          </span>
          <span>
            <Kbd>2</Kbd> 请假（填原因后按 <Kbd>Enter</Kbd>）
          </span>
          <span>
            <Kbd>3</Kbd> 缺席
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> 上下移动
          </span>
          <span>
            <Kbd>Backspace</Kbd> 清除
          </span>
          <span>登记后自动跳到下一人；离开本页时自动保存。</span>
        </Group>
      </Box>

      <Paper withBorder data-testid="attendance-list">
        {list.map((p, i) => (
          <AttendanceRow
            key={p.id}
            index={i}
            participant={p}
            name={participantName(p, choices.membersById)}
            department={p.memberId ? (choices.membersById.get(p.memberId)?.department ?? '') : null}
            state={markOf(p, edits).state}
            leaveReason={markOf(p, edits).leaveReason}
            changed={!!edits[p.id]}
            active={i === cursor}
            reasonOpen={reasonFor === p.id}
            onSelect={setCursor}
            onMark={markByButton}
            onReasonDone={closeReason}
          />
        ))}
      </Paper>
    </Stack>
  );
}

interface AttendanceRowProps {
  index: number;
  participant: Participant;
  name: string;
  /** The member's department; null for a guest */
  department: string | null;
  state: AttendanceState;
  leaveReason: string | null;
  changed: boolean;
  active: boolean;
  reasonOpen: boolean;
  onSelect: (index: number) => void;
  onMark: (index: number, state: AttendanceState) => void;
  /** text null: closed without changing the reason */
  onReasonDone: (index: number, text: string | null) => void;
}

const AttendanceRow = memo(function AttendanceRow({
  index,
  participant: p,
  name,
  department,
  state,
  leaveReason,
  changed,
  active,
  reasonOpen,
  onSelect,
  onMark,
  onReasonDone,
}: AttendanceRowProps) {
  return (
    <div
      className={classes.row}
      data-row={index}
      data-active={active || undefined}
      data-state={state}
      data-tone={state === '请假' ? 'warn' : state === '缺席' ? 'bad' : undefined}
      onClick={() => onSelect(index)}
    >
      <Text w={40} c="dimmed" ta="right">
        {index + 1}
      </Text>
      <Text w={110} fw={600} size="lg">
        {name}
      </Text>
      <Text w={150} size="sm" c="dimmed" truncate>
        {department === null ? `来宾${p.guestUnit ? ` · ${p.guestUnit}` : ''}` : department}
      </Text>
      <Group gap={6} wrap="nowrap">
        {BUTTONS.map((b) => (
          <Button
            key={b.state}
            size="sm"
            w={84}
            color={STATE_COLORS[b.state]}
            variant={state === b.state ? 'filled' : 'default'}
            onClick={(e) => {
              e.stopPropagation();
              onMark(index, b.state);
            }}
            tabIndex={-1}
          >
            {b.state}
            <Text span size="xs" ml={4} opacity={0.6}>
              {b.key}
            </Text>
          </Button>
        ))}
      </Group>
      <Box style={{ flex: 1 }} miw={0}>
        {reasonOpen ? (
          <ReasonInput initial={leaveReason ?? ''} onDone={(text) => onReasonDone(index, text)} />
        ) : state === '请假' ? (
          <Text size="sm">请假原因：{leaveReason ?? '（未填）'}</Text>
        ) : null}
      </Box>
      {changed && (
        <Text size="xs" c="orange.7" w={48}>
          未保存
        </Text>
      )}
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
