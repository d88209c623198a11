import { useCallback, useEffect, useState } from 'react';
import { describeBackups, type BackupListItem } from '../../shared/backup';
import { usePlatform } from '../app/AppContext';

/** The kept backups, newest first, and a way to re-read them after a change. */
export function useKeptBackups() {
  const platform = usePlatform();
  const [items, setItems] = useState<BackupListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    platform.backups
      .list()
      .then((entries) => {
        setItems(describeBackups(entries));
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [platform]);
  useEffect(refresh, [refresh]);
  return { items, error, refresh };
}
