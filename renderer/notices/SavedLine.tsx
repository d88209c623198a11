import { Anchor, Group, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Batch } from '../../shared/db';
import { useDb } from '../app/AppContext';
import { undoWithConfirm } from '../app/undo';

export interface SavedInfo {
  batch: Batch;
  /** 「已保存，文号 城南工〔2026〕3号」 */
  message: string;
  /** The save created the notice: undoing it leaves nothing to edit. */
  wasNew: boolean;
}

/**
 * 「已保存…  撤销」 under the save button. Inline rather than a notification, which would
 * cover the print toolbar just when the chair wants to print.
 */
export function SavedLine({ saved, onUndone }: { saved: SavedInfo; onUndone: () => void }) {
  const db = useDb();
  const navigate = useNavigate();
  const undo = async () => {
    if (!(await undoWithConfirm(db, saved.batch))) return;
    onUndone();
    if (saved.wasNew) void navigate('/notices', { replace: true });
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="teal.8" data-testid="notice-saved-message">
        {saved.message}
      </Text>
      <Anchor component="button" size="sm" onClick={() => void undo()}>
        撤销
      </Anchor>
    </Group>
  );
}
