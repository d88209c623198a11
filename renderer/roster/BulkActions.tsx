import { useState } from 'react';
import { Autocomplete, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import {
  IconDownload,
  IconUsersGroup,
  IconBuilding,
  IconArrowsExchange,
  IconX,
} from '@tabler/icons-react';
import { useDb } from '../app/AppContext';
import {
  bulkChangeDepartment,
  bulkChangeGroup,
  bulkChangeStatus,
} from '../../shared/ledgers/roster';
import type { OrgUnit } from '../../shared/ledgers/roster';
import { StatusChangeModal } from './StatusChangeModal';
import { showError, showUndo } from '../app/showUndo';

export interface BulkActionsProps {
  selectedIds: readonly string[];
  departments: readonly OrgUnit[];
  unionGroups: readonly OrgUnit[];
  onExport(): void;
  onClear(): void;
}

type Target = 'unionGroup' | 'department';

/** 已选 N 人: 调整工会小组 / 调整部门 / 变更状态 / 导出所选 — each one undoable batch. */
export function BulkActions({
  selectedIds,
  departments,
  unionGroups,
  onExport,
  onClear,
}: BulkActionsProps) {
  const db = useDb();
  const [target, setTarget] = useState<Target | null>(null);
  const [name, setName] = useState('');
  const [statusOpen, setStatusOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const n = selectedIds.length;
  const label = target === 'unionGroup' ? '工会小组' : '部门';

  const applyMove = async () => {
    setBusy(true);
    try {
      const value = name.trim() === '' ? null : name.trim();
      const batch =
        target === 'unionGroup'
          ? await bulkChangeGroup(db, selectedIds, value)
          : await bulkChangeDepartment(db, selectedIds, value);
      showUndo(db, batch);
      setTarget(null);
    } catch (e) {
      showError('调整失败', e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder px="sm" py={6} bg="blue.0" data-testid="bulk-actions">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          已选 {n.toLocaleString('zh-CN')} 人
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconUsersGroup size={16} />}
          onClick={() => {
            setName('');
            setTarget('unionGroup');
          }}
        >
          调整工会小组
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconBuilding size={16} />}
          onClick={() => {
            setName('');
            setTarget('department');
          }}
        >
          调整部门
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconArrowsExchange size={16} />}
          onClick={() => setStatusOpen(true)}
        >
          变更状态
        </Button>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconDownload size={16} />}
          onClick={onExport}
        >
          导出所选
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconX size={16} />}
          onClick={onClear}
        >
          取消选择
        </Button>
      </Group>

      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={`调整${label}：已选 ${n} 人`}
        centered
      >
        <Stack>
          <Autocomplete
            label={`调整到哪个${label}`}
            description={`可从列表选择，也可输入新的${label}；留空表示清除`}
            data={(target === 'unionGroup' ? unionGroups : departments).map((u) => u.name)}
            value={name}
            onChange={setName}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              取消
            </Button>
            <Button onClick={() => void applyMove()} loading={busy} data-testid="bulk-move-submit">
              确定
            </Button>
          </Group>
        </Stack>
      </Modal>

      <StatusChangeModal
        opened={statusOpen}
        onClose={() => setStatusOpen(false)}
        who={`已选 ${n} 人`}
        onSubmit={async (change) => {
          try {
            showUndo(db, await bulkChangeStatus(db, selectedIds, change));
          } catch (e) {
            showError('变更状态失败', e);
            throw e;
          }
        }}
      />
    </Paper>
  );
}
