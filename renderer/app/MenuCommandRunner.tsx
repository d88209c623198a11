import { useEffect } from 'react';
import { useBackupActions } from '../backups';
import { useWorkbookFile } from '../workbook';
import type { HeavyMenuCommand } from './useMenuCommands';

/** Runs one menu command each time `seq` changes (a lazy chunk: backups and the workbook). */
export default function MenuCommandRunner({
  command,
  seq,
}: {
  command: HeavyMenuCommand;
  seq: number;
}) {
  const { makeBackup, restoreFromPickedFile } = useBackupActions();
  const { exportFile } = useWorkbookFile();
  useEffect(() => {
    if (command === 'backup-now') void makeBackup();
    else if (command === 'restore-backup') void restoreFromPickedFile();
    else void exportFile();
    // Only a new command (a new seq) runs again; the actions' identities do not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq]);
  return null;
}
