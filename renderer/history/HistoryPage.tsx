import { useState } from 'react';
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { BatchKind } from '../../shared/db';
import { OperationHistory } from './OperationHistory';

const FILTERS: { value: BatchKind | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'import', label: '导入' },
  { value: 'edit', label: '修改' },
  { value: 'bulk-edit', label: '批量修改' },
  { value: 'delete', label: '删除' },
  { value: 'restore', label: '恢复' },
];

/** 操作记录: every change to the records, newest first, each undoable as a whole. */
export function HistoryPage() {
  const [kind, setKind] = useState<BatchKind | 'all'>('all');
  return (
    <Stack maw={1100}>
      <Title order={2}>操作记录</Title>
      <Text c="dimmed" size="sm">
        导入、批量修改、保存、删除等每一次操作都记在这里，可以整体撤销，重启后也可以。撤销会把这次操作改动的记录恢复原样；之后又改过的记录，撤销前会先提醒。
      </Text>
      <SegmentedControl
        data={FILTERS}
        value={kind}
        onChange={(v) => setKind(v as BatchKind | 'all')}
        w="fit-content"
        aria-label="操作类型"
      />
      <OperationHistory kind={kind === 'all' ? undefined : kind} limit={200} />
    </Stack>
  );
}
