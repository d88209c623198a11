import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import type { Batch } from '../../shared/db';
import type { WorkbookPlan } from '../../shared/ledgers/workbook';
import { useDb } from '../app/AppContext';
import { showError, showUndo } from '../app/showUndo';
import { useUndoBatch } from '../history';
import { ExportWorkbookButton } from './ExportWorkbookButton';
import { useWorkbookFile } from './useWorkbookFile';

/** Issues shown at once; the rest are counted (the chair fixes the file and reads it again). */
const ISSUES_SHOWN = 200;

/** 导入年度台账: pick a file → per-sheet preview with issues → 导入 as one batch (撤销 offered). */
export function WorkbookImportPage() {
  const db = useDb();
  const { pickAndPreview, apply } = useWorkbookFile();
  const undo = useUndoBatch();
  const [plan, setPlan] = useState<WorkbookPlan | null>(null);
  const [done, setDone] = useState<Batch | null>(null);
  const [undone, setUndone] = useState(false);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setBusy(true);
    const next = await pickAndPreview();
    setBusy(false);
    if (!next) return;
    setPlan(next);
    setDone(null);
    setUndone(false);
  };

  const write = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      const batch = await apply(plan);
      setDone(batch);
      setPlan(null);
      showUndo(db, batch);
    } catch (e) {
      showError('导入失败，没有写入任何记录', e);
    } finally {
      setBusy(false);
    }
  };

  const issues = plan ? plan.sheets.flatMap((s) => s.issues) : [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const changes = plan
    ? plan.sheets.reduce((n, s) => n + s.counts.add + s.counts.update, 0) + (plan.profile ? 1 : 0)
    : 0;

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>导入年度台账</Title>
        <ExportWorkbookButton />
      </Group>
      <Text c="dimmed" size="sm">
        年度台账是一个Excel文件，每个台账一个工作表（工会、会员、委员、活动、活动参加、表彰、发文）。导入前先预览每个工作表会新增、更新多少条记录；确认后一次写入，可以撤销。
      </Text>
      <Group>
        <Button
          leftSection={<IconFileSpreadsheet size={18} />}
          onClick={() => void pick()}
          loading={busy && !plan}
          data-testid="pick-workbook"
        >
          选择年度台账文件…
        </Button>
      </Group>

      {done && (
        <Alert
          color={undone ? 'gray' : 'green'}
          icon={<IconCircleCheck />}
          title={undone ? '已撤销本次导入' : '导入完成'}
          data-testid="workbook-done"
        >
          <Group justify="space-between">
            <Text size="sm">
              {undone
                ? '记录已恢复到导入之前的样子。'
                : `${done.label}：${['新增', '更新', '跳过', '问题']
                    .map((k) => `${k} ${done.summary[k] ?? 0}`)
                    .join('，')}。`}
            </Text>
            {!undone && (
              <Button
                size="xs"
                variant="light"
                color="red"
                data-testid="undo-workbook"
                onClick={() => void undo(done).then(setUndone)}
              >
                撤销本次导入
              </Button>
            )}
          </Group>
        </Alert>
      )}

      {plan && (
        <Stack data-testid="workbook-preview">
          <Text fw={600}>“{plan.file}”导入预览</Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>工作表</Table.Th>
                <Table.Th ta="right">行数</Table.Th>
                <Table.Th ta="right">新增</Table.Th>
                <Table.Th ta="right">更新</Table.Th>
                <Table.Th ta="right">跳过</Table.Th>
                <Table.Th ta="right">问题</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.sheets.map((s) => (
                <Table.Tr key={s.name} data-testid={`sheet-${s.name}`}>
                  <Table.Td>
                    {s.name}
                    {s.found === null && (
                      <Badge ml="xs" size="sm" variant="light" color="gray">
                        文件中没有
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{s.rows}</Table.Td>
                  <Table.Td ta="right" data-testid={`add-${s.name}`}>
                    {s.counts.add}
                  </Table.Td>
                  <Table.Td ta="right">{s.counts.update}</Table.Td>
                  <Table.Td ta="right">{s.counts.skip}</Table.Td>
                  <Table.Td ta="right" c={s.counts.problems ? 'orange' : undefined}>
                    {s.counts.problems}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          {issues.length > 0 && (
            <>
              <Text fw={600}>
                发现 {issues.length} 个问题
                {errors > 0 && `（其中 ${errors} 个错误：有错误的行不会导入）`}
              </Text>
              <Table withTableBorder data-testid="workbook-issues">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>工作表</Table.Th>
                    <Table.Th>行</Table.Th>
                    <Table.Th>列</Table.Th>
                    <Table.Th>问题</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {issues.slice(0, ISSUES_SHOWN).map((i, n) => (
                    <Table.Tr key={n}>
                      <Table.Td>{i.sheet}</Table.Td>
                      <Table.Td>{i.row ?? '—'}</Table.Td>
                      <Table.Td>{i.column ? `${i.column}（${i.header}）` : '—'}</Table.Td>
                      <Table.Td c={i.severity === 'error' ? 'red' : undefined}>
                        {i.severity === 'error' ? '错误：' : '提醒：'}
                        {i.message}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {issues.length > ISSUES_SHOWN && (
                <Text size="sm" c="dimmed">
                  另有 {issues.length - ISSUES_SHOWN} 个问题未列出，请修改文件后重新选择。
                </Text>
              )}
            </>
          )}

          <Group>
            <Button
              onClick={() => void write()}
              loading={busy}
              disabled={changes === 0}
              data-testid="import-workbook"
            >
              导入
            </Button>
            <Button variant="default" onClick={() => setPlan(null)} disabled={busy}>
              取消
            </Button>
            {changes === 0 && (
              <Text size="sm" c="dimmed">
                没有要新增或更新的记录。
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
