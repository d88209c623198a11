import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BACKUP_REASON_LABELS } from '../../shared/backup';
import { describeCounts, LAST_RESTORE_KEY, type LastRestore } from '../../shared/backup';
import { getSetting } from '../../shared/db';
import type { AppInfo } from '../../shared/platform';
import { useDb, usePlatform } from '../app/AppContext';
import { useBackupActions } from './useBackupActions';
import { useKeptBackups } from './useKeptBackups';
import { BackupEncryptionCard } from './BackupEncryptionCard';
import { OperationHistory } from '../history';
import { ExportWorkbookButton } from '../workbook';
import { Link } from 'react-router';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function BackupsPage() {
  const db = useDb();
  const platform = usePlatform();
  const { items, error, refresh } = useKeptBackups();
  const { makeBackup, restoreFromPickedFile, restoreKept } = useBackupActions(refresh);
  const lastRestore = useLiveQuery(() => getSetting<LastRestore>(db, LAST_RESTORE_KEY), [db]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => void platform.appInfo().then(setInfo), [platform]);

  return (
    <Stack maw={1000}>
      <Title order={2}>备份与恢复</Title>
      <Text c="dimmed" size="sm">
        所有数据都只保存在这台电脑上。请定期备份，并把备份文件复制到U盘或其他电脑，以防电脑故障丢失台账。
      </Text>
      <Group>
        <Button
          leftSection={<IconDatabaseExport size={18} />}
          onClick={() => void makeBackup()}
          data-testid="backup-now"
        >
          备份全部数据
        </Button>
        <Button
          variant="default"
          leftSection={<IconRestore size={18} />}
          onClick={() => void restoreFromPickedFile()}
          data-testid="restore-from-file"
        >
          从备份文件恢复…
        </Button>
      </Group>
      <Group>
        <ExportWorkbookButton />
        <Button
          component={Link}
          to="/workbook/import"
          variant="default"
          data-testid="open-workbook-import"
        >
          导入年度台账…
        </Button>
        <Text c="dimmed" size="sm">
          年度台账是全部台账的Excel文件（含完整身份证号，请像备份一样妥善保管）。
        </Text>
      </Group>
      {lastRestore && (
        <Alert color="yellow" title="最近一次恢复" data-testid="last-restore">
          <Group justify="space-between">
            <Text size="sm">
              {new Date(lastRestore.at).toLocaleString('zh-CN')} 从“{lastRestore.from}
              ”恢复。恢复前的数据保存在“{lastRestore.safetyBackup}”。
            </Text>
            <Button
              size="xs"
              variant="white"
              color="yellow"
              onClick={() => void restoreKept(lastRestore.safetyBackup)}
            >
              撤销这次恢复
            </Button>
          </Group>
        </Alert>
      )}
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>已保存的备份</Text>
            <Text size="xs" c="dimmed">
              {info?.backupFolder
                ? `保存位置：${info.backupFolder}`
                : '浏览器版：备份同时保存在浏览器中并下载到“下载”文件夹'}
              {' · 每日自动备份保留最近 30 份'}
            </Text>
          </Group>
          {error && <Alert color="red">读取备份列表失败：{error}</Alert>}
          {items && items.length === 0 && <Text c="dimmed">还没有备份。</Text>}
          {items && items.length > 0 && (
            <Table striped highlightOnHover data-testid="backup-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>备份时间</Table.Th>
                  <Table.Th>类型</Table.Th>
                  <Table.Th>记录</Table.Th>
                  <Table.Th>大小</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td>
                      {b.header ? new Date(b.header.createdAt).toLocaleString('zh-CN') : b.name}
                    </Table.Td>
                    <Table.Td>
                      {b.header?.encryption && (
                        <Badge variant="light" color="teal" mr={4}>
                          已加密
                        </Badge>
                      )}
                      {b.header ? (
                        <Badge
                          variant="light"
                          color={b.header.reason === 'manual' ? 'blue' : 'gray'}
                        >
                          {BACKUP_REASON_LABELS[b.header.reason]}
                        </Badge>
                      ) : (
                        <Badge color="red">无法识别</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{b.header ? describeCounts(b.header.counts) : '—'}</Table.Td>
                    <Table.Td>{formatSize(b.size)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        disabled={!b.header}
                        onClick={() => void restoreKept(b.name)}
                      >
                        恢复
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      <BackupEncryptionCard />
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>操作记录</Text>
          <Text size="xs" c="dimmed">
            导入、批量修改、保存等每一次操作都可以整体撤销，重启后也可以。撤销会把这次操作改动的记录恢复原样。
          </Text>
          <OperationHistory limit={30} />
        </Stack>
      </Card>
    </Stack>
  );
}
