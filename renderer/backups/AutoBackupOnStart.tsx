import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { autoBackupIfDue } from '../../shared/backup';
import { useDb, usePlatform } from '../app/AppContext';
import { errorDetail } from '../app/errorText';

/**
 * Once a day at start-up, backs up everything where the platform keeps backups itself
 * (the desktop app). Where a backup means a download, the 工作台 offers it instead.
 */
export function AutoBackupOnStart() {
  const db = useDb();
  const platform = usePlatform();
  useEffect(() => {
    if (platform.backups.alsoDownloads) return;
    autoBackupIfDue(db, platform.backups).catch((e: unknown) =>
      notifications.show({
        color: 'red',
        title: '今日自动备份失败',
        message: errorDetail(e),
        autoClose: 15_000,
      }),
    );
  }, [db, platform]);
  return null;
}
