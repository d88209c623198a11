import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { undoBatch, BatchConflictError, type Batch } from '../../shared/db';
import type { UnionDeskDb } from '../../shared/db';

/** After an undoable change: a notification naming it, with a 「撤销」 button. */
export function showUndo(db: UnionDeskDb, batch: Batch, message?: string): void {
  const id = `undo-${batch.id}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 10_000,
    title: '已完成',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message ?? batch.label}</Text>
        <Button
          size="compact-sm"
          variant="light"
          data-testid="undo-button"
          onClick={async () => {
            notifications.hide(id);
            try {
              await undoBatch(db, batch.id);
              notifications.show({ color: 'gray', message: `已撤销：${batch.label}` });
            } catch (e) {
              const text =
                e instanceof BatchConflictError
                  ? `${e.message}可以到“备份与恢复”中查看操作记录。`
                  : (e as Error).message;
              notifications.show({ color: 'red', title: '无法撤销', message: text });
            }
          }}
        >
          撤销
        </Button>
      </Group>
    ),
  });
}

export function showError(title: string, e: unknown): void {
  notifications.show({ color: 'red', title, message: e instanceof Error ? e.message : String(e) });
}
