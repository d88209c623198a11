import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { newId } from '../../shared/core/ids';
import { todayIso } from '../../shared/core/text';
import {
  applyRegistryImport,
  getTownshipSettings,
  listAffiliatedUnions,
  listWrites,
  readAffiliatedList,
  type ListPreview,
} from '../../shared/ledgers/township';
import { useDb, usePlatform } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';

/** 从 Excel 导入名单: pick the federation's list, preview rows and issues, write one batch. */
export function ListImportButton() {
  const db = useDb();
  const platform = usePlatform();
  const [preview, setPreview] = useState<ListPreview | null>(null);

  const pick = action(async () => {
    const file = await platform.openFile({
      title: '选择下属工会名单',
      filters: [{ name: 'Excel 名单', extensions: ['xlsx', 'xls', 'csv'] }],
    });
    if (!file) return;
    const [kept, settings] = await Promise.all([listAffiliatedUnions(db), getTownshipSettings(db)]);
    setPreview(
      readAffiliatedList(file.data, file.name, kept, settings, {
        today: todayIso(),
        newId: () => newId('au'),
      }),
    );
  }, '名单无法读取');

  const writes = preview ? listWrites(preview) : null;
  const count = writes ? writes.unions.add.length + writes.unions.put.length : 0;
  const errors = preview?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = preview?.issues.filter((i) => i.severity === 'warning') ?? [];
  const where = (i: ListPreview['issues'][number]) =>
    `${i.row ? `第 ${i.row} 行` : '整个文件'}${i.column ? ` ${i.column} 列（${i.header}）` : ''}`;

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} />}
        onClick={pick}
        data-testid="import-list"
      >
        从 Excel 导入名单
      </Button>
      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title="导入下属工会名单"
        size="xl"
      >
        {preview && writes && (
          <Stack data-testid="list-preview">
            <Text size="sm" data-testid="list-summary">
              {preview.file}
              {preview.sheet ? ` · 工作表“${preview.sheet}”` : ''}：新增 {writes.unions.add.length}{' '}
              个，更新 {writes.unions.put.length} 个， 无变化{' '}
              {preview.rows.filter((r) => r.unchanged).length} 个，有错未导入 {preview.skipped} 行。
            </Text>
            {preview.columns.length > 0 && (
              <Text size="xs" c="dimmed">
                识别的列：
                {preview.columns.map((c) => `${c.field} ← ${c.header}（${c.letter}列）`).join('；')}
              </Text>
            )}
            {errors.length > 0 && (
              <Alert color="red" title={`${errors.length} 个错误（这些行不导入）`}>
                <Stack gap={2} data-testid="list-errors">
                  {errors.slice(0, 30).map((i, k) => (
                    <Text key={k} size="sm">
                      {where(i)}：{i.message}
                    </Text>
                  ))}
                  {errors.length > 30 && <Text size="sm">……还有 {errors.length - 30} 个</Text>}
                </Stack>
              </Alert>
            )}
            {warnings.length > 0 && (
              <Alert color="yellow" title={`${warnings.length} 个提醒（照常导入，请核对）`}>
                <Stack gap={2}>
                  {warnings.slice(0, 30).map((i, k) => (
                    <Text key={k} size="sm">
                      {where(i)}：{i.message}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            {preview.rows.length > 0 && (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>行</Table.Th>
                    <Table.Th>工会名称</Table.Th>
                    <Table.Th>组建形式</Table.Th>
                    <Table.Th ta="right">职工</Table.Th>
                    <Table.Th ta="right">会员</Table.Th>
                    <Table.Th ta="right">女</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.slice(0, 15).map((r) => (
                    <Table.Tr key={r.row}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.union.name}</Table.Td>
                      <Table.Td>{r.union.kind}</Table.Td>
                      <Table.Td ta="right">{r.union.staff}</Table.Td>
                      <Table.Td ta="right">{r.union.members}</Table.Td>
                      <Table.Td ta="right">{r.union.women}</Table.Td>
                      <Table.Td>
                        <Badge size="xs" variant="light" color={r.updates ? 'blue' : 'green'}>
                          {r.unchanged ? '无变化' : r.updates ? '更新' : '新增'}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                取消
              </Button>
              <Button
                disabled={count === 0}
                data-testid="list-apply"
                onClick={action(async () => {
                  const batch = await applyRegistryImport(
                    db,
                    `导入下属工会名单“${preview.file}”`,
                    writes,
                  );
                  setPreview(null);
                  showUndo(
                    db,
                    batch,
                    `已导入下属工会名单：新增 ${writes.unions.add.length} 个，更新 ${writes.unions.put.length} 个`,
                  );
                }, '导入失败，没有写入任何记录')}
              >
                导入 {count} 个
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
