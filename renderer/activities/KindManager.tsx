import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  addActivityKind,
  deleteActivityKind,
  renameActivityKind,
  reorderActivityKinds,
} from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { useActivityKinds } from './useActivities';
import { notifyError } from '../app/notify';

/** 管理类别: add, rename (on leaving the field), move up/down, delete unused kinds. */
export function KindManager() {
  const db = useDb();
  const kinds = useActivityKinds() ?? [];
  const [newName, setNewName] = useState('');

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      notifyError(e, '没有完成');
    }
  };
  const move = (index: number, by: number) => {
    const ids = kinds.map((k) => k.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    return run(() => reorderActivityKinds(db, ids));
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        已被活动使用的类别不能删除，可以改名。
      </Text>
      {kinds.map((k, i) => (
        <Group key={`${k.id}:${k.name}`} gap="xs" wrap="nowrap">
          <TextInput
            defaultValue={k.name}
            aria-label={`类别名称：${k.name}`}
            style={{ flex: 1 }}
            onBlur={(e) => {
              const v = e.currentTarget.value;
              if (v.trim() !== k.name) void run(() => renameActivityKind(db, k.id, v));
            }}
          />
          <ActionIcon
            variant="default"
            aria-label="上移"
            disabled={i === 0}
            onClick={() => void move(i, -1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label="下移"
            disabled={i === kinds.length - 1}
            onClick={() => void move(i, 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <Tooltip label="删除">
            <ActionIcon
              variant="default"
              color="red"
              aria-label={`删除类别 ${k.name}`}
              onClick={() => void run(() => deleteActivityKind(db, k.id))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group gap="xs" mt="sm">
        <TextInput
          placeholder="新类别名称，例如：读书活动"
          value={newName}
          onChange={(e) => setNewName(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          onClick={() =>
            void run(async () => {
              await addActivityKind(db, newName);
              setNewName('');
            })
          }
        >
          添加
        </Button>
      </Group>
    </Stack>
  );
}
