import { lazy, Suspense, useEffect, useState } from 'react';
import { usePlatform } from './AppContext';

// The backup code (every ledger's tables, fflate) is its own chunk, loaded after start-up.
const AutoBackupOnStart = lazy(() =>
  import('../backups').then((m) => ({ default: m.AutoBackupOnStart })),
);

/** How long after start-up the daily backup begins: the first screen paints before it. */
export const AUTO_BACKUP_DELAY_MS = 3000;

/**
 * The daily automatic backup, where the platform keeps backups itself (the desktop app), a few
 * seconds after start so it never competes with the first screen.
 */
export function DeferredAutoBackup() {
  const platform = usePlatform();
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (platform.backups.alsoDownloads) return;
    const t = setTimeout(() => setDue(true), AUTO_BACKUP_DELAY_MS);
    return () => clearTimeout(t);
  }, [platform]);
  if (!due) return null;
  return (
    <Suspense fallback={null}>
      <AutoBackupOnStart />
    </Suspense>
  );
}
