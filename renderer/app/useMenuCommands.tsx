import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/platform';
import { usePlatform } from './AppContext';
import { runAction } from './notify';

/** The menu commands that need the backup or workbook code, run by MenuCommandRunner. */
export type HeavyMenuCommand = 'backup-now' | 'restore-backup' | 'export-workbook';

// Backups and the 年度台账 workbook (xlsx) load only when the chair first picks such a command.
const MenuCommandRunner = lazy(() => import('./MenuCommandRunner'));

/**
 * Carries out the desktop menu's commands (the browser build has no such menu). Printing and
 * navigating need nothing more; the rest mount the runner, which loads its code on first use.
 */
export function MenuCommands() {
  const platform = usePlatform();
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ command: HeavyMenuCommand; seq: number } | null>(null);
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        if (command === 'print')
          void runAction(() => platform.print({ title: document.title || '工会台账' }), {
            failure: '打印失败',
          });
        else if (command === 'import-workbook') void navigate('/workbook/import');
        else if (
          command === 'backup-now' ||
          command === 'restore-backup' ||
          command === 'export-workbook'
        )
          setPending((p) => ({ command, seq: (p?.seq ?? 0) + 1 }));
      }),
    [platform, navigate],
  );
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <MenuCommandRunner command={pending.command} seq={pending.seq} />
    </Suspense>
  );
}
