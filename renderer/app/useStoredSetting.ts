import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../shared/db';
import { useDb } from './AppContext';
import { notifyError } from './notify';

/**
 * A screen's remembered choice (columns, print options …), kept in the settings table as
 * bookkeeping (no undo batch) so it survives a restart and travels with backups.
 * Stored objects are merged over `fallback`, so options added later get their defaults.
 */
export function useStoredSetting<T>(key: string, fallback: T): [T, (next: T) => void] {
  const db = useDb();
  const saved = useLiveQuery(() => getSetting<T>(db, key), [db, key]);
  // The chair's change shows at once; the database write follows.
  const [local, setLocal] = useState<{ key: string; value: T } | null>(null);
  const stored = local?.key === key ? local.value : saved;
  const set = useCallback(
    (next: T) => {
      setLocal({ key, value: next });
      setSetting(db, key, next).catch((e: unknown) => notifyError(e, '设置没有保存'));
    },
    [db, key],
  );
  // Memoized, so a screen's memos keyed on the value recompute only when it changes.
  const value = useMemo(
    () =>
      stored === undefined
        ? fallback
        : isPlainObject(stored) && isPlainObject(fallback)
          ? ({ ...fallback, ...stored } as T)
          : stored,
    [stored, fallback],
  );
  return [value, set];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
