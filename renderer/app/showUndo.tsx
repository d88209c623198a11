import { Anchor, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Batch } from '../../shared/db';
import type { UnionDeskDb } from '../../shared/db';
import { notifyError } from './notify';
import { undoWithConfirm } from './undo';

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
        <div>
          <Text size="sm">{message ?? batch.label}</Text>
          {/* The notifications sit outside the router: a plain hash link. */}
          <Anchor href="#/history" size="xs" onClick={() => notifications.hide(id)}>
            以后也可以在“操作记录”里撤销
          </Anchor>
        </div>
        <Button
          size="compact-sm"
          variant="light"
          data-testid="undo-button"
          onClick={() => {
            notifications.hide(id);
            void undoWithConfirm(db, batch);
          }}
        >
          撤销
        </Button>
      </Group>
    ),
  });
}

/** A failed action, in Chinese; `title` says what failed. Same as notifyError(e, title). */
export function showError(title: string, e: unknown): void {
  notifyError(e, title);
}
