import { Badge, Button, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { listBatches, type BatchKind } from '../../shared/db';
import { useDb } from '../app/AppContext';
import { useUndoBatch } from './useUndoBatch';

const KIND_LABELS: Record<BatchKind, string> = {
  edit: '修改',
  import: '导入',
  'bulk-edit': '批量修改',
  restore: '恢复',
  demo: '示例数据',
  merge: '合并',
  delete: '删除',
};

export interface OperationHistoryProps {
  /** Only batches of this kind (e.g. imports); default all. */
  kind?: BatchKind;
  /** How many of the newest to show; default 50. */
  limit?: number;
}

/** What changed the records, newest first, each undoable as a whole (also after a restart). */
export function OperationHistory({ kind, limit = 50 }: OperationHistoryProps) {
  const db = useDb();
  const batches = useLiveQuery(() => listBatches(db, kind), [db, kind]);
  const undo = useUndoBatch();
  if (!batches) return null;
  if (batches.length === 0) return <Text c="dimmed">还没有操作记录。</Text>;
  return (
    <Table
      striped
      withTableBorder
      data-testid={kind === 'import' ? 'import-history' : 'operation-history'}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>时间</Table.Th>
          {!kind && <Table.Th w={90}>类型</Table.Th>}
          <Table.Th>内容</Table.Th>
          <Table.Th>结果</Table.Th>
          <Table.Th w={150} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.slice(0, limit).map((b) => (
          <Table.Tr key={b.id}>
            <Table.Td>{new Date(b.at).toLocaleString('zh-CN')}</Table.Td>
            {!kind && <Table.Td>{KIND_LABELS[b.kind]}</Table.Td>}
            <Table.Td>{b.label}</Table.Td>
            <Table.Td>
              {Object.entries(b.summary)
                .map(([k, v]) => `${k} ${v}`)
                .join('，') || `${b.changeCount} 条记录`}
            </Table.Td>
            <Table.Td>
              {b.undoneAt ? (
                <Badge color="gray">
                  已于 {new Date(b.undoneAt).toLocaleDateString('zh-CN')} 撤销
                </Badge>
              ) : (
                <Button size="xs" variant="subtle" color="red" onClick={() => void undo(b)}>
                  撤销
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
