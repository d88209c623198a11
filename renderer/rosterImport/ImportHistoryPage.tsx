import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { listBatches } from '../../shared/db/batches';
import { useDb } from '../app/AppContext';
import { useUndoImport } from './useUndoImport';

/** Past imports with their summaries; each can be undone (also after a restart). */
export function ImportHistoryPage() {
  const db = useDb();
  const batches = useLiveQuery(() => listBatches(db, 'import'), [db]);
  const undo = useUndoImport();
  return (
    <Stack maw={1000}>
      <Title order={2}>导入记录</Title>
      {batches && batches.length === 0 && <Text c="dimmed">还没有导入过花名册。</Text>}
      {batches && batches.length > 0 && (
        <Table striped withTableBorder data-testid="import-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>时间</Table.Th>
              <Table.Th>文件</Table.Th>
              <Table.Th>结果</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batches.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{new Date(b.at).toLocaleString('zh-CN')}</Table.Td>
                <Table.Td>{b.label}</Table.Td>
                <Table.Td>
                  {Object.entries(b.summary)
                    .map(([k, v]) => `${k} ${v}`)
                    .join('，')}
                </Table.Td>
                <Table.Td>
                  {b.undoneAt ? (
                    <Badge color="gray">已于 {new Date(b.undoneAt).toLocaleDateString('zh-CN')} 撤销</Badge>
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
      )}
    </Stack>
  );
}
