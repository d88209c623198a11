import { useCallback } from 'react';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  BACKUP_EXTENSION,
  BackupLockedError,
  backupNow,
  checkBackupFile,
  describeCounts,
  restoreFromFile,
  type VerifiedBackupHeader,
} from '../../shared/backup';
import { askNewPassphrase, askPassphrase } from './PassphraseForms';
import { progressNotice } from './progressNotice';
import { useDb, usePlatform } from '../app/AppContext';
import { errorDetail } from '../app/errorText';
import { notifyError } from '../app/notify';

function errorMessage(e: unknown): string {
  return errorDetail(e);
}

/** The backup actions every screen and the menu use; each reports back in Chinese. */
export function useBackupActions(onChanged?: () => void) {
  const db = useDb();
  const platform = usePlatform();

  const makeBackup = useCallback(async () => {
    const passphrase = await askNewPassphrase();
    if (passphrase === null) return;
    const notice = progressNotice('正在备份');
    try {
      const { name } = await backupNow(
        db,
        platform.backups,
        'manual',
        new Date(),
        passphrase,
        notice.progress,
      );
      notice.close();
      notifications.show({
        color: 'green',
        title: '备份完成',
        message: platform.backups.alsoDownloads
          ? `已生成并下载“${name}”，请把它另存到U盘或其他电脑。`
          : `已保存“${name}”。`,
      });
      onChanged?.();
    } catch (e) {
      notice.close();
      notifications.show({
        color: 'red',
        title: '备份失败',
        message: errorMessage(e),
        autoClose: 15_000,
      });
    }
  }, [db, platform, onChanged]);

  const restore = useCallback(
    async (bytes: Uint8Array, fileName: string, passphrase?: string) => {
      const notice = progressNotice('正在恢复');
      try {
        const { restored, safetyBackup } = await restoreFromFile(
          db,
          platform.backups,
          bytes,
          fileName,
          new Date(),
          passphrase,
          notice.progress,
        );
        notice.close();
        notifications.show({
          color: 'green',
          title: '恢复完成',
          message: `已恢复到 ${new Date(restored.header.createdAt).toLocaleString('zh-CN')} 的数据。恢复前的数据已另存为“${safetyBackup}”。`,
          autoClose: 10_000,
        });
        onChanged?.();
      } catch (e) {
        notice.close();
        notifications.show({
          color: 'red',
          title: '没有恢复',
          message: errorMessage(e),
          autoClose: 15_000,
        });
      }
    },
    [db, platform, onChanged],
  );

  /**
   * Checks the file first (asking for its passphrase when it is locked), then asks: a
   * restore replaces everything (after a safety backup).
   */
  const confirmRestore = useCallback(
    async (bytes: Uint8Array, fileName: string) => {
      let header: VerifiedBackupHeader;
      let passphrase: string | undefined;
      try {
        try {
          ({ header } = await checkBackupFile(db, bytes, fileName));
        } catch (e) {
          if (!(e instanceof BackupLockedError)) throw e;
          let opened: VerifiedBackupHeader | null = null;
          const typed = await askPassphrase(e.message, async (p) => {
            try {
              ({ header: opened } = await checkBackupFile(db, bytes, fileName, p));
              return null;
            } catch (again) {
              return errorMessage(again);
            }
          });
          if (typed === null || !opened) return;
          header = opened;
          passphrase = typed;
        }
      } catch (e) {
        notifications.show({
          color: 'red',
          title: '无法恢复',
          message: errorMessage(e),
          autoClose: 15_000,
        });
        return;
      }
      modals.openConfirmModal({
        title: '从备份恢复',
        children: `“${fileName}”是 ${new Date(header.createdAt).toLocaleString('zh-CN')} 的备份（${describeCounts(header.counts)}）。恢复将用它替换现在的全部数据；恢复前会自动把现在的数据另存一份安全备份，恢复错了还可以撤销。确定恢复吗？`,
        labels: { confirm: '恢复', cancel: '取消' },
        confirmProps: { color: 'red', 'data-testid': 'confirm-restore' } as never,
        onConfirm: () => void restore(bytes, fileName, passphrase),
      });
    },
    [db, restore],
  );

  const restoreFromPickedFile = useCallback(async () => {
    try {
      const file = await platform.openFile({
        title: '选择备份文件',
        filters: [{ name: '工会台账备份', extensions: [BACKUP_EXTENSION] }],
      });
      if (file) await confirmRestore(file.data, file.name);
    } catch (e) {
      notifyError(e, '无法打开备份文件');
    }
  }, [platform, confirmRestore]);

  const restoreKept = useCallback(
    async (name: string) => {
      try {
        await confirmRestore(await platform.backups.read(name), name);
      } catch (e) {
        notifications.show({ color: 'red', title: '无法读取备份', message: errorMessage(e) });
      }
    },
    [platform, confirmRestore],
  );

  return { makeBackup, restoreFromPickedFile, restoreKept };
}
