import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  compareKeyings,
  correctBallot,
  deleteBallot,
  judgeBallot,
  keyBallot,
  MARK_LABELS,
  setCountedKeyer,
  tallyBallots,
  type Ballot,
  type ElectionView,
  type Mark,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
import { useElection } from './useElections';

const KEY_MARKS: Record<string, Mark> = {
  '1': 'for',
  '2': 'against',
  '3': 'abstain',
  '0': 'abstain',
  ' ': 'abstain',
};

/** /elections/:id/tally/:round — ballots keyed one at a time by keyboard, with running totals. */
export function TallyScreen() {
  const { id = '', round = '1' } = useParams();
  const view = useElection(id);
  if (view === undefined) return <Loader />;
  if (view === null) return <Text>找不到这项选举，可能已被删除或撤销。</Text>;
  const r = view.election.rounds.find((x) => x.round === Number(round));
  if (!r) return <Text>这项选举没有第 {round} 轮投票。</Text>;
  return <Tally view={view} roundNo={r.round} />;
}

interface Draft {
  marks: Mark[];
  cursor: number;
  writeIns: string;
  spoiled: string;
  /** the ballot being corrected */
  editing: Ballot | null;
}

function Tally({ view, roundNo }: { view: ElectionView; roundNo: number }) {
  const db = useDb();
  const e = view.election;
  const round = e.rounds.find((x) => x.round === roundNo)!;
  const people = round.candidateIds
    .map((cid) => view.candidates.find((c) => c.id === cid)!)
    .filter(Boolean);
  const [keyer, setKeyer] = useState(e.countedKeyer);
  const empty = (): Draft => ({
    marks: people.map(() => 'abstain'),
    cursor: 0,
    writeIns: '',
    spoiled: '',
    editing: null,
  });
  const [d, setD] = useState<Draft>(empty);
  const box = useRef<HTMLDivElement>(null);
  const writeInRef = useRef<HTMLInputElement>(null);

  const mine = view.ballots.filter((b) => b.round === roundNo && b.keyer === keyer);
  const keyers = [
    ...new Set(
      view.ballots
        .filter((b) => b.round === roundNo)
        .map((b) => b.keyer)
        .concat([e.countedKeyer, keyer]),
    ),
  ].sort();
  const nextNumber = Math.max(0, ...mine.map((b) => b.number)) + 1;
  const number = d.editing?.number ?? nextNumber;
  const writeIns = d.writeIns.split(/[、，,\s]+/).filter((s) => s.trim() !== '');
  const marks = Object.fromEntries(people.map((p, i) => [p.id, d.marks[i]!]));
  const verdict = judgeBallot({ marks, writeIns, spoiled: d.spoiled || null }, round.seats);
  const totals = useMemo(() => tallyBallots(round, mine), [round, mine]);
  const other = keyers.find((k) => k !== keyer);
  const differences = other
    ? compareKeyings(
        mine,
        view.ballots.filter((b) => b.round === roundNo && b.keyer === other),
        people,
      )
    : [];
  const symbol = (m: Mark) =>
    m === 'for'
      ? e.rules.marks.for
      : m === 'against'
        ? e.rules.marks.against
        : e.rules.marks.abstain || '—';

  const setMark = (m: Mark) =>
    setD((x) => {
      const next = [...x.marks];
      if (x.cursor < next.length) next[x.cursor] = m;
      return { ...x, marks: next, cursor: Math.min(x.cursor + 1, next.length) };
    });

  const save = async () => {
    const ok = await runAction(
      async () => {
        const draft = { marks, writeIns, spoiled: d.spoiled.trim() || null };
        if (d.editing) await correctBallot(db, d.editing.id, draft);
        else await keyBallot(db, e.id, { ...draft, round: roundNo, number, keyer });
        return true;
      },
      { failure: '选票没有保存' },
    );
    if (ok) {
      setD(empty());
      box.current?.focus();
    }
  };

  const onKey = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (ev.target instanceof HTMLInputElement) return;
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const m = KEY_MARKS[ev.key];
    if (m) {
      ev.preventDefault();
      setMark(m);
    } else if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setD((x) => ({ ...x, cursor: Math.min(x.cursor + 1, people.length - 1) }));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      setD((x) => ({ ...x, cursor: Math.max(0, x.cursor - 1) }));
    } else if (ev.key === 'Backspace') {
      ev.preventDefault();
      setD((x) => {
        const c = Math.max(0, x.cursor - 1);
        const next = [...x.marks];
        next[c] = 'abstain';
        return { ...x, marks: next, cursor: c };
      });
    } else if (ev.key === 'w' || ev.key === 'W' || ev.key === '+') {
      ev.preventDefault();
      writeInRef.current?.focus();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      void save();
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      setD(empty());
    }
  };

  const edit = (b: Ballot) => {
    setD({
      marks: people.map((p) => b.marks[p.id] ?? 'abstain'),
      cursor: 0,
      writeIns: b.writeIns.join('、'),
      spoiled: b.spoiled ?? '',
      editing: b,
    });
    box.current?.focus();
  };

  return (
    <Stack maw={1200} data-testid="tally-screen">
      <Anchor component={Link} to={`/elections/${e.id}`} size="sm">
        ‹ {e.name}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>
          录入选票 · 第 {roundNo} 轮 · 应选 {round.seats} 人
        </Title>
        <Group gap="xs">
          <Select
            aria-label="录入人"
            w={150}
            data={[...new Set([...keyers, 'A', 'B'])].map((k) => ({
              value: k,
              label: `录入人 ${k}${k === e.countedKeyer ? '（计票）' : ''}`,
            }))}
            value={keyer}
            onChange={(v) => {
              if (v) {
                setKeyer(v);
                setD(empty());
              }
            }}
            allowDeselect={false}
          />
          {keyer !== e.countedKeyer && (
            <Button
              size="xs"
              variant="default"
              onClick={action(() => setCountedKeyer(db, e.id, keyer), '没有更改')}
            >
              以 {keyer} 的录入计票
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        每位候选人按一个键：1 赞成，2 反对，3（或 0、空格）弃权，自动跳到下一位；↑↓
        移动，退格撤回一格；W 填写另选他人；回车保存本张，Esc 清空。赞成（含另选他人）多于{' '}
        {round.seats} 人的选票为无效票；未作标记的为有效票（弃权）。
      </Text>
      <Grid>
        <Grid.Col span={6}>
          <Paper
            withBorder
            p="md"
            tabIndex={0}
            ref={box}
            autoFocus
            onKeyDown={onKey}
            data-testid="ballot-entry"
            style={{ outline: 'none' }}
            onFocus={(ev) =>
              ev.currentTarget.style.setProperty(
                'box-shadow',
                '0 0 0 2px var(--mantine-color-blue-4)',
              )
            }
            onBlur={(ev) => ev.currentTarget.style.removeProperty('box-shadow')}
          >
            <Group justify="space-between" mb="xs">
              <Text fw={600} data-testid="ballot-number">
                {d.editing ? `改正第 ${number} 张` : `第 ${number} 张`}
              </Text>
              {verdict.valid ? (
                <Badge color="teal" data-testid="ballot-verdict">
                  有效 · 赞成 {verdict.forCount} 人
                </Badge>
              ) : (
                <Badge color="red" data-testid="ballot-verdict">
                  无效
                </Badge>
              )}
            </Group>
            {!verdict.valid && (
              <Alert color="red" p="xs" mb="xs" data-testid="ballot-invalid">
                {verdict.reason}
              </Alert>
            )}
            <Table verticalSpacing={2}>
              <Table.Tbody>
                {people.map((p, i) => (
                  <Table.Tr
                    key={p.id}
                    bg={i === d.cursor ? 'var(--mantine-color-blue-0)' : undefined}
                    onClick={() => setD((x) => ({ ...x, cursor: i }))}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td w={40}>{i + 1}</Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td w={60} ta="center" fz="lg">
                      {symbol(d.marks[i]!)}
                    </Table.Td>
                    <Table.Td w={60}>{MARK_LABELS[d.marks[i]!]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group mt="sm" align="flex-end">
              <TextInput
                ref={writeInRef}
                label="另选他人（用顿号分隔）"
                value={d.writeIns}
                onChange={(ev) => setD({ ...d, writeIns: ev.currentTarget.value })}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') {
                    ev.preventDefault();
                    void save();
                  } else if (ev.key === 'Escape') {
                    ev.preventDefault();
                    box.current?.focus();
                  }
                }}
                w={220}
                data-testid="write-ins"
              />
              <TextInput
                label="废票原因（字迹无法辨认等）"
                value={d.spoiled}
                onChange={(ev) => setD({ ...d, spoiled: ev.currentTarget.value })}
                w={200}
              />
              <Button onClick={() => void save()} data-testid="save-ballot">
                保存本张（回车）
              </Button>
              {d.editing && (
                <Button variant="default" onClick={() => setD(empty())}>
                  取消改正
                </Button>
              )}
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={6}>
          <Paper withBorder p="md" data-testid="running-totals">
            <Text fw={600}>
              已录入 <span data-testid="keyed-count">{mine.length}</span> 张（收回 {round.returned}{' '}
              张）：有效 <span data-testid="valid-count">{totals.valid}</span> 张，无效{' '}
              <span data-testid="invalid-count">{totals.invalid}</span> 张
            </Text>
            <Table mt="xs" verticalSpacing={2} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th ta="right">赞成</Table.Th>
                  <Table.Th ta="right">反对</Table.Th>
                  <Table.Th ta="right">弃权</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p) => (
                  <Table.Tr key={p.id} data-testid="total-row">
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td ta="right">{totals.counts[p.id]?.for ?? 0}</Table.Td>
                    <Table.Td ta="right">{totals.counts[p.id]?.against ?? 0}</Table.Td>
                    <Table.Td ta="right">{totals.counts[p.id]?.abstain ?? 0}</Table.Td>
                  </Table.Tr>
                ))}
                {Object.entries(totals.writeIns).map(([name, n]) => (
                  <Table.Tr key={`w:${name}`}>
                    <Table.Td>{name}（另选）</Table.Td>
                    <Table.Td ta="right">{n}</Table.Td>
                    <Table.Td ta="right">—</Table.Td>
                    <Table.Td ta="right">—</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          {other && (
            <Paper withBorder p="md" mt="sm" data-testid="keying-compare">
              <Text fw={600}>
                与录入人 {other} 核对：
                {differences.length === 0 ? '完全一致' : `${differences.length} 处不同`}
              </Text>
              {differences.slice(0, 20).map((x) => (
                <Text key={x.number} size="sm" c="red">
                  {x.message}
                </Text>
              ))}
            </Paper>
          )}
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          已录入的选票（点“改正”修改）
        </Text>
        <Table verticalSpacing={2} data-testid="keyed-ballots">
          <Table.Tbody>
            {[...mine]
              .sort((a, b) => b.number - a.number)
              .map((b) => {
                const v = judgeBallot(b, round.seats, round.candidateIds);
                return (
                  <Table.Tr key={b.id} data-testid="keyed-ballot">
                    <Table.Td w={70}>第 {b.number} 张</Table.Td>
                    <Table.Td>
                      {people.map((p) => symbol(b.marks[p.id] ?? 'abstain')).join(' ')}
                      {b.writeIns.length > 0 && ` · 另选：${b.writeIns.join('、')}`}
                    </Table.Td>
                    <Table.Td w={260}>
                      {v.valid ? (
                        '有效'
                      ) : (
                        <Text c="red" size="sm">
                          {v.reason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td w={140}>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="light" onClick={() => edit(b)}>
                          改正
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={action(() => deleteBallot(db, b.id), '没有删除')}
                        >
                          删除
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
