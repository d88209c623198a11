import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  budgetVsActual,
  categoryText,
  saveBudget,
  type BudgetInput,
  type FundDirection,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { yuan } from './format';
import { useBudget, useCategoryTree, useFundEntries } from './useFunds';

const toFen = (v: number | string | null | undefined): number | null =>
  v === '' || v === null || v === undefined || !Number.isFinite(Number(v))
    ? null
    : Math.round(Number(v) * 100);
const toYuan = (fen: number | null) => (fen === null ? '' : fen / 100);

/** 预算: per category 上年决算 本年预算 调整 批复, with 决算 and 完成率 from the entries. */
export function BudgetTab({ year }: { year: number }) {
  const db = useDb();
  const kept = useBudget(year);
  const entries = useFundEntries(year);
  const tree = useCategoryTree();
  const [lines, setLines] = useState<BudgetInput[] | null>(null);
  const [newDir, setNewDir] = useState<FundDirection>('支出');
  const [newCat, setNewCat] = useState<string | null>(null);
  useEffect(() => {
    if (kept) setLines(kept.map(({ id: _id, demo: _demo, ...l }) => l));
  }, [kept]);
  if (!lines || !entries || !tree) return null;
  const rows = budgetVsActual(
    year,
    lines.map((l, i) => ({ ...l, id: String(i) })),
    entries,
  );
  const set = (i: number, patch: Partial<BudgetInput>) =>
    setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const options = tree[newDir].flatMap((n) => [n.name, ...n.subs.map((s) => `${n.name}/${s}`)]);

  return (
    <Stack>
      <Paper withBorder>
        <Table striped data-testid="budget-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>科目</Table.Th>
              <Table.Th>上年决算</Table.Th>
              <Table.Th>本年预算</Table.Th>
              <Table.Th>调整</Table.Th>
              <Table.Th>批复</Table.Th>
              <Table.Th ta="right">决算（实际）</Table.Th>
              <Table.Th ta="right">完成率</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const i = Number(r.line.id);
              const l = lines[i]!;
              const money = (key: 'lastYearFen' | 'budgetFen' | 'adjustFen' | 'approvedFen') => (
                <NumberInput
                  size="xs"
                  hideControls
                  decimalScale={2}
                  value={toYuan(l[key])}
                  onChange={(v) =>
                    set(i, { [key]: key === 'budgetFen' ? (toFen(v) ?? 0) : toFen(v) })
                  }
                  w={110}
                />
              );
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    {l.direction}：{categoryText(l)}
                  </Table.Td>
                  <Table.Td>{money('lastYearFen')}</Table.Td>
                  <Table.Td>{money('budgetFen')}</Table.Td>
                  <Table.Td>{money('adjustFen')}</Table.Td>
                  <Table.Td>{money('approvedFen')}</Table.Td>
                  <Table.Td ta="right">{yuan(r.actualFen)}</Table.Td>
                  <Table.Td ta="right">
                    {r.completion === null ? '—' : `${(r.completion * 100).toFixed(2)}%`}{' '}
                    {r.over && (
                      <Badge color="red" size="xs">
                        超预算
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setLines(lines.filter((_, j) => j !== i))}
                    >
                      移除
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group align="flex-end">
        <Select
          label="收支"
          data={['支出', '收入']}
          value={newDir}
          onChange={(v) => setNewDir((v as FundDirection) ?? '支出')}
          w={90}
          allowDeselect={false}
        />
        <Select
          label="科目"
          data={options}
          value={newCat}
          onChange={setNewCat}
          searchable
          w={280}
        />
        <Button
          variant="light"
          disabled={!newCat}
          onClick={() => {
            const [category, subCategory = ''] = newCat!.split('/');
            setLines([
              ...lines,
              {
                year,
                direction: newDir,
                category: category!,
                subCategory,
                lastYearFen: null,
                budgetFen: 0,
                adjustFen: null,
                approvedFen: null,
              },
            ]);
            setNewCat(null);
          }}
        >
          添加科目
        </Button>
        <Button
          onClick={action(async () => {
            const batch = await saveBudget(db, year, lines);
            showUndo(db, batch);
          }, '预算没有保存')}
        >
          保存预算
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        执行中的预算为“批复”数；未填批复时为“本年预算 +
        调整”。支出超过预算时，记账时会提醒（等于预算不提醒）。
      </Text>
    </Stack>
  );
}
