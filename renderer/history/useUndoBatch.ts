import { useCallback } from 'react';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { BatchConflictError, undoBatch, type Batch } from '../../shared/db';
import { useDb } from '../app/AppContext';

/** Undoes a batch; asks before overwriting edits made after it. Resolves true when undone. */
export function useUndoBatch() {
  const db = useDb();
  return useCallback(
    (batch: Batch): Promise<boolean> =>
      undoBatch(db, batch.id)
        .then(() => {
          notifications.show({ color: 'gray', title: '已撤销', message: `${batch.label}已撤销。` });
          return true;
        })
        .catch(
          (e: unknown) =>
            new Promise<boolean>((resolve) => {
              if (!(e instanceof BatchConflictError)) {
                notifications.show({
                  color: 'red',
                  title: '无法撤销',
                  message: e instanceof Error ? e.message : String(e),
                });
                return resolve(false);
              }
              modals.openConfirmModal({
                title: '撤销操作',
                children: `${e.message}仍然撤销吗？`,
                labels: { confirm: '仍然撤销', cancel: '取消' },
                confirmProps: { color: 'red' },
                onCancel: () => resolve(false),
                onConfirm: () =>
                  void undoBatch(db, batch.id, { force: true }).then(
                    () => resolve(true),
                    (err: unknown) => {
                      notifications.show({ color: 'red', title: '无法撤销', message: String(err) });
                      resolve(false);
                    },
                  ),
              });
            }),
        ),
    [db],
  );
}
