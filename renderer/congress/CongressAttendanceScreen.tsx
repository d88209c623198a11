import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Kbd,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  canVote,
  recordCongressAttendance,
  representativeGroup,
  representativesInSignInOrder,
  type CongressAttendanceState,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useSessionView } from './useCongress';
import classes from '../app/markingList.module.css';
import { revealRow } from '../app/revealRow';

interface Mark {
  state: CongressAttendanceState | null;
  leaveReason: string;
}

const KEYS: Record<string, CongressAttendanceState> = {
  '1': '出席',
  ' ': '出席',
  '2': '请假',
  '3': '缺席',
};

/**
 * 登记出席 by keyboard, straight down the signed 签到表 (same order): 1 or Space 出席, 2 请假
 * (type the reason, Enter), 3 缺席, ↑ ↓ to move, Backspace to clear. What is keyed in is kept
 * here and saved as one undoable batch.
 */
export function CongressAttendanceScreen() {
  const { id = '' } = useParams();
  const view = useSessionView(id);
  const db = useDb();
  const navigate = useNavigate();
  const [edits, setEdits] = useState<Record<string, Mark>>({});
  const [cursor, setCursor] = useState(0);
  const [reasonFor, setReasonFor] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);

  const list = useMemo(
    () => (view ? representativesInSignInOrder(view.representatives) : []),
    [view],
  );
  const stored = useMemo(
    () =>
      new Map(
        (view?.attendance ?? []).map((a) => [
          a.representativeId,
          { state: a.state, leaveReason: a.leaveReason },
        ]),
      ),
    [view],
  );
  const markOf = useCallback(
    (repId: string): Mark => edits[repId] ?? stored.get(repId) ?? { state: null, leaveReason: '' },
    [edits, stored],
  );
  const live = useRef({ list, cursor });
  live.current = { list, cursor };

  const mark = useCallback((index: number, state: CongressAttendanceState | null) => {
    const r = live.current.list[index];
    if (!r) return;
    if (state === '请假') {
      setReason('');
      setReasonFor(index);
      return;
    }
    setEdits((e) => ({ ...e, [r.id]: { state, leaveReason: '' } }));
    if (state !== null) setCursor(Math.min(index + 1, live.current.list.length - 1));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const { cursor: c, list: l } = live.current;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setCursor(Math.max(0, Math.min(l.length - 1, c + (e.key === 'ArrowDown' ? 1 : -1))));
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        mark(c, null);
      } else if (KEYS[e.key]) {
        e.preventDefault();
        mark(c, KEYS[e.key]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mark]);

  useEffect(() => {
    revealRow(cursor);
  }, [cursor]);

  if (view === undefined) return <Loader />;
  if (view === null) return <Text>找不到这次会议，可能已被删除或撤销。</Text>;

  const changes = Object.entries(edits).filter(([repId, m]) => {
    const s = stored.get(repId);
    return (
      (s?.state ?? null) !== m.state ||
      (m.state === '请假' && (s?.leaveReason ?? '') !== m.leaveReason)
    );
  });
  const voting = list.filter(canVote);
  const count = (s: CongressAttendanceState) =>
    voting.filter((r) => markOf(r.id).state === s).length;
  const pending = list.filter((r) => markOf(r.id).state === null);

  const save = async (): Promise<boolean> => {
    if (changes.length === 0) return true;
    setSaving(true);
    const batch = await runAction(
      () =>
        recordCongressAttendance(
          db,
          view.session.id,
          changes.map(([representativeId, m]) => ({
            representativeId,
            state: m.state,
            leaveReason: m.leaveReason,
          })),
        ),
      { failure: '保存出席登记失败' },
    );
    setSaving(false);
    if (batch === undefined) return false;
    setEdits({});
    if (batch) showUndo(db, batch);
    return true;
  };

  let lastGroup = '';
  return (
    <Stack gap="sm">
      <Box className={classes.sticky} data-marking-bar>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Anchor component={Link} to={`/congress/sessions/${view.session.id}`} size="sm">
              ‹ {view.session.name}
            </Anchor>
            <Title order={3}>登记出席</Title>
            <Text size="sm" data-testid="attendance-counts">
              正式代表 {voting.length} 人：出席 {count('出席')}，请假 {count('请假')}，缺席{' '}
              {count('缺席')}；法定人数 {view.tally.quorum} 人
            </Text>
          </div>
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconChecks size={18} />}
              disabled={pending.length === 0}
              onClick={() =>
                setEdits((e) => {
                  const next = { ...e };
                  for (const r of pending) next[r.id] = { state: '出席', leaveReason: '' };
                  return next;
                })
              }
            >
              其余全部出席
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              loading={saving}
              disabled={changes.length === 0}
              onClick={() => void save()}
            >
              保存{changes.length ? `（${changes.length} 处修改）` : ''}
            </Button>
            <Button
              variant="default"
              onClick={() =>
                void save().then((ok) => ok && navigate(`/congress/sessions/${view.session.id}`))
              }
            >
              {changes.length ? '保存并返回' : '返回'}
            </Button>
          </Group>
        </Group>
        <Group gap="md">
          <Text size="xs">
            <Kbd>1</Kbd> 或 <Kbd>空格</Kbd> 出席
          </Text>
          <Text size="xs">
            <Kbd>2</Kbd> 请假（填原因后按 <Kbd>Enter</Kbd>）
          </Text>
          <Text size="xs">
            <Kbd>3</Kbd> 缺席
          </Text>
          <Text size="xs">
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> 上下移动
          </Text>
          <Text size="xs">
            <Kbd>Backspace</Kbd> 清除
          </Text>
        </Group>
      </Box>
      {list.length === 0 && (
        <Text c="dimmed">第{view.session.termNumber}届还没有代表，请先在“代表”中添加。</Text>
      )}
      <div data-testid="attendance-list">
        {list.map((r, i) => {
          const m = markOf(r.id);
          const group = representativeGroup(r);
          const heading = group !== lastGroup ? group : null;
          lastGroup = group;
          return (
            <div key={r.id}>
              {heading && (
                <Text size="sm" fw={700} mt="sm" px="md">
                  {heading}
                </Text>
              )}
              <div
                className={classes.row}
                data-row={i}
                data-state={m.state ?? undefined}
                data-tone={m.state === '请假' ? 'warn' : m.state === '缺席' ? 'bad' : undefined}
                data-active={i === cursor ? '' : undefined}
                onClick={() => setCursor(i)}
              >
                <Text w={40} c="dimmed" size="sm">
                  {i + 1}
                </Text>
                <Text w={120}>{r.name}</Text>
                <Text w={120} size="sm" c="dimmed">
                  {r.category === '正式代表' ? '' : r.category}
                </Text>
                {reasonFor === i ? (
                  <TextInput
                    size="xs"
                    autoFocus
                    placeholder="请假原因，按 Enter"
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        setEdits((x) => ({
                          ...x,
                          [r.id]: { state: '请假', leaveReason: reason.trim() },
                        }));
                        setReasonFor(null);
                        setCursor(Math.min(i + 1, list.length - 1));
                      } else if (e.key === 'Escape') setReasonFor(null);
                    }}
                    data-testid="leave-reason"
                  />
                ) : (
                  m.state && (
                    <Badge
                      color={m.state === '出席' ? 'teal' : m.state === '请假' ? 'yellow' : 'red'}
                      data-testid="mark"
                    >
                      {m.state}
                      {m.state === '请假' && m.leaveReason ? `（${m.leaveReason}）` : ''}
                    </Badge>
                  )
                )}
              </div>
            </div>
          );
        })}
      </div>
    </Stack>
  );
}
