import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { undoBatch, type Batch } from '../../shared/db/batches';
import type { UnionDeskDb } from '../../shared/db/db';

/** After a save: what happened, with 「撤销」 (the write was one batch). */
export function showSaved(db: UnionDeskDb, batch: Batch, message: string): void {
  const id = `notice-${batch.id}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 8000,
    title: '已完成',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" data-testid="notice-saved-message">
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={async () => {
            notifications.hide(id);
            try {
              await undoBatch(db, batch.id);
              notifications.show({ color: 'gray', message: `已撤销：${batch.label}` });
            } catch (e) {
              showError('无法撤销', e);
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
