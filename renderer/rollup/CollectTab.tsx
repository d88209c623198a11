import { Alert, Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import {
  importPackages,
  registerSender,
  type PackageImportResult,
  type RefusedFile,
  type UnionPackage,
} from '../../shared/ledgers/township';
import { useDb, usePlatform } from '../app/AppContext';
import { showError, showUndo } from '../app/showUndo';

const PACKAGE_FILTERS = [{ name: '年度台账或备份', extensions: ['xlsx', 'uniondesk'] }];

interface Outcome {
  result: PackageImportResult;
  refused: RefusedFile[];
}

/** 收取台账包: choose many files; each is checked, the good ones imported in one batch. */
export function CollectTab({ year, packages }: { year: number; packages: UnionPackage[] }) {
  const db = useDb();
  const platform = usePlatform();
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(
    null,
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const collect = async () => {
    try {
      const picked = await platform.openFiles({
        title: `选择${year}年度的台账包（可多选）`,
        filters: PACKAGE_FILTERS,
      });
      if (picked.files.length === 0 && picked.unreadable.length === 0) return;
      setOutcome(null);
      setProgress({ done: 0, total: picked.files.length, file: '' });
      const result = await importPackages(
        db,
        picked.files.map((f) => ({ name: f.name, read: () => f.data })),
        { year, onProgress: (done, total, file) => setProgress({ done, total, file }) },
      );
      setOutcome({
        result,
        refused: [
          ...picked.unreadable.map((u) => ({ fileName: u.name, reason: u.reason })),
          ...result.refused,
        ],
      });
      if (result.batch)
        showUndo(db, result.batch, `已收取 ${result.add.length} 个台账包（可撤销）`);
    } catch (e) {
      showError('收取台账包失败', e);
    } finally {
      setProgress(null);
    }
  };

  const unknown = packages.filter((p) => !p.affiliatedUnionId);
  return (
    <Stack gap="md" data-testid="rollup-collect">
      <Text size="sm" c="dimmed">
        下属工会用“导出年度台账”生成的 .xlsx 文件（或 .uniondesk 备份），从 U 盘或文件传输收到后，
        一次选择全部文件。每个文件都会核对：文件是否完整、是否为年度台账、是否为{year}
        年度、导出后是否被修改过；同一工会较新的台账包替换以前收到的，较旧的不导入。
      </Text>
      <Group>
        <Button
          leftSection={<IconFolderOpen size={18} />}
          onClick={() => void collect()}
          loading={progress !== null}
          data-testid="rollup-choose"
        >
          选择台账文件（可多选）
        </Button>
        <Text size="sm">
          {year}年度已收到 {packages.length} 个台账包
        </Text>
      </Group>
      {progress && (
        <Stack gap={4} data-testid="rollup-progress">
          <Progress value={progress.total ? (100 * progress.done) / progress.total : 0} />
          <Text size="sm" c="dimmed">
            正在核对第 {Math.min(progress.done + 1, progress.total)} / {progress.total} 个：
            {progress.file}
          </Text>
        </Stack>
      )}
      {outcome && (
        <Stack gap="sm" data-testid="rollup-outcome">
          <Alert color={outcome.refused.length ? 'yellow' : 'teal'} title="本次收取结果">
            导入 {outcome.result.add.length} 个（其中替换以前收到的 {outcome.result.replace.length}
            个），未导入 {outcome.refused.length} 个。
          </Alert>
          {outcome.refused.length > 0 && (
            <Table withTableBorder data-testid="rollup-refused">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>未导入的文件</Table.Th>
                  <Table.Th>原因</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outcome.refused.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{r.fileName}</Table.Td>
                    <Table.Td c="red">{r.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {unknown.length > 0 && (
        <Stack gap="xs" data-testid="rollup-unknown">
          <Text fw={600}>未登记的工会</Text>
          <Text size="sm" c="dimmed">
            这些台账包已导入并计入汇总，但发送的工会不在“下属工会”名单中（按统计编码、名称核对）。
          </Text>
          {unknown.map((p) => (
            <Group key={p.id} gap="sm">
              <Badge color="orange" variant="light">
                未登记
              </Badge>
              <Text size="sm">
                {p.unionName}（{p.fileName}）
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  void registerSender(db, p).catch((e: unknown) => showError('登记失败', e))
                }
              >
                登记为下属工会
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
