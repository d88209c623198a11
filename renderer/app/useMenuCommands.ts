import { useEffect } from 'react';
import { useBackupActions } from '../backups';
import { usePlatform } from './AppContext';
import { runAction } from './notify';
import { useNavigate } from 'react-router';
import { useWorkbookFile } from '../workbook';

/** Carries out the desktop menu's commands (the browser build has no such menu). */
export function useMenuCommands() {
  const platform = usePlatform();
  const { makeBackup, restoreFromPickedFile } = useBackupActions();
  const { exportFile } = useWorkbookFile();
  const navigate = useNavigate();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'backup-now') void makeBackup();
        else if (command === 'restore-backup') void restoreFromPickedFile();
        else if (command === 'print')
          void runAction(() => platform.print({ title: document.title || '工会台账' }), {
            failure: '打印失败',
          });
        else if (command === 'export-workbook') void exportFile();
        else if (command === 'import-workbook') void navigate('/workbook/import');
      }),
    [platform, makeBackup, restoreFromPickedFile, exportFile, navigate],
  );
}
