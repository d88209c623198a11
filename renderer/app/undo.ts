import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { BatchConflictError, undoBatch, type Batch } from '../../shared/db';
import type { UnionDeskDb } from '../../shared/db';
import { notifyError } from './notify';

/** Asks 「仍然撤销」/「取消」 after a refused undo; resolves true when the chair confirms. */
export function confirmOverwrite(conflict: BatchConflictError, batch: Batch): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: `撤销“${batch.label}”`,
      children: `${conflict.message}仍然撤销吗？`,
      labels: { confirm: '仍然撤销', cancel: '取消' },
      confirmProps: { color: 'red', 'data-testid': 'undo-force' } as never,
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
      onConfirm: () => resolve(true),
    });
  });
}

/**
 * The one way a batch is undone, from the toast, 操作记录, an import's summary or a saved
 * notice alike. When rows changed after the batch, undoBatch refuses: the chair is told how
 * many and may still undo (overwriting those later edits) or cancel. Resolves true when
 * undone; never rejects (a failure is shown). `ask` is the question (a dialog; tests answer it).
 */
export async function undoWithConfirm(
  db: UnionDeskDb,
  batch: Batch,
  ask: (conflict: BatchConflictError, batch: Batch) => Promise<boolean> = confirmOverwrite,
): Promise<boolean> {
  try {
    try {
      await undoBatch(db, batch.id);
    } catch (e) {
      if (!(e instanceof BatchConflictError)) throw e;
      if (!(await ask(e, batch))) return false;
      await undoBatch(db, batch.id, { force: true });
    }
  } catch (e) {
    notifyError(e, '无法撤销');
    return false;
  }
  notifications.show({ color: 'gray', title: '已撤销', message: batch.label });
  return true;
}
