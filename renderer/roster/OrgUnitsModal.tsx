import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowDown, IconArrowUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../app/AppContext';
import {
  addOrgUnit,
  countMembersByOrgUnit,
  deleteOrgUnit,
  ORG_UNIT_LABELS,
  renameOrgUnit,
  reorderOrgUnits,
  type OrgUnitKind,
} from '../../shared/ledgers/roster';
import type { OrgUnit } from '../../shared/ledgers/roster';
import { useOrgUnits } from './useRosterData';
import { showError, showUndo } from '../app/showUndo';
import { action } from '../app/notify';

function OrgUnitList({ kind, units }: { kind: OrgUnitKind; units: readonly OrgUnit[] }) {
  const db = useDb();
  const counts =
    useLiveQuery(() => countMembersByOrgUnit(db, kind), [db, kind]) ?? new Map<string, number>();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [newName, setNewName] = useState('');
  const label = ORG_UNIT_LABELS[kind];

  const run = async (title: string, fn: () => Promise<unknown>) => {
    try {
      const result = await fn();
      if (result && typeof result === 'object' && 'changeCount' in result)
        showUndo(db, result as Parameters<typeof showUndo>[1]);
      return true;
    } catch (e) {
      showError(title, e);
      return false;
    }
  };

  const move = (i: number, d: -1 | 1) => {
    const ids = units.map((u) => u.id);
    const j = i + d;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    void run('调整顺序失败', () => reorderOrgUnits(db, kind, ids));
  };

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <TextInput
          size="xs"
          placeholder={`新${label}名称`}
          aria-label={`新${label}名称`}
          value={newName}
          onChange={(e) => setNewName(e.currentTarget.value)}
          w={220}
        />
        <Button
          size="xs"
          disabled={newName.trim() === ''}
          onClick={action(async () => {
            if (await run(`添加${label}失败`, () => addOrgUnit(db, kind, newName))) setNewName('');
          }, `添加${label}失败`)}
        >
          添加
        </Button>
      </Group>
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有{label}。添加会员或导入花名册时填写的{label}会自动加入这里。
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{label}</Table.Th>
              <Table.Th w={70}>人数</Table.Th>
              <Table.Th w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u, i) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {editing === u.id ? (
                    <TextInput
                      size="xs"
                      aria-label={`${label}新名称`}
                      value={draft}
                      onChange={(e) => setDraft(e.currentTarget.value)}
                      data-autofocus
                    />
                  ) : (
                    u.name
                  )}
                </Table.Td>
                <Table.Td>{counts.get(u.name) ?? 0}</Table.Td>
                <Table.Td>
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    {editing === u.id ? (
                      <Tooltip label="保存新名称（会员资料同时更新）">
                        <ActionIcon
                          variant="subtle"
                          aria-label="保存新名称"
                          onClick={action(async () => {
                            if (
                              draft.trim() === u.name ||
                              (await run('改名失败', () => renameOrgUnit(db, kind, u.id, draft)))
                            )
                              setEditing(null);
                          }, '改名失败')}
                        >
                          <IconCheck size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Tooltip label="改名">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`改名 ${u.name}`}
                          onClick={() => {
                            setEditing(u.id);
                            setDraft(u.name);
                          }}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label="上移"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label="下移"
                      disabled={i === units.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`删除 ${u.name}`}
                      onClick={() =>
                        modals.openConfirmModal({
                          title: `删除${label}“${u.name}”？`,
                          children: (
                            <Text size="sm">
                              {(counts.get(u.name) ?? 0) > 0
                                ? `有 ${counts.get(u.name)} 名会员属于这个${label}，删除后他们的${label}会被清空。可以撤销。`
                                : '可以撤销。'}
                            </Text>
                          ),
                          labels: { confirm: '删除', cancel: '取消' },
                          confirmProps: { color: 'red' },
                          onConfirm: () =>
                            void run('删除失败', () => deleteOrgUnit(db, kind, u.id)),
                        })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Manage the 部门 and 工会小组 lists: add, rename (members follow), reorder, delete. */
export function OrgUnitsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { departments, unionGroups } = useOrgUnits();
  return (
    <Modal opened={opened} onClose={onClose} title="部门与工会小组" size="lg">
      <Tabs defaultValue="departments">
        <Tabs.List mb="sm">
          <Tabs.Tab value="departments">部门（{departments.length}）</Tabs.Tab>
          <Tabs.Tab value="unionGroups">工会小组（{unionGroups.length}）</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="departments">
          <OrgUnitList kind="departments" units={departments} />
        </Tabs.Panel>
        <Tabs.Panel value="unionGroups">
          <OrgUnitList kind="unionGroups" units={unionGroups} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
