import {
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
  Title,
} from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  deleteEvaluation,
  deleteEvaluationSheet,
  ITEM_GRADES,
  keyEvaluationSheet,
  OVERALL_GRADES,
  summarizeEvaluation,
  type Evaluation,
  type EvaluationSheet,
  type ItemGrade,
  type OverallGrade,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useEvaluation } from './useElections';

const pct = (s: number) => `${(Math.round(s * 1000) / 10).toFixed(1)}%`;

/** A 测评: key the sheets of each person by keyboard, see the summary as it grows. */
export function EvaluationDetail() {
  const { id = '' } = useParams();
  const view = useEvaluation(id);
  if (view === undefined) return <Loader />;
  if (view === null) return <Text>找不到这次测评，可能已被删除或撤销。</Text>;
  return <Detail evaluation={view.evaluation} sheets={view.sheets} />;
}

function Detail({ evaluation: e, sheets }: { evaluation: Evaluation; sheets: EvaluationSheet[] }) {
  const db = useDb();
  const navigate = useNavigate();
  const [personKey, setPersonKey] = useState(e.people[0]?.key ?? '');
  const blank = () => ({
    ratings: e.items.map(() => null as ItemGrade | null),
    overall: null as OverallGrade | null,
    cursor: 0,
    editing: null as EvaluationSheet | null,
  });
  const [d, setD] = useState(blank);
  const box = useRef<HTMLDivElement>(null);
  const summary = summarizeEvaluation(e, sheets).find((s) => s.person.key === personKey);
  const mine = sheets.filter((s) => s.personKey === personKey);
  const slots = e.items.length + 1;

  const put = (n: number | null) =>
    setD((x) => {
      const ratings = [...x.ratings];
      let overall = x.overall;
      if (x.cursor < e.items.length) ratings[x.cursor] = n === null ? null : ITEM_GRADES[n]!;
      else overall = n === null ? null : OVERALL_GRADES[n]!;
      return { ...x, ratings, overall, cursor: Math.min(x.cursor + 1, slots - 1) };
    });
  const save = async () => {
    const ok = await runAction(
      async () => {
        await keyEvaluationSheet(
          db,
          e.id,
          { personKey, ratings: d.ratings, overall: d.overall },
          d.editing?.id,
        );
        return true;
      },
      { failure: '测评表没有保存' },
    );
    if (ok) {
      setD(blank());
      box.current?.focus();
    }
  };
  const onKey = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (['1', '2', '3', '4'].includes(ev.key)) {
      ev.preventDefault();
      put(Number(ev.key) - 1);
    } else if (ev.key === '0' || ev.key === ' ') {
      ev.preventDefault();
      put(null);
    } else if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setD((x) => ({ ...x, cursor: Math.min(x.cursor + 1, slots - 1) }));
    } else if (ev.key === 'ArrowUp' || ev.key === 'Backspace') {
      ev.preventDefault();
      setD((x) => ({ ...x, cursor: Math.max(0, x.cursor - 1) }));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      void save();
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      setD(blank());
    }
  };
  const del = action(async () => {
    if (!window.confirm(`删除“${e.title}”及已录入的测评表？（可在操作记录中撤销）`)) return;
    showUndo(db, await deleteEvaluation(db, e.id));
    await navigate('/elections');
  }, '删除测评失败');
  const person = e.people.find((p) => p.key === personKey);

  return (
    <Stack maw={1200} data-testid="evaluation-detail">
      <Anchor component={Link} to="/elections" size="sm">
        ‹ 换届选举
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2}>{e.title}</Title>
          <Text size="sm" c="dimmed">
            {e.date} · 参评人员：{e.raters || '—'} · 被测评 {e.people.length} 人 · 已录测评表{' '}
            {sheets.length} 张
          </Text>
        </div>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/elections/evaluations/${e.id}/print/sheets`}
          >
            打印测评表
          </Button>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/elections/evaluations/${e.id}/print/summary`}
            data-testid="evaluation-summary-print"
          >
            打印结果汇总表
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => void navigate(`/elections/evaluations/${e.id}/edit`)}
          >
            修改
          </Button>
          <Button size="xs" variant="default" color="red" onClick={del}>
            删除
          </Button>
        </Group>
      </Group>
      <Select
        label="被测评人"
        w={260}
        data={e.people.map((p) => ({
          value: p.key,
          label: `${p.name}${p.post ? `（${p.post}）` : ''}`,
        }))}
        value={personKey}
        onChange={(v) => {
          if (v) {
            setPersonKey(v);
            setD(blank());
          }
        }}
        allowDeselect={false}
      />
      <Text size="sm" c="dimmed">
        每项按一个键：1 好，2 较好，3 一般，4 差（总体评价：1 优秀，2 称职，3 基本称职，4
        不称职），0 或空格为未评；↑↓ 移动；回车保存本张，Esc 清空。
      </Text>
      <Grid>
        <Grid.Col span={5}>
          <Paper
            withBorder
            p="md"
            tabIndex={0}
            ref={box}
            onKeyDown={onKey}
            data-testid="sheet-entry"
            style={{ outline: 'none' }}
          >
            <Text fw={600} mb="xs">
              {person?.name} ·{' '}
              {d.editing
                ? `改正第 ${d.editing.number} 张`
                : `第 ${Math.max(0, ...mine.map((s) => s.number)) + 1} 张`}
            </Text>
            <Table verticalSpacing={2}>
              <Table.Tbody>
                {e.items.map((item, i) => (
                  <Table.Tr
                    key={item}
                    bg={d.cursor === i ? 'var(--mantine-color-blue-0)' : undefined}
                    onClick={() => setD({ ...d, cursor: i })}
                  >
                    <Table.Td>{item}</Table.Td>
                    <Table.Td w={90}>{d.ratings[i] ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr
                  bg={d.cursor === e.items.length ? 'var(--mantine-color-blue-0)' : undefined}
                  onClick={() => setD({ ...d, cursor: e.items.length })}
                >
                  <Table.Td fw={600}>总体评价</Table.Td>
                  <Table.Td>{d.overall ?? '—'}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group mt="sm">
              <Button onClick={() => void save()} data-testid="save-sheet">
                保存本张（回车）
              </Button>
              {d.editing && (
                <Button variant="default" onClick={() => setD(blank())}>
                  取消改正
                </Button>
              )}
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={7}>
          {summary && (
            <Paper withBorder p="md" data-testid="evaluation-summary">
              <Text fw={600}>
                {summary.person.name}：已录 <span data-testid="sheet-count">{summary.sheets}</span>{' '}
                张；称职以上{' '}
                <span data-testid="competent-share">{pct(summary.competentShare)}</span>
              </Text>
              <Table mt="xs" verticalSpacing={2} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>项目</Table.Th>
                    {ITEM_GRADES.map((g) => (
                      <Table.Th key={g} ta="right">
                        {g}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.items.map((it) => (
                    <Table.Tr key={it.item}>
                      <Table.Td>{it.item}</Table.Td>
                      {ITEM_GRADES.map((g) => (
                        <Table.Td key={g} ta="right">
                          {it.grades.counts[g]}（{pct(it.grades.shares[g])}）
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group mt="xs" gap="xs">
                {OVERALL_GRADES.map((g) => (
                  <Badge key={g} variant="light">
                    {g} {summary.overall.counts[g]}（{pct(summary.overall.shares[g])}）
                  </Badge>
                ))}
              </Group>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          {person?.name}的测评表
        </Text>
        <Table verticalSpacing={2}>
          <Table.Tbody>
            {[...mine].reverse().map((s) => (
              <Table.Tr key={s.id} data-testid="keyed-sheet">
                <Table.Td w={80}>第 {s.number} 张</Table.Td>
                <Table.Td>{s.ratings.map((r) => r ?? '—').join(' ')}</Table.Td>
                <Table.Td w={100}>{s.overall ?? '未评'}</Table.Td>
                <Table.Td w={140}>
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() =>
                        setD({ ratings: [...s.ratings], overall: s.overall, cursor: 0, editing: s })
                      }
                    >
                      改正
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={action(() => deleteEvaluationSheet(db, s.id), '没有删除')}
                    >
                      删除
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
